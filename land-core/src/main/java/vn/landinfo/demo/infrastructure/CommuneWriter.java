package vn.landinfo.demo.infrastructure;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBWriter;
import org.postgresql.PGConnection;
import vn.landinfo.cadastre.infrastructure.NationalIdAssigner;
import vn.landinfo.demo.model.CommuneCadastre;
import vn.landinfo.demo.model.DemoParcel;
import vn.landinfo.demo.model.PhaseTimes;
import vn.landinfo.demo.model.SurveyPlan;

/**
 * Writes one generated commune in the caller's transaction: the DATA_MIGRATION transaction, survey
 * units with their succession to the current commune, map sheets, then every parcel by COPY into
 * temporary staging tables and set-based INSERT … SELECT (national IDs, versions, land uses).
 */
public final class CommuneWriter {

    /**
     * The day the commune's digital cadastre was built from the paper records (1 January 2015, +07:00): the
     * migrated versions begin then, leaving ten years of splits, merges, transfers and purpose changes for the
     * register to show in history and asOf reads. Versions name the current (2025) commune; the commune the
     * sheet was surveyed in is its survey unit.
     */
    public static final Instant MIGRATION_INSTANT = Instant.parse("2014-12-31T17:00:00Z");
    private static final LocalDate SURVEY_UNITS_FROM = LocalDate.of(2008, 1, 1);
    private static final LocalDate SURVEY_UNITS_TO = LocalDate.of(2025, 7, 1);

    private final NationalIdAssigner nationalIds = new NationalIdAssigner();

    /** Writes the commune, timing its phases (sheets, stage, national ids, versions) into {@code times}. */
    public void write(Connection c, CommuneToLoad commune, CommuneCadastre.Result result, long seed, PhaseTimes times)
            throws SQLException, IOException {
        try (Statement st = c.createStatement()) {
            // A parallel scan hands rows over in an order that changes from run to run; every id assigned from
            // a sequence must follow the same order on every machine (docs/decisions/0080-reproducible-demo-register.md).
            st.execute("SET LOCAL max_parallel_workers_per_gather = 0");
        }
        long tx = transaction(c, commune, seed);
        List<Long> unitIds = surveyUnits(c, commune, result.survey());
        List<Long> sheetIds = sheets(c, commune, result.survey(), unitIds);
        times.lap("sheets");
        try (Statement st = c.createStatement()) {
            st.execute("""
                CREATE TEMP TABLE demo_stage (seq bigint PRIMARY KEY, rep geometry, sheet_id bigint, parcel_number int,
                  geom_tm3 geometry, legal_area numeric(14,1), address text, national_id char(12), k int, parcel_id bigint) ON COMMIT DROP;
                CREATE TEMP TABLE demo_use_stage (seq bigint, purpose varchar(3), area numeric(14,1), term_end date,
                  origin varchar(12)) ON COMMIT DROP""");
        }
        copy(c, result.parcels(), sheetIds, commune.srid());
        try (Statement st = c.createStatement()) {
            st.execute("ANALYZE demo_stage; ANALYZE demo_use_stage; CREATE INDEX ON demo_stage (national_id)");
        }
        times.lap("stage");
        nationalIds.assignStaged(c, "demo_stage", MIGRATION_INSTANT, tx);
        times.lap("national ids");
        try (PreparedStatement ps = c.prepareStatement("""
                WITH v AS (
                  INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom,
                                              legal_area, address, begin_lifespan, created_by_tx, main_purpose)
                  SELECT s.parcel_id, 1, ?, s.sheet_id, s.parcel_number, s.geom_tm3, ST_Transform(s.geom_tm3, 4326),
                         s.legal_area, s.address, ?, ?, m.purpose
                  FROM demo_stage s
                  -- main purpose as V18's trigger computes it, so the trigger finds nothing to rewrite
                  LEFT JOIN (SELECT DISTINCT ON (seq) seq, purpose FROM demo_use_stage ORDER BY seq, area DESC, purpose) m ON m.seq = s.seq
                  ORDER BY s.seq
                  RETURNING id, parcel_id)
                INSERT INTO parcel_land_use (parcel_version_id, purpose_code, area, term_type, term_end, origin_code)
                SELECT v.id, u.purpose, u.area, CASE WHEN u.term_end IS NULL THEN 'long_term' ELSE 'fixed' END, u.term_end, u.origin
                FROM v JOIN demo_stage s ON s.parcel_id = v.parcel_id JOIN demo_use_stage u ON u.seq = s.seq
                ORDER BY s.seq, u.purpose""")) {
            ps.setLong(1, commune.id());
            ps.setTimestamp(2, Timestamp.from(MIGRATION_INSTANT));
            ps.setLong(3, tx);
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE demo_stage; DROP TABLE demo_use_stage");
        }
        times.lap("versions");
    }

