package vn.landinfo.web.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A land-use code of an older circular, still found in the register, and the current code it maps to. */
@Entity
@Immutable
@Table(name = "legacy_land_use_code")
public class LegacyLandUseCode {

    @Id
    @Column(length = 4)
    private String code;

    @Column(name = "name_vi", nullable = false, columnDefinition = "text")
    private String nameVi;

    @Column(nullable = false, columnDefinition = "text")
    private String regulation;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "maps_to", nullable = false)
    private LandUseCode mapsTo;

    @Column(columnDefinition = "text")
    private String note;

    protected LegacyLandUseCode() {
    }

    public String code() { return code; }
    public String nameVi() { return nameVi; }
    public String regulation() { return regulation; }
    public LandUseCode mapsTo() { return mapsTo; }
    public String note() { return note; }
}
