package vn.landinfo.cadastre.application;

import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.CadastreSql;
import vn.landinfo.cadastre.model.VersionPair;

/**
 * What changed between two versions of a parcel (issue 3 item 4): geometry (and the parts added and
 * removed, as GeoJSON in EPSG:4326), legal and computed area, purposes, legal and street address, holders
 * and restrictions (public view: ids and kinds only), the transaction that made each version and every
 * transaction in between. PostGIS computes the differences; see {@code parcel_diff.sql} for the rules.
 */
public final class DiffingParcelVersions {

    private static final String SQL = CadastreSql.load("parcel_diff.sql");

    private final JdbcClient jdbc;

    public DiffingParcelVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The diff as JSON, or empty when no parcel has this id. Missing ends default to the previous version
     * against the latest ({@link VersionPair#resolve}); a version the parcel never had is an
     * {@link vn.landinfo.cadastre.model.UnknownParcelVersion}.
     */
    public Optional<String> diff(long parcelId, OptionalInt from, OptionalInt to) {
        Optional<Integer> latest = jdbc.sql("SELECT max(version) FROM parcel_version WHERE parcel_id = :id")
                .param("id", parcelId).query(Integer.class).optional();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        VersionPair pair = VersionPair.resolve(parcelId, from, to, latest.get());
        return jdbc.sql(SQL).param("id", parcelId).param("from", pair.from()).param("to", pair.to())
                .query(String.class).optional();
    }
}
