package vn.landinfo.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.ogc.OgrInfo;

/**
 * {@code ./landinfo export} as an operator runs it: the packaged jar in a JVM of its own — with a 256 MB heap, the
 * issue's bar — on the CI demo cadastre; GDAL (gdal-bin) opens each file it writes and finds the register's count,
 * extent and values (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md).
 */
class ExportCommandIT {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final JdbcClient DB = JdbcClient.create(TestDatabase.dataSource());

    @TempDir
    Path dir;

    @BeforeAll
    static void theCiDemoCadastre() {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
    }

    private static String largestCommune() {
        return DB.sql("SELECT commune_code FROM publish.parcels GROUP BY commune_code ORDER BY count(*) DESC, commune_code LIMIT 1")
                .query(String.class).single();
    }

    private static long parcelsOf(String commune) {
        return DB.sql("SELECT count(*) FROM publish.parcels WHERE commune_code = :c").param("c", commune).query(Long.class).single();
    }

    private static double[] extentOf(String commune, int srid) {
        // From the vertices themselves: ST_Extent reads the float4 boxes PostGIS keeps, a few metres coarse.
        return DB.sql("SELECT min(ST_X(d.geom)), min(ST_Y(d.geom)), max(ST_X(d.geom)), max(ST_Y(d.geom))"
                        + " FROM publish.parcels p, ST_DumpPoints(ST_Transform(p.geom, :srid)) d WHERE p.commune_code = :c")
                .param("srid", srid).param("c", commune)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
    }

    private static void assertExtent(OgrInfo.Summary s, double[] expected, double tolerance) {
        for (int i = 0; i < 4; i++) {
            assertThat(s.extent()[i]).as("extent[%d]", i).isCloseTo(expected[i], within(tolerance));
        }
    }

    @Test
    void aCommuneIsWrittenAsFlatGeobufInA256MbHeapWithAProgressLineAndGdalFindsTheRegister() throws Exception {
        String commune = largestCommune();
        Path file = dir.resolve(commune + ".fgb");
        JarCommand.Result r = JarCommand.run(TestDatabase.url(), TIMEOUT, List.of("-Xmx256m"),
                "export", "--commune", commune, "--format", "fgb", "--output", file.toString());

        assertThat(r.exit()).as(r.output()).isZero();
        System.out.println("export in a 256 MB heap:\n" + r.output().lines().filter(l -> l.contains("export")).reduce("", (a, l) -> a + l + "\n"));
        long parcels = parcelsOf(commune);
        assertThat(r.output()).containsPattern("xuất / export: [\\d,]+ đối tượng / features, [\\d.]+ MB, [\\d,]+ đối tượng/s / features/s, [\\d.]+ MB/s")
                .contains(String.format(java.util.Locale.ROOT, "Đã xuất / exported %,d đối tượng / features of xã / commune %s (fgb, CRS:84) to %s", parcels, commune, file));
        assertThat(dir.resolve(commune + ".fgb.part")).doesNotExist();
        OgrInfo.Summary s = OgrInfo.summary(file);
        assertThat(s.geometry()).isEqualTo("Multi Polygon");
        assertThat(s.features()).isEqualTo(parcels);
        assertExtent(s, extentOf(commune, 4326), 1e-6);

        long parcel = DB.sql("SELECT max(id) FROM publish.parcels WHERE commune_code = :c").param("c", commune).query(Long.class).single();
        List<Map<String, String>> found = OgrInfo.features(file, "id = '" + parcel + "'");
        assertThat(found).hasSize(1);
        Map<String, Object> row = DB.sql("SELECT national_id, survey_unit_name, parcel_number, legal_area FROM publish.parcels WHERE id = :id")
                .param("id", parcel).query().singleRow();
        assertThat(found.get(0).get("national_id")).isEqualTo(row.get("national_id"));
        assertThat(found.get(0).get("survey_unit_name")).as("Vietnamese text survives").isEqualTo(row.get("survey_unit_name"));
        assertThat(Integer.parseInt(found.get(0).get("parcel_number"))).isEqualTo(((Number) row.get("parcel_number")).intValue());
        assertThat(new BigDecimal(found.get(0).get("legal_area"))).isEqualByComparingTo((BigDecimal) row.get("legal_area"));
    }

    @Test
    void geoJsonInWgs84AndGml32InTheCommunesVn2000ZoneAreWrittenWhole() throws Exception {
        String commune = largestCommune();
        long parcels = parcelsOf(commune);
        Path json = dir.resolve("parcels.geojson");
        JarCommand.Result r = JarCommand.run(TestDatabase.url(), TIMEOUT, "export", "--commune", commune, "--output", json.toString());
        assertThat(r.exit()).as(r.output()).isZero();
        OgrInfo.Summary geojson = OgrInfo.summary(json);
        assertThat(geojson.features()).isEqualTo(parcels);
        assertExtent(geojson, extentOf(commune, 4326), 1e-6);

        Path gml = dir.resolve("parcels.gml");
        JarCommand.Result g = JarCommand.run(TestDatabase.url(), TIMEOUT, "export", "--commune", commune, "--format", "gml", "--crs", "EPSG:9210",
                "--output", gml.toString());
        assertThat(g.exit()).as(g.output()).isZero();
        assertThat(Files.readString(gml)).contains("numberMatched=\"" + parcels + "\"").contains("numberReturned=\"" + parcels + "\"");
        OgrInfo.Summary s = OgrInfo.summary(gml);
        assertThat(s.features()).isEqualTo(parcels);
        assertThat(s.output()).contains("VN-2000");
        assertExtent(s, extentOf(commune, 9210), 1e-3);
    }

    @Test
    void anAreaThatDoesNotExistOrAFormatThatIsNotOfferedIsRefusedWithTheUsageAndNoFile() throws Exception {
        Path file = dir.resolve("none.fgb");
        JarCommand.Result none = JarCommand.run(TestDatabase.url(), TIMEOUT, "export", "--commune", "99999", "--format", "fgb", "--output", file.toString());
        assertThat(none.exit()).as(none.output()).isEqualTo(2);
        assertThat(none.output()).contains("không có / there is no xã / commune 99999").contains("usage: export (--commune CODE | --province CODE)");
        JarCommand.Result shp = JarCommand.run(TestDatabase.url(), TIMEOUT, "export", "--province", "01", "--format", "shp", "--output", file.toString());
        assertThat(shp.exit()).as(shp.output()).isEqualTo(2);
        assertThat(shp.output()).contains("--format is geojson, gml or fgb");
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("none.fgb.part")).doesNotExist();
    }
}
