package vn.landinfo.web.reference;

import org.springframework.data.jpa.repository.JpaRepository;

public interface AdministrativeUnits extends JpaRepository<AdministrativeUnit, Long> {

    boolean existsByLevelAndCodeAndValidToIsNull(String level, String code);
}
