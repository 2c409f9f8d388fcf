package vn.landinfo.transaction.infrastructure;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.NationalIdAssigner;
import vn.landinfo.cadastre.model.RepresentativePoint;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.transaction.model.LandUse;
import vn.landinfo.transaction.model.ParcelState;
import vn.landinfo.transaction.model.SheetInfo;

/**
 * Reads and writes parcel versions for the transaction pipeline. It never updates a version's content:
 * it closes versions (end_lifespan, ended_by_tx) and opens new ones, retires parcels and records
 * lineage. Every call runs on the connection of the surrounding database transaction.
 */
public final class ParcelStore {

    private static final String CURRENT = """
        SELECT pv.parcel_id, pv.id AS version_id, pv.version, p.national_id, ms.srid, ms.scale,
               c.code AS commune_code, pr.code AS province_code, pv.computed_area,
               pv.commune_id, pv.map_sheet_id, pv.parcel_number, ST_AsEWKB(pv.geom_tm3) AS geom, pv.legal_area, pv.address
        FROM parcel_version pv
        JOIN parcel p      ON p.id = pv.parcel_id
        JOIN map_sheet ms  ON ms.id = pv.map_sheet_id
        JOIN admin_unit c  ON c.id = pv.commune_id
        LEFT JOIN admin_unit pr ON pr.id = c.parent_id
        WHERE pv.end_lifespan IS NULL AND\s""";

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final NationalIdAssigner nationalIds = new NationalIdAssigner();

