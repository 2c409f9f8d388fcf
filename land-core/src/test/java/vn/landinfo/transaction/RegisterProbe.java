package vn.landinfo.transaction;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.application.FindingParcel;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.testsupport.TransactionRequests;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.infrastructure.Geometries;

/** What the geometry ITs read from the register around a transaction: versions, geometries, holders, asOf. */
final class RegisterProbe {

    final JdbcClient jdbc;
    final FindingParcel finding;

    private final org.springframework.jdbc.datasource.SingleConnectionDataSource connection;

    private RegisterProbe(org.springframework.jdbc.datasource.SingleConnectionDataSource connection) {
        this.connection = connection;
        this.jdbc = JdbcClient.create(connection);
        this.finding = new FindingParcel(jdbc, ParcelFeatureSql.load());
    }

    /**
     * A probe reading on one connection of its own (autocommit, so it sees every commit at once): the
     * tests make hundreds of small reads, and a new connection for each would cost more than the read.
     */
    static RegisterProbe open(javax.sql.DataSource dataSource) {
        try {
            return new RegisterProbe(new org.springframework.jdbc.datasource.SingleConnectionDataSource(dataSource.getConnection(), true));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void close() {
        connection.destroy();
    }

    /**
     * Commits a change that must be refused and returns its violations, having checked that every
     * violation speaks both languages and that no row of the register changed.
     */
    List<vn.landinfo.transaction.application.Outcome.ViolationView> rejection(TransactionPipeline pipeline, TransactionPipeline.Request request) {
        return TransactionRequests.rejected(pipeline, jdbc, request).violations();
    }

    /** The codes of {@link #rejection}. */
    List<String> refused(TransactionPipeline pipeline, TransactionPipeline.Request request) {
        return rejection(pipeline, request).stream().map(vn.landinfo.transaction.application.Outcome.ViolationView::code).toList();
    }

    /** The current versions of these parcels, as a client's If-Match would name them. */
    Map<Long, Integer> versions(java.util.Collection<Long> parcels) {
        Map<Long, Integer> out = new java.util.LinkedHashMap<>();
        parcels.forEach(p -> out.put(p, version(p)));
        return out;
    }

    int version(long parcel) {
        return jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).optional().orElse(0);
    }

    int srid(long parcel) {
        return jdbc.sql("SELECT ST_SRID(geom_tm3) FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(Integer.class).single();
    }

    MultiPolygon geometry(long parcel) {
        return (MultiPolygon) Geometries.read(jdbc.sql("SELECT ST_AsEWKB(geom_tm3) FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", parcel).query(byte[].class).single());
    }

    /** The geometry as the officer's map would send it: in EPSG:4326. */
    Geometry inWgs84(Geometry tm3) {
        return Geometries.read(jdbc.sql("SELECT ST_AsEWKB(ST_Transform(ST_GeomFromEWKB(:g), 4326))")
                .param("g", Geometries.ewkb(tm3)).query(byte[].class).single());
    }

    BigDecimal legalArea(long parcel) {
        return jdbc.sql("SELECT legal_area FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(BigDecimal.class).single();
    }

    /** Holders of the current land-use right, as "party:num/den" sorted. */
    List<String> holders(long parcel) {
        return jdbc.sql("""
                SELECT h.party_id || ':' || h.share_numerator || '/' || h.share_denominator FROM land_right r
                JOIN right_holder h ON h.right_id = r.id
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL AND r.right_type = 'land_use' ORDER BY 1""")
                .param("p", parcel).query(String.class).list();
    }

    List<String> validCertificates(long parcel) {
        return jdbc.sql("""
                SELECT c.serial FROM certificate c JOIN certificate_parcel cp ON cp.certificate_id = c.id
                WHERE cp.parcel_id = :p AND c.status = 'valid' ORDER BY c.serial""").param("p", parcel).query(String.class).list();
    }

    int maxNumberOnSheetOf(long parcel) {
        return jdbc.sql("""
                SELECT max(parcel_number) FROM parcel_version WHERE map_sheet_id =
                  (SELECT map_sheet_id FROM parcel_version WHERE parcel_id = :p ORDER BY version DESC LIMIT 1)""")
                .param("p", parcel).query(Integer.class).single();
    }

    /** The parcel's public Feature as read asOf that instant (FindingParcel), or empty when it did not exist then. */
    Optional<tools.jackson.databind.JsonNode> asOf(long parcel, Instant at) {
        return finding.byId(parcel, Optional.of(OffsetDateTime.ofInstant(at, ZoneOffset.UTC)))
                .map(vn.landinfo.cadastre.model.ParcelFeature::geoJson)
                .map(tools.jackson.databind.json.JsonMapper.builder().build()::readTree);
    }

    /** The version number the asOf read shows for the parcel at that instant, 0 when it did not exist. */
    int versionAsOf(long parcel, Instant at) {
        return asOf(parcel, at).map(f -> f.get("properties").get("version").asInt()).orElse(0);
    }

    /** The current parcels sharing a boundary (or a corner) with this one. */
    List<Long> neighbours(long parcel) {
        return jdbc.sql("""
                SELECT n.parcel_id FROM parcel_version a JOIN parcel_version n
                  ON n.end_lifespan IS NULL AND n.parcel_id <> a.parcel_id AND n.geom && ST_Expand(a.geom, 1e-6)
                 AND ST_DWithin(n.geom_tm3, a.geom_tm3, 0.001)
                WHERE a.parcel_id = :p AND a.end_lifespan IS NULL ORDER BY 1""").param("p", parcel).query(Long.class).list();
    }

    /** A straight line through {@code at} in direction {@code angle} (radians), long enough to cross the whole parcel. */
    static LineString lineThrough(Geometry parcel, Point at, double angle) {
        double reach = parcel.getEnvelopeInternal().getDiameter() + 5;
        double dx = Math.cos(angle) * reach;
        double dy = Math.sin(angle) * reach;
        LineString l = parcel.getFactory().createLineString(new org.locationtech.jts.geom.Coordinate[] {
                new org.locationtech.jts.geom.Coordinate(at.getX() - dx, at.getY() - dy),
                new org.locationtech.jts.geom.Coordinate(at.getX() + dx, at.getY() + dy)});
        l.setSRID(parcel.getSRID());
        return l;
    }

    /** The direction of the parcel's longer side (its minimum-area rectangle's), so a cut across it makes compact halves. */
    static double longAxis(Geometry parcel) {
        Geometry rect = org.locationtech.jts.algorithm.MinimumAreaRectangle.getMinimumRectangle(parcel);
        org.locationtech.jts.geom.Coordinate[] c = rect.getCoordinates();
        double a = Math.atan2(c[1].y - c[0].y, c[1].x - c[0].x);
        double b = Math.atan2(c[2].y - c[1].y, c[2].x - c[1].x);
        return c[0].distance(c[1]) >= c[1].distance(c[2]) ? a : b;
    }
}