    private long transaction(Connection c, CommuneToLoad commune, long seed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO cadastral_transaction (kind, status, legal_basis, reason, created_by, commune_id, committed_by,
                                                   created_at, updated_at, committed_at, payload)
                VALUES ('DATA_MIGRATION', 'committed', ?, ?, 'demo-data', ?, 'demo-data', ?, ?, ?,
                        jsonb_build_object('generator', 'demo-data', 'seed', ?::bigint))
                RETURNING id""")) {
            ps.setString(1, "Chuyển đổi dữ liệu địa chính theo Thông tư 09/2024/TT-BTNMT (dữ liệu mẫu) / cadastral data migration (demo data)");
            ps.setString(2, "Nạp dữ liệu mẫu cho " + commune.name() + " / demo data for " + commune.code());
            ps.setLong(3, commune.id());
            // The demo register's clock: the migration happened at MIGRATION_INSTANT, not when the demo was loaded.
            ps.setTimestamp(4, Timestamp.from(MIGRATION_INSTANT));
            ps.setTimestamp(5, Timestamp.from(MIGRATION_INSTANT));
            ps.setTimestamp(6, Timestamp.from(MIGRATION_INSTANT));
            ps.setLong(7, seed);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Survey units: pre-2025 communes (codes 40000 + 4 x ordinal + i never clash with real codes). */
    private List<Long> surveyUnits(Connection c, CommuneToLoad commune, SurveyPlan survey) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement unit = c.prepareStatement("""
                INSERT INTO admin_unit (level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en, parent_id,
                                        province_code, valid_from, valid_to, source)
                VALUES ('commune', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo') RETURNING id""");
             PreparedStatement succession = c.prepareStatement("""
                INSERT INTO admin_unit_succession (predecessor_id, successor_id, effective_date, kind, legal_basis)
                VALUES (?, ?, ?, 'merged_into', 'Nghị quyết sắp xếp đơn vị hành chính cấp xã năm 2025 (dữ liệu mẫu)')""")) {
            for (int i = 0; i < survey.units().size(); i++) {
                SurveyPlan.SurveyUnit u = survey.units().get(i);
                boolean ward = "phuong".equals(u.unitType());
                String ascii = java.text.Normalizer.normalize(u.name().replace('Đ', 'D').replace('đ', 'd'), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
                unit.setString(1, String.format("%05d", 40000 + 4 * commune.ordinal() + i));
                unit.setString(2, u.unitType());
                unit.setString(3, u.name());
                unit.setString(4, ascii);
                unit.setString(5, (ward ? "Phường " : "Xã ") + u.name());
                unit.setString(6, ascii + (ward ? " Ward" : " Commune"));
                unit.setLong(7, commune.provinceId());
                unit.setString(8, commune.provinceCode());
                unit.setDate(9, Date.valueOf(SURVEY_UNITS_FROM));
                unit.setDate(10, Date.valueOf(SURVEY_UNITS_TO));
                try (ResultSet rs = unit.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
                succession.setLong(1, ids.get(i));
                succession.setLong(2, commune.id());
                succession.setDate(3, Date.valueOf(SURVEY_UNITS_TO));
                succession.addBatch();
            }
            succession.executeBatch();
        }
        return ids;
    }

    private List<Long> sheets(Connection c, CommuneToLoad commune, SurveyPlan survey, List<Long> unitIds) throws SQLException {
        List<Long> ids = new ArrayList<>(survey.sheets().size());
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO map_sheet (commune_id, survey_unit_id, sheet_number, scale, srid, survey_year, extent, valid_from)
                VALUES (?, ?, ?, ?, ?, ?, ST_Transform(ST_MakeEnvelope(?, ?, ?, ?, ?), 4326), ?) RETURNING id""")) {
            for (SurveyPlan.Sheet s : survey.sheets()) {
                ps.setLong(1, commune.id());
                ps.setLong(2, unitIds.get(s.surveyUnitIndex()));
                ps.setInt(3, s.number());
                ps.setInt(4, s.scale());
                ps.setInt(5, commune.srid());
                ps.setInt(6, s.surveyYear());
                ps.setDouble(7, s.extent().getMinX());
                ps.setDouble(8, s.extent().getMinY());
                ps.setDouble(9, s.extent().getMaxX());
                ps.setDouble(10, s.extent().getMaxY());
                ps.setInt(11, commune.srid());
                ps.setDate(12, Date.valueOf(LocalDate.of(s.surveyYear(), 1, 1)));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static void copy(Connection c, List<DemoParcel> parcels, List<Long> sheetIds, int srid) throws SQLException, IOException {
        WKBWriter wkb = new WKBWriter(2, true);
        StringBuilder stage = new StringBuilder(parcels.size() * 400);
        StringBuilder uses = new StringBuilder(parcels.size() * 60);
        for (int i = 0; i < parcels.size(); i++) {
            DemoParcel p = parcels.get(i);
            Geometry g = p.geometry() instanceof Polygon polygon
                ? polygon.getFactory().createMultiPolygon(new Polygon[] {polygon}) : (MultiPolygon) p.geometry();
            g.setSRID(srid);
            p.representativePoint().setSRID(srid);
            stage.append(i).append('\t').append(WKBWriter.toHex(wkb.write(p.representativePoint()))).append('\t')
                .append(sheetIds.get(p.sheetIndex())).append('\t').append(p.parcelNumber()).append('\t')
                .append(WKBWriter.toHex(wkb.write(g))).append('\t').append(p.legalArea()).append('\t')
                .append(p.address() == null ? "\\N" : escape(p.address())).append("\t\\N\t0\t\\N\n");
            for (DemoParcel.LandUse u : p.uses()) {
                uses.append(i).append('\t').append(u.purpose()).append('\t').append(u.area()).append('\t')
                    .append(u.termEnd() == null ? "\\N" : u.termEnd()).append('\t').append(u.origin()).append('\n');
            }
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        copy.copyIn("COPY demo_stage FROM STDIN", new StringReader(stage.toString()));
        copy.copyIn("COPY demo_use_stage FROM STDIN", new StringReader(uses.toString()));
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", " ").replace("\n", " ");
    }
}
