package vn.landinfo.testsupport;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.landinfo.cadastre.infrastructure.NationalIdAssigner;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.party.infrastructure.PartyStore;
import vn.landinfo.party.model.Holder;
import vn.landinfo.party.model.PartyDetails;
import vn.landinfo.rights.infrastructure.MortgageStore;
import vn.landinfo.rights.infrastructure.RightStore;
import vn.landinfo.transaction.wiring.RegisterTransactions;

/**
 * One test case as a surveyor would draw it: a handful of parcels given as WKT, in metres east and north
 * of the case's own map sheet's south-west corner, in the sheet's VN-2000 TM-3 zone — written into the
 * real register (national ID, version 1, land use; holders with a land-use right and a certificate when
 * the case names them) by the register's own stores, the way the demo loader's {@code CommuneWriter}
 * writes migrated parcels. See docs/decisions/0100-tests-pick-cases-not-slices.md.
 *
 * <pre>{@code
 * CaseFixture.Placed c = CaseFixture.inFreshSheet(dataSource)
 *         .parcel("A", "POLYGON((0 0, 20 0, 20 10, 0 10, 0 0))", "ODT").heldBy("An")
 *         .parcel("road", "POLYGON((0 -6, 40 -6, 40 0, 0 0, 0 -6))", "DGT")
 *         .insert();
 * long a = c.id("A");
 * }</pre>
 *
 * <p>Each case gets a sheet of its own in a survey unit no generated parcel uses, placed east of every
 * other parcel the register has ever held and north of every earlier case, 20 m clear, so a
 * case's neighbours are exactly the parcels it draws and nothing another test does can change what it
 * meets. Its sheet number is past every sheet of the commune, so the commune and the number alone find it.
 * Parcels are numbered 1, 2, … on the sheet in the order the case names them.
 */
public final class CaseFixture {

    /** The survey unit every case sheet belongs to (the demo's survey units are 40000 + 4 × ordinal + i). */
    public static final String SURVEY_UNIT = "49990";

    /**
     * A second survey unit of the commune, holding only the empty sheets {@link #sheetNumberSharedWithAnotherSurveyUnit}
     * makes: case sheets are numbered past every sheet of the commune, so such a number is held by exactly these two.
     */
    public static final String SECOND_SURVEY_UNIT = "49991";

    /** Migrated a day before the test runs: every transaction the test commits comes after the parcels' first versions. */
    private static final long DAYS_BEFORE = 1;

    /**
     * Metres kept clear around a case, beyond the drawing's own negative coordinates (a road drawn at x = -10):
     * far more than any rule's reach (a neighbour is within 1 cm).
     */
    private static final double MARGIN = 20;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final DataSource dataSource;
    private final String commune;
    private final List<Drawn> parcels = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();
    private int sheet = 1;
    private boolean sharedSheetNumber;
    private Instant migratedAt;

    private CaseFixture(DataSource dataSource, String commune) {
        this.dataSource = dataSource;
        this.commune = commune;
    }

    /** A case in a fresh sheet of {@link TransactionFixture#COMMUNE}, in the TM-3 zone of that commune's sheets. */
    public static CaseFixture inFreshSheet(DataSource dataSource) {
        return new CaseFixture(dataSource, TransactionFixture.COMMUNE);
    }

    /**
     * A case in a fresh sheet of the current commune {@code communeCode}: in the TM-3 zone of its sheets, or of its
     * province when it has none yet; in a register that holds no parcel in that zone, the first case starts at a point
     * inside the commune's boundary.
     */
    public static CaseFixture inFreshSheet(DataSource dataSource, String communeCode) {
        return new CaseFixture(dataSource, communeCode);
    }

    /**
     * The case's parcels were migrated into the register at {@code instant} (whole seconds, as a data migration records
     * them) instead of a day before the test runs: a register digitised sheet by sheet over the years.
     */
    public CaseFixture migratedAt(Instant instant) {
        this.migratedAt = instant;
        return this;
    }

