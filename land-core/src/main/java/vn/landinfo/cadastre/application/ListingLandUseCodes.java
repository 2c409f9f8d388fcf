package vn.landinfo.cadastre.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.model.LandUseCode;
import vn.landinfo.cadastre.model.LegacyLandUseCode;

/**
 * The land-use code lists (migrations' reference data, never edited at run time): the current codes in their
 * national order, and the legacy codes with the current code each maps to.
 */
public final class ListingLandUseCodes {

    private final JdbcClient jdbc;

    public ListingLandUseCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<LandUseCode> current() {
        return jdbc.sql("SELECT code, category, name_vi, name_en, fill_color, residential FROM land_use_code ORDER BY sort_order")
                .query((rs, n) -> new LandUseCode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6)))
                .list();
    }

    public List<LegacyLandUseCode> legacy() {
        return jdbc.sql("SELECT code, name_vi, regulation, maps_to, note FROM legacy_land_use_code ORDER BY code")
                .query((rs, n) -> new LegacyLandUseCode(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list();
    }

    /** The current codes alone: what a purpose filter may name. */
    public Set<String> currentCodes() {
        return current().stream().map(LandUseCode::code).collect(Collectors.toUnmodifiableSet());
    }
}
