package vn.landinfo.web.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A current land-use purpose code (mã loại đất, Circular 08/2024) with its map colour. Read-only. */
@Entity
@Immutable
@Table(name = "land_use_code")
public class LandUseCode {

    @Id
    @Column(length = 3)
    private String code;

    @Column(length = 3, nullable = false)
    private String category;

    @Column(name = "name_vi", nullable = false, columnDefinition = "text")
    private String nameVi;

    @Column(name = "name_en", nullable = false, columnDefinition = "text")
    private String nameEn;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "fill_color", length = 7, nullable = false)
    private String fillColor;

    @Column(nullable = false)
    private boolean residential;

    @Column(name = "sort_order", nullable = false)
    private short sortOrder;

    protected LandUseCode() {
    }

    public String code() { return code; }
    public String category() { return category; }
    public String nameVi() { return nameVi; }
    public String nameEn() { return nameEn; }
    public String fillColor() { return fillColor; }
    public boolean residential() { return residential; }
    public short sortOrder() { return sortOrder; }
}