    /**
     * {@code n} residential lots of 10 × 20 m (200 m²) in a row, named "1" … "n", each held by a person of
     * its own ("Người sử dụng đất i") with a certificate of its own: plain lots for tests about rights.
     */
    public static CaseFixture lotsInARow(DataSource dataSource, int n) {
        CaseFixture c = inFreshSheet(dataSource);
        for (int i = 1; i <= n; i++) {
            int x = 10 * (i - 1);
            c.parcel(String.valueOf(i), "POLYGON((%d 0, %d 0, %d 20, %d 20, %d 0))".formatted(x, x + 10, x + 10, x, x), "ODT")
                    .heldBy("Người sử dụng đất " + i);
        }
        return c;
    }

    /** A parcel of one purpose (its whole legal area), legal area its computed area to 0.1 m², no holders. */
    public CaseFixture parcel(String name, String wkt, String purpose) {
        try {
            parcels.add(new Drawn(name, new WKTReader(FACTORY).read(wkt), purpose, sheet));
        } catch (ParseException e) {
            throw new IllegalArgumentException("parcel " + name + ": " + e.getMessage(), e);
        }
        return this;
    }

    /**
     * The last parcel is held (land-use right, long term, equal shares) by these people, and has a
     * certificate of its own naming them. The same name in one case is the same party.
     */
    public CaseFixture heldBy(String... people) {
        last().holders.addAll(List.of(people));
        return this;
    }

    /** The last parcel's holders have no certificate for it (chưa được cấp Giấy chứng nhận). */
    public CaseFixture uncertified() {
        last().certified = false;
        return this;
    }

    /**
     * The last parcel's holders (those it names first) carry an old 9-digit identity card (CMND) instead of
     * a 12-digit personal ID, as people registered before 2021 still do.
     */
    public CaseFixture identifiedByCard() {
        last().idType = "identity_card";
        return this;
    }

    /** An organisation of the case that holds no parcel (a bank, a lender), known afterwards by its name. */
    public CaseFixture organisation(String name) {
        organisations.add(name);
        return this;
    }

    /**
     * The last parcel carries a current restriction of this kind ({@code seizure}, {@code dispute},
     * {@code planning}, or {@code mortgage}: then a mortgage of rank 1 to a bank of the case).
     */
    public CaseFixture restricted(String kind) {
        last().restrictions.add(kind);
        return this;
    }

    /**
     * The parcels named next lie on the case's n-th sheet (1 is where it starts): a case may span sheets,
     * as land at a sheet's edge does. Each sheet of the case is a new sheet of its survey unit.
     */
    public CaseFixture onSheet(int n) {
        this.sheet = n;
        return this;
    }

    /**
     * The case's first sheet number is held by an empty sheet of {@link #SECOND_SURVEY_UNIT} too, as one commune holds
     * sheets of the same number from each former ward it absorbed (docs/decisions/0005-legal-address-with-survey-units.md):
     * a legal address on it needs its survey unit.
     */
    public CaseFixture sheetNumberSharedWithAnotherSurveyUnit() {
        this.sharedSheetNumber = true;
        return this;
    }

    private Drawn last() {
        return parcels.get(parcels.size() - 1);
    }

