package vn.landinfo.web.reference;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LandUseCodes extends JpaRepository<LandUseCode, String> {

    List<LandUseCode> findAllByOrderBySortOrder();
}
