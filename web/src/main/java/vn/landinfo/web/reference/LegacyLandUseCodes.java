package vn.landinfo.web.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LegacyLandUseCodes extends JpaRepository<LegacyLandUseCode, String> {

    List<LegacyLandUseCode> findAllByOrderByCode();
}