    /** Writes the case into the register in one database transaction and tells where it went. */
    public Placed insert() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Placed placed = write(connection);
                connection.commit();
                return placed;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the case: " + e.getMessage(), e);
        }
    }

    private Placed write(Connection connection) throws SQLException {
        SingleConnectionDataSource same = new SingleConnectionDataSource(connection, true);
        JdbcClient jdbc = JdbcClient.create(same);
        Instant at = (migratedAt != null ? migratedAt : Instant.now().minus(DAYS_BEFORE, ChronoUnit.DAYS)).truncatedTo(ChronoUnit.SECONDS);
        long communeId = jdbc.sql("SELECT id FROM admin_unit WHERE level = 'commune' AND code = :c AND valid_to IS NULL")
                .param("c", commune).query(Long.class).single();
        // The zone of the commune's sheets; a commune without sheets yet takes its province's zone, as the demo loader does.
        int srid = jdbc.sql("""
                SELECT coalesce((SELECT min(srid) FROM map_sheet WHERE commune_id = :c),
                                (SELECT z.srid FROM admin_unit a JOIN province_tm3_zone z ON z.province_code = a.province_code WHERE a.id = :c))""")
                .param("c", communeId).query(Integer.class).single();
        // Cases stack northwards in a column just east of every other parcel the register ever held in that zone
        // (generated or made by a test), each 20 m clear of the last, so they stay a few kilometres from the commune.
        Map<String, Object> free = jdbc.sql("""
                SELECT max(ST_XMax(pv.geom_tm3)) FILTER (WHERE NOT cases) AS east, min(ST_YMin(pv.geom_tm3)) AS south,
                       max(ST_YMax(pv.geom_tm3)) FILTER (WHERE cases) AS top
                FROM (SELECT geom_tm3, map_sheet_id IN (SELECT ms.id FROM map_sheet ms JOIN admin_unit u ON u.id = ms.survey_unit_id
                                                        WHERE u.code = :u AND u.level = 'commune') AS cases
                      FROM parcel_version WHERE ST_SRID(geom_tm3) = :s) pv""")
                .param("u", SURVEY_UNIT).param("s", srid).query().singleRow();
        if (free.get("east") == null) {
            // No parcel but cases in that zone (an empty register): the column starts at a point inside the commune.
            Map<String, Object> inside = jdbc.sql("""
                    SELECT ST_X(p) AS east, ST_Y(p) AS south
                    FROM (SELECT ST_Transform(ST_PointOnSurface(boundary), :s) AS p FROM admin_unit WHERE id = :c) q""")
                    .param("s", srid).param("c", communeId).query().singleRow();
            free = new LinkedHashMap<>(free);
            free.put("east", inside.get("east"));
            if (free.get("south") == null) {
                free.put("south", inside.get("south"));
            }
        }
        Number east = (Number) free.get("east");
        Number south = (Number) free.get("south");
        double x0 = 10 * Math.ceil((east.doubleValue() + MARGIN) / 10) + MARGIN;
        double y0 = 10 * Math.ceil((free.get("top") == null ? south.doubleValue() : ((Number) free.get("top")).doubleValue() + MARGIN) / 10)
                + MARGIN;
        AffineTransformation toSheet = AffineTransformation.translationInstance(x0, y0);
        long tx = migration(jdbc, communeId, at);
        Map<Integer, Long> sheets = new LinkedHashMap<>();
        Map<Integer, Integer> sheetNumbers = new LinkedHashMap<>();
        for (Drawn d : parcels) {
            sheets.computeIfAbsent(d.sheet, n -> {
                int number = nextSheetNumber(jdbc, communeId);
                sheetNumbers.put(n, number);
                return sheet(jdbc, communeId, srid, toSheet, n, number, SURVEY_UNIT, at);
            });
        }
        if (sharedSheetNumber) {
            sheet(jdbc, communeId, srid, toSheet, parcels.get(0).sheet, sheetNumbers.get(parcels.get(0).sheet), SECOND_SURVEY_UNIT, at);
        }
        Map<Integer, Integer> numbers = new LinkedHashMap<>();

        NationalIdAssigner nationalIds = new NationalIdAssigner();
        PartyStore parties = new PartyStore(same);
        RightStore rights = new RightStore(same);
        RegisterTransactions.Office office = RegisterTransactions.Office.defaults();
        CertificateStore certificates = new CertificateStore(same, office.certificateSeries(), office.issuingAuthority());
        MortgageStore mortgages = new MortgageStore(same);
        Map<String, Long> people = new LinkedHashMap<>();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String name : organisations) {
            people.put(name, parties.create(new PartyDetails("organisation", name, "tax_code", TransactionRequests.newTaxCode(), null, null,
                    "Hà Nội"), tx, at));
        }
        for (Drawn d : parcels) {
            Geometry g = toSheet.transform(d.shape);
            g.setSRID(srid);
            String ewkt = "SRID=" + srid + ";" + g.toText();
            long parcel = nationalIds.assignOne(connection, "SRID=" + srid + ";" + g.getInteriorPoint().toText(), at, tx);
            BigDecimal legal = BigDecimal.valueOf(g.getArea()).setScale(1, RoundingMode.HALF_EVEN);
            long version = jdbc.sql("""
                    INSERT INTO parcel_version (parcel_id, version, commune_id, map_sheet_id, parcel_number, geom_tm3, geom,
                                                legal_area, address, begin_lifespan, created_by_tx)
                    VALUES (:p, 1, :c, :s, :n, ST_Multi(ST_GeomFromEWKT(:g)), ST_Transform(ST_Multi(ST_GeomFromEWKT(:g)), 4326),
                            :legal, :address, :at, :tx) RETURNING id""")
                    .param("p", parcel).param("c", communeId).param("s", sheets.get(d.sheet)).param("n", numbers.merge(d.sheet, 1, Integer::sum)).param("g", ewkt)
                    .param("legal", legal).param("address", "Thửa " + d.name + ", tờ bản đồ ca kiểm thử")
                    .param("at", Timestamp.from(at)).param("tx", tx).query(Long.class).single();
            jdbc.sql("""
                    INSERT INTO parcel_land_use (parcel_version_id, purpose_code, area, term_type, origin_code)
                    VALUES (:v, :purpose, :area, 'long_term', 'CNQ-CTT')""")
                    .param("v", version).param("purpose", d.purpose).param("area", legal).update();
            if (!d.holders.isEmpty()) {
                List<Long> holders = d.holders.stream()
                        .map(name -> people.computeIfAbsent(name, n -> parties.create(person(n, d.idType), tx, at))).toList();
                rights.openRight(parcel, "land_use", holders.size() > 1 ? "chung" : "rieng", null, "CNQ-CTT",
                        holders.stream().map(h -> new Holder(h, 1, holders.size())).toList(), tx, at);
                if (d.certified) {
                    certificates.issue(List.of(parcel), holders, tx, at);
                }
            }
            for (String kind : d.restrictions) {
                restrict(jdbc, mortgages, parties, parcel, kind, tx, at);
            }
            ids.put(d.name, parcel);
        }
        return new Placed(ids, people, List.copyOf(sheets.values()), List.copyOf(sheetNumbers.values()), srid, toSheet);
    }

    private static void restrict(JdbcClient jdbc, MortgageStore mortgages, PartyStore parties, long parcel, String kind, long tx, Instant at) {
        if (kind.equals("mortgage")) {
            long bank = parties.create(new PartyDetails("organisation", "Ngân hàng Ca Kiểm Thử", "tax_code", TransactionRequests.newTaxCode(),
                    null, null, "Hà Nội"), tx, at);
            mortgages.register(parcel, bank, null, 1, "01/2024/HĐTC", LocalDate.ofInstant(at, CertificateStore.VIETNAM), 1_000_000_000L,
                    "Thế chấp (ca kiểm thử)", tx, at);
            return;
        }
        jdbc.sql("""
                INSERT INTO restriction (parcel_id, kind, description, registered_at, begin_lifespan, created_by_tx)
                VALUES (:p, :k, 'Ca kiểm thử / test case', :at, :at, :tx)""")
                .param("p", parcel).param("k", kind).param("at", Timestamp.from(at)).param("tx", tx).update();
    }

    /** A man born on 1 June 1985 (what {@link TransactionRequests#newPersonalId} encodes), with a fresh document of this type. */
    private static PartyDetails person(String name, String idType) {
        String number = TransactionRequests.newPersonalId();
        return new PartyDetails("individual", name, idType, idType.equals("identity_card") ? number.substring(3) : number, LocalDate.of(1985, 6, 1), "M",
                "Số 1 phố Tràng Tiền, phường Hoàn Kiếm, Hà Nội");
    }

    /** The case's parcels enter the register as the demo's do: by a committed DATA_MIGRATION transaction. */
    private static long migration(JdbcClient jdbc, long communeId, Instant at) {
        return jdbc.sql("""
                INSERT INTO cadastral_transaction (kind, status, legal_basis, reason, created_by, commune_id, committed_by, committed_at, payload)
                VALUES ('DATA_MIGRATION', 'committed', 'Thông tư 09/2024/TT-BTNMT (ca kiểm thử / test case)',
                        'Ca kiểm thử / test case', 'case-fixture', :c, 'case-fixture', :at, '{"generator": "case-fixture"}'::jsonb)
                RETURNING id""").param("c", communeId).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /**
     * The next sheet number of the case: past every sheet of the commune (generated, or a case's), so the number alone
     * names the case's sheet unless the case shares it on purpose ({@link #sheetNumberSharedWithAnotherSurveyUnit}).
     */
    private static int nextSheetNumber(JdbcClient jdbc, long communeId) {
        return jdbc.sql("SELECT coalesce(max(sheet_number), 0) + 1 FROM map_sheet WHERE commune_id = :c")
                .param("c", communeId).query(Integer.class).single();
    }

    /** A sheet numbered {@code number} in a case survey unit (made on first use); its extent is where the case's n-th sheet's parcels lie. */
    private Long sheet(JdbcClient jdbc, long communeId, int srid, AffineTransformation toSheet, int n, int number, String surveyUnit, Instant at) {
        long unit = jdbc.sql("SELECT id FROM admin_unit WHERE level = 'commune' AND code = :u").param("u", surveyUnit)
                .query(Long.class).optional().orElseGet(() -> jdbc.sql("""
                        INSERT INTO admin_unit (level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en, parent_id,
                                                province_code, valid_from, valid_to, source)
                        SELECT 'commune', :u, 'phuong', :vi, :en, 'Phường ' || :vi, :en || ' Ward',
                               parent_id, province_code, DATE '2008-01-01', DATE '2025-07-01', 'demo'
                        FROM admin_unit WHERE id = :c RETURNING id""").param("u", surveyUnit).param("c", communeId)
                        .param("vi", surveyUnit.equals(SURVEY_UNIT) ? "Ca kiểm thử" : "Ca kiểm thử thứ hai")
                        .param("en", surveyUnit.equals(SURVEY_UNIT) ? "Test Cases" : "Second Test Cases")
                        .query(Long.class).single());
        Geometry all = toSheet.transform(FACTORY.buildGeometry(parcels.stream().filter(d -> d.sheet == n).map(d -> d.shape).toList()));
        return jdbc.sql("""
                INSERT INTO map_sheet (commune_id, survey_unit_id, sheet_number, scale, srid, survey_year, extent, valid_from)
                VALUES (:c, :u, :number, 500, :srid, 2014,
                        ST_Transform(ST_Expand(ST_SetSRID(ST_GeomFromText(:g), :srid), 10), 4326), :from) RETURNING id""")
                .param("c", communeId).param("u", unit).param("number", number).param("srid", srid).param("g", all.getEnvelope().toText())
                .param("from", LocalDate.ofInstant(at, CertificateStore.VIETNAM).withDayOfYear(1)).query(Long.class).single();
    }

    /** A parcel as the case names it, before it is placed. */
    private static final class Drawn {
        final String name;
        final Geometry shape;
        final String purpose;
        final int sheet;
        final List<String> holders = new ArrayList<>();
        final List<String> restrictions = new ArrayList<>();
        boolean certified = true;
        String idType = "personal_id";

        Drawn(String name, Geometry shape, String purpose, int sheet) {
            this.name = name;
            this.shape = shape;
            this.purpose = purpose;
            this.sheet = sheet;
        }
    }

    /**
     * Where the case went: the parcels' ids by name, the parties by name, its sheets (ids and numbers in
     * {@link #SURVEY_UNIT}, in order) and SRID, and the translation from the case's drawing (metres from the
     * sheet's corner) to TM-3.
     */
    public record Placed(Map<String, Long> ids, Map<String, Long> people, List<Long> sheetIds, List<Integer> sheetNumbers, int srid,
                         AffineTransformation toSheet) {

        /** The number of the case's first sheet, as a legal address names it. */
        public int sheetNumber() {
            return sheetNumbers.get(0);
        }

        public long id(String name) {
            Long id = ids.get(name);
            if (id == null) {
                throw new IllegalArgumentException("the case has no parcel " + name + " (it has " + ids.keySet() + ")");
            }
            return id;
        }

        public long party(String name) {
            return people.get(name);
        }

        /** A geometry drawn like the case's parcels, in the sheet's TM-3 zone (for commands and assertions). */
        public Geometry geometry(String wkt) {
            try {
                Geometry g = toSheet.transform(new WKTReader(FACTORY).read(wkt));
                g.setSRID(srid);
                return g;
            } catch (ParseException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }

        /** A polygon drawn like the case's parcels, as the register stores it (a MultiPolygon). */
        public MultiPolygon multiPolygon(String wkt) {
            Geometry g = geometry(wkt);
            MultiPolygon m = g instanceof Polygon p ? FACTORY.createMultiPolygon(new Polygon[] {p}) : (MultiPolygon) g;
            m.setSRID(srid);
            return m;
        }

        /** A point of the drawing in TM-3. */
        public Coordinate at(double x, double y) {
            Coordinate c = new Coordinate(x, y);
            toSheet.transform(c, c);
            return c;
        }
    }
}
