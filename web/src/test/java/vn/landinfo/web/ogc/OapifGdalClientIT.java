package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * GDAL's OAPIF driver (gdal-bin) as an independent client of /ogc/features: it finds the collections from the
 * landing page, counts the features as the database does, and reads a parcel whose attributes are the register's.
 */
class OapifGdalClientIT extends FeaturesTestSupport {

    @TempDir
    Path dir;

    private ExternalClients.Run gdal(String tool, String... args) throws Exception {
        return GdalClient.run(dir, false, tool, args);
    }

    @Test
    void ogrinfoListsThePublicCollectionsAndCountsTheFeaturesAsTheDatabaseDoes() throws Exception {
        ExternalClients.Run layers = gdal("ogrinfo", "-ro", "-q", "OAPIF:" + base());
        assertThat(layers.output()).contains("parcels").contains("map_sheets").contains("communes").contains("provinces").doesNotContain("restrictions");

        for (String collection : List.of("map_sheets", "parcels")) {
            ExternalClients.Run summary = gdal("ogrinfo", "-ro", "-so", "OAPIF:" + base(), collection);
            long expected = jdbc.sql("SELECT count(*) FROM publish." + collection).query(Long.class).single();
            assertThat(GdalClient.featureCount(summary)).as(collection).isEqualTo(expected);
        }
    }

    @Test
    void ogr2ogrReadsAParcelThroughABboxAndItsAttributesAreTheRegisters() throws Exception {
        long parcel = aParcel("00070");
        double[] b = boxOf(parcel);
        double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
        Path out = dir.resolve("parcels.geojson");
        ExternalClients.Run run = gdal("ogr2ogr", "-f", "GeoJSON", out.toString(), "OAPIF:" + base(), "parcels",
                "-spat", String.format(Locale.ROOT, "%.9f", cx - 0.00005), String.format(Locale.ROOT, "%.9f", cy - 0.00005),
                String.format(Locale.ROOT, "%.9f", cx + 0.00005), String.format(Locale.ROOT, "%.9f", cy + 0.00005));
        JsonNode fc = JSON.readTree(Files.readString(out));
        JsonNode found = null;
        for (JsonNode f : fc.get("features")) {
            if (f.get("properties").get("id") != null && f.get("properties").get("id").asString().equals(String.valueOf(parcel))) {
                found = f;
            }
            if (found == null && f.get("properties").get("national_id") != null) {
                String nid = jdbc.sql("SELECT national_id FROM publish.parcels WHERE id = :id").param("id", parcel).query(String.class).single();
                if (nid.equals(f.get("properties").get("national_id").asString())) {
                    found = f;
                }
            }
        }
        assertThat(found).as("parcel %d in %s", parcel, fc).isNotNull();
        JsonNode p = found.get("properties");
        var row = jdbc.sql("SELECT national_id, commune_code, parcel_number, sheet_number, main_purpose, legal_area FROM publish.parcels WHERE id = :id")
                .param("id", parcel).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                        rs.getBigDecimal(6)}).single();
        assertThat(p.get("national_id").asString()).isEqualTo(row[0]);
        assertThat(p.get("commune_code").asString()).isEqualTo(row[1]);
        assertThat(p.get("parcel_number").asInt()).isEqualTo(row[2]);
        assertThat(p.get("sheet_number").asInt()).isEqualTo(row[3]);
        assertThat(p.get("main_purpose").asString()).isEqualTo(row[4]);
        assertThat(p.get("legal_area").decimalValue()).isEqualByComparingTo((java.math.BigDecimal) row[5]);
    }
}
