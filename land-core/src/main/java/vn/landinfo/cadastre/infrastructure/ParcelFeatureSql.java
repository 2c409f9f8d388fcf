package vn.landinfo.cadastre.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * The SQL of every parcel read. The public view of a parcel version (the {@code feature} CTE) is written
 * once, in {@code parcels_by_legal_address.sql} (which the benchmark also runs bare through pgbench);
 * the other reads keep that CTE and swap the {@code hit} CTE that picks the versions (columns
 * {@code version_id}, and {@code at}: the instant at which {@code restricted} is judged) and the final
 * SELECT. The texts are built once, at start-up; values are always bound parameters.
 */
public final class ParcelFeatureSql {

    public static final String LEGAL_ADDRESS_RESOURCE = "/vn/landinfo/cadastre/sql/parcels_by_legal_address.sql";

    private static final String BEGIN = "-- feature begins";
    private static final String END = "-- feature ends";

    private final String legalAddress;
    private final String feature;
    private final String collectionTail;

    private ParcelFeatureSql(String legalAddress) {
        this.legalAddress = legalAddress;
        int begin = legalAddress.indexOf(BEGIN);
        int end = legalAddress.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalStateException(LEGAL_ADDRESS_RESOURCE + " lost its '" + BEGIN + "'/'" + END + "' markers");
        }
        this.feature = legalAddress.substring(begin + BEGIN.length(), end).strip();
        this.collectionTail = legalAddress.substring(end + END.length()).strip();
    }

    public static ParcelFeatureSql load() {
        try (InputStream in = ParcelFeatureSql.class.getResourceAsStream(LEGAL_ADDRESS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + LEGAL_ADDRESS_RESOURCE);
            }
            return new ParcelFeatureSql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The legal-address lookup exactly as the resource file holds it (current state, no survey unit). */
    public String legalAddress() {
        return legalAddress;
    }

    /** Picked versions rendered as one FeatureCollection (json text, one row, column {@code collection}). */
    public String collection(String hit) {
        return withFeatures(hit, "SELECT c.collection FROM (" + collectionTail + ") c");
    }

    /** As {@link #collection}, beside the number of parcels in it (one row, columns {@code number_matched}, {@code collection}). */
    public String countedCollection(String hit) {
        return withFeatures(hit, collectionTail);
    }

    /** Picked versions, then any final SELECT over {@code feature f} (columns parcel_id, version, survey_unit_code, feature). */
    public String withFeatures(String hit, String finalSelect) {
        return "WITH hit AS (\n" + hit + "\n),\n" + feature + "\n" + finalSelect;
    }

    /** Which version of a parcel {@code pv} is meant: the current one, or the one valid at {@code :asOf}. */
    public static String versionAt(Optional<OffsetDateTime> asOf) {
        return asOf.isPresent()
                ? "pv.begin_lifespan <= :asOf AND (pv.end_lifespan IS NULL OR pv.end_lifespan > :asOf)"
                : "pv.end_lifespan IS NULL";
    }

    /** The instant restrictions are judged at, as an SQL expression. */
    public static String instant(Optional<OffsetDateTime> asOf) {
        return asOf.isPresent() ? "CAST(:asOf AS timestamptz)" : "now()";
    }
}
