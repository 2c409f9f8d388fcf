package vn.landinfo.web.reference;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * An administrative unit as Hibernate sees it (validated against the Flyway schema, boundary through
 * hibernate-spatial). Used for cheap checks; the API's JSON, boundaries included, is written by PostGIS.
 */
@Entity
@Immutable
@Table(name = "admin_unit")
public class AdministrativeUnit {

    @Id
    private Long id;

    @Column(nullable = false, columnDefinition = "text")
    private String level;

    @Column(length = 5, nullable = false)
    private String code;

    @Column(name = "unit_type", nullable = false, columnDefinition = "text")
    private String unitType;

    @Column(name = "name_vi", nullable = false, columnDefinition = "text")
    private String nameVi;

    @Column(name = "name_en", nullable = false, columnDefinition = "text")
    private String nameEn;

    @Column(name = "full_name_vi", nullable = false, columnDefinition = "text")
    private String fullNameVi;

    @Column(name = "full_name_en", nullable = false, columnDefinition = "text")
    private String fullNameEn;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "province_code", length = 2, nullable = false)
    private String provinceCode;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Basic(fetch = FetchType.LAZY)
    @Column(columnDefinition = "geometry(MultiPolygon,4326)")
    private MultiPolygon boundary;

    protected AdministrativeUnit() {
    }

    public Long id() { return id; }
    public String level() { return level; }
    public String code() { return code; }
    public String fullNameVi() { return fullNameVi; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public MultiPolygon boundary() { return boundary; }
}