    public ParcelStore(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Locks the parcels (their persistent rows) for the rest of the transaction, in id order so two writers never deadlock. */
    public void lock(Collection<Long> parcelIds) {
        if (parcelIds.isEmpty()) {
            return;
        }
        jdbc.sql("SELECT id FROM parcel WHERE id = ANY (:ids) ORDER BY id FOR UPDATE")
                .param("ids", parcelIds.stream().sorted().toArray(Long[]::new))
                .query(Long.class).list();
    }

    /**
     * Serialises geometry-changing transactions per commune (transaction-scoped advisory lock), so two
     * concurrent edits of neighbouring parcels cannot each pass the overlap rule against the other's old state.
     */
    public void lockCommunes(Collection<Long> communeIds) {
        for (long id : communeIds.stream().sorted().distinct().toList()) {
            jdbc.sql("SELECT pg_advisory_xact_lock(7311, :id::int)").param("id", id).query(Object.class).list();
        }
    }

    public Optional<CurrentParcel> current(long parcelId) {
        List<CurrentParcel> found = jdbc.sql(CURRENT + "pv.parcel_id = :id").param("id", parcelId)
                .query((rs, n) -> row(rs)).list();
        return found.isEmpty() ? Optional.empty() : Optional.of(withPurposes(found).get(0));
    }

    /** Current parcels whose geometry meets {@code areaTm3} (any SRID; compared in that SRID), except the given ones. */
    public List<CurrentParcel> currentIntersecting(Geometry areaTm3, Set<Long> except) {
        List<CurrentParcel> found = jdbc.sql(CURRENT + """
                pv.geom && ST_Transform(ST_GeomFromEWKB(:g), 4326)
                AND ST_Intersects(ST_Transform(pv.geom_tm3, ST_SRID(ST_GeomFromEWKB(:g))), ST_GeomFromEWKB(:g))
                AND NOT pv.parcel_id = ANY (:except)
                ORDER BY pv.parcel_id""")
                .param("g", Geometries.ewkb(areaTm3))
                .param("except", except.toArray(Long[]::new))
                .query((rs, n) -> row(rs)).list();
        return withPurposes(found);
    }

    /** The parcel's current version id and version number only (cheap; for precondition checks). */
    public Map<Long, Integer> currentVersions(Collection<Long> parcelIds) {
        return jdbc.sql("SELECT parcel_id, version FROM parcel_version WHERE end_lifespan IS NULL AND parcel_id = ANY (:ids)")
                .param("ids", parcelIds.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getInt(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Optional<SheetInfo> sheet(long sheetId) {
        return jdbc.sql(SHEET + " WHERE ms.id = :id").param("id", sheetId).query((rs, n) -> sheet(rs)).optional();
    }

    /** The current sheets with this number in this commune: one per survey unit
     * (docs/decisions/0005-legal-address-with-survey-units.md). */
    public List<SheetInfo> sheets(String communeCode, int sheetNumber) {
        return jdbc.sql(SHEET + " WHERE c.code = :commune AND c.valid_to IS NULL AND ms.sheet_number = :sheet AND ms.valid_to IS NULL ORDER BY su.code")
                .param("commune", communeCode).param("sheet", sheetNumber).query((rs, n) -> sheet(rs)).list();
    }

    private static final String SHEET = """
        SELECT ms.id, ms.commune_id, c.code AS commune_code, pr.code AS province_code, su.code AS survey_unit_code,
               ms.sheet_number, ms.scale, ms.srid
        FROM map_sheet ms
        JOIN admin_unit c ON c.id = ms.commune_id
        LEFT JOIN admin_unit pr ON pr.id = c.parent_id
        JOIN admin_unit su ON su.id = ms.survey_unit_id""";

    private static SheetInfo sheet(java.sql.ResultSet rs) throws SQLException {
        return new SheetInfo(rs.getLong("id"), rs.getLong("commune_id"), rs.getString("commune_code"), rs.getString("province_code"),
                rs.getString("survey_unit_code"), rs.getInt("sheet_number"), rs.getInt("scale"), rs.getInt("srid"));
    }

    /**
     * The next parcel number on a sheet: one more than the highest number ever used on it, current or
     * retired, so a number once written on a certificate never comes back for another parcel (the rule
     * of Circular 26/2024 for parcels made by splits and merges). The sheet row is locked so two
     * transactions on one sheet number in turn.
     */
    public int nextParcelNumber(long sheetId) {
        jdbc.sql("SELECT id FROM map_sheet WHERE id = :id FOR UPDATE").param("id", sheetId).query(Long.class).single();
        return jdbc.sql("SELECT coalesce(max(parcel_number), 0) + 1 FROM parcel_version WHERE map_sheet_id = :id")
                .param("id", sheetId).query(Integer.class).single();
    }

    /**
     * A geometry given in {@code inputSrid} (whatever SRID the JTS object carries) in the TM-3 zone
     * {@code targetSrid}, reprojected by PostGIS as for every stored geometry; heights are dropped.
     */
    public Geometry toSrid(Geometry given, int inputSrid, int targetSrid) {
        byte[] wkb = jdbc.sql("SELECT ST_AsEWKB(ST_Transform(ST_SetSRID(ST_Force2D(ST_GeomFromEWKB(:g)), :in), :out))")
                .param("g", Geometries.ewkb(given)).param("in", inputSrid).param("out", targetSrid)
                .query(byte[].class).single();
        return Geometries.read(wkb);
    }

    /** Reprojects a geometry (e.g. a violation's part) to another SRID through PostGIS. */
    public Geometry transform(Geometry g, int targetSrid) {
        return Geometries.read(jdbc.sql("SELECT ST_AsEWKB(ST_Transform(ST_GeomFromEWKB(:g), :out))")
                .param("g", Geometries.ewkb(g)).param("out", targetSrid).query(byte[].class).single());
    }

    /** Opens version {@code version} of a parcel with this state; returns the version's id. */
    public long openVersion(long parcelId, int version, ParcelState s, long transactionId, Instant at) {
        long versionId = jdbc.sql("""
                INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom,
                                            legal_area, address, begin_lifespan, created_by_tx, main_purpose)
                SELECT :parcel, :version, :commune, :sheet, :number, g, ST_Transform(g, 4326), :legal, :address, :at, :tx, :main
                FROM (SELECT ST_Multi(ST_GeomFromEWKB(:g)) AS g) x
                RETURNING id""")
                .param("parcel", parcelId).param("version", version).param("commune", s.communeId())
                .param("sheet", s.mapSheetId()).param("number", s.parcelNumber()).param("g", Geometries.ewkb(s.geomTm3()))
                .param("legal", s.legalArea()).param("address", s.address()).param("at", Timestamp.from(at))
                .param("tx", transactionId).param("main", mainPurpose(s.purposes()))
                .query(Long.class).single();
        for (LandUse u : s.purposes()) {
            jdbc.sql("""
                    INSERT INTO parcel_land_use (parcel_version_id, purpose_code, recorded_code, area, term_type, term_end, origin_code)
                    VALUES (:v, :code, :recorded, :area, :termType, :termEnd, :origin)""")
                    .param("v", versionId).param("code", u.code()).param("recorded", u.recordedCode())
                    .param("area", u.area()).param("termType", u.longTerm() ? "long_term" : "fixed")
                    .param("termEnd", u.termEnd()).param("origin", u.origin())
                    .update();
        }
        return versionId;
    }

    /**
     * The purpose a map fills the parcel with: the largest area, then the code (V18's trigger computes the
     * same after the land uses are written and leaves the row alone when they agree).
     */
    static String mainPurpose(List<LandUse> uses) {
        return uses.stream()
                .max(Comparator.comparing(LandUse::area).thenComparing(LandUse::code, Comparator.reverseOrder()))
                .map(LandUse::code).orElse(null);
    }

    public void closeVersion(long versionId, long transactionId, Instant at) {
        int n = jdbc.sql("UPDATE parcel_version SET end_lifespan = :at, ended_by_tx = :tx WHERE id = :id AND end_lifespan IS NULL")
                .param("at", Timestamp.from(at)).param("tx", transactionId).param("id", versionId).update();
        if (n != 1) {
            throw new IllegalStateException("parcel version " + versionId + " was not current");
        }
    }

    /** Creates a new parcel (a split child, a merge result, a first registration) with its national ID; returns its id. */
    public long createParcel(MultiPolygon geomTm3, long transactionId, Instant at) {
        String rep = "SRID=" + geomTm3.getSRID() + ";" + RepresentativePoint.of(geomTm3).toText();
        Connection c = DataSourceUtils.getConnection(dataSource);
        try {
            return nationalIds.assignOne(c, rep, at, transactionId);
        } catch (SQLException e) {
            throw new IllegalStateException("could not assign a national parcel ID: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    /** The parcel ceases to exist (split parent, merge input); its national ID stays retired, never reused. */
    public void retireParcel(long parcelId, long transactionId, Instant at) {
        jdbc.sql("UPDATE parcel SET end_lifespan = :at, retired_by_tx = :tx WHERE id = :id AND end_lifespan IS NULL")
                .param("at", Timestamp.from(at)).param("tx", transactionId).param("id", parcelId).update();
    }

    public void lineage(long parentParcelId, long childParcelId, long transactionId, String kind) {
        jdbc.sql("INSERT INTO parcel_lineage (parent_parcel_id, child_parcel_id, transaction_id, kind) VALUES (:p, :c, :tx, :k)")
                .param("p", parentParcelId).param("c", childParcelId).param("tx", transactionId).param("k", kind).update();
    }

    private static CurrentParcel row(java.sql.ResultSet rs) throws SQLException {
        MultiPolygon g = (MultiPolygon) Geometries.read(rs.getBytes("geom"));
        ParcelState s = new ParcelState(rs.getLong("commune_id"), rs.getLong("map_sheet_id"), rs.getInt("parcel_number"), g,
                rs.getBigDecimal("legal_area"), rs.getString("address"), List.of());
        return new CurrentParcel(rs.getLong("parcel_id"), rs.getLong("version_id"), rs.getInt("version"),
                rs.getString("national_id"), rs.getInt("srid"), rs.getInt("scale"), rs.getString("commune_code"),
                rs.getString("province_code"), rs.getBigDecimal("computed_area"), s);
    }

    private List<CurrentParcel> withPurposes(List<CurrentParcel> parcels) {
        if (parcels.isEmpty()) {
            return parcels;
        }
        Map<Long, List<LandUse>> uses = jdbc.sql("""
                SELECT parcel_version_id, purpose_code, recorded_code, area, term_end, origin_code
                FROM parcel_land_use WHERE parcel_version_id = ANY (:ids) ORDER BY parcel_version_id, area DESC, purpose_code""")
                .param("ids", parcels.stream().map(CurrentParcel::versionId).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), new LandUse(rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6))))
                .list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        List<CurrentParcel> out = new ArrayList<>(parcels.size());
        for (CurrentParcel p : parcels) {
            out.add(new CurrentParcel(p.parcelId(), p.versionId(), p.version(), p.nationalId(), p.srid(), p.sheetScale(),
                    p.communeCode(), p.provinceCode(), p.computedArea(),
                    p.state().withPurposes(uses.getOrDefault(p.versionId(), List.of()))));
        }
        return out;
    }

    /** Legal areas are written with one decimal (m²). */
    public static BigDecimal legalArea(double m2) {
        return BigDecimal.valueOf(m2).setScale(1, java.math.RoundingMode.HALF_EVEN);
    }
}
