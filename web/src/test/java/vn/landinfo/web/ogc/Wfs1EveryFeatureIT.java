package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A GIS user loading a commune over WFS 1.1 or 1.0 gets every parcel, or is told why not — never a partial layer
 * that looks whole (decision 0205). GDAL's WFS driver (gdal-bin) reads the commune as a desktop user would, and its
 * parcels are compared id by id with publish.parcels; the 1.1 capabilities declare the bound, DefaultMaxFeatures.
 */
class Wfs1EveryFeatureIT extends WfsTestSupport {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The 2.0 CountDefault, where a 1.x answer without maxFeatures used to stop. */
    private static final int COUNT_DEFAULT = 1000;

    @TempDir
    Path dir;

    private record Commune(String code, long parcels) {
    }

    private List<Commune> communesBySize() {
        return jdbc.sql("SELECT commune_code, count(*) FROM publish.parcels GROUP BY commune_code ORDER BY count(*), commune_code")
                .query((rs, n) -> new Commune(rs.getString(1), rs.getLong(2))).list();
    }

    private Set<String> idsOf(String commune) {
        return new HashSet<>(jdbc.sql("SELECT 'parcels.' || id FROM publish.parcels WHERE commune_code = :c").param("c", commune)
                .query(String.class).list());
    }

    /** DefaultMaxFeatures, as the 1.1 capabilities declare it. */
    private int defaultMaxFeatures() throws Exception {
        Response caps = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0");
        Document d = WfsCapabilitiesIT.parse(caps.text());
        NodeList constraints = d.getElementsByTagNameNS("http://www.opengis.net/ows", "Constraint");
        for (int i = 0; i < constraints.getLength(); i++) {
            Element c = (Element) constraints.item(i);
            if (c.getAttribute("name").equals("DefaultMaxFeatures")) {
                return Integer.parseInt(c.getElementsByTagNameNS("http://www.opengis.net/ows", "Value").item(0).getTextContent().trim());
            }
        }
        throw new AssertionError("no DefaultMaxFeatures constraint in " + caps.text());
    }

    /** ogr2ogr from the WFS to a GeoJSON file; the gml_id of each feature read, or the run's output when it failed. */
    private ExternalClients.Run ogr2ogr(String version, String where, Map<String, String> environment, Path out) throws Exception {
        List<String> command = new ArrayList<>(List.of(ExternalClients.tool("ogr2ogr", "gdal-bin"), "-f", "GeoJSON", out.toString(),
                "WFS:" + wfsUrl() + "?VERSION=" + version, "landinfo:parcels"));
        if (where != null) {
            command.addAll(List.of("-where", where));
        }
        Map<String, String> env = new java.util.HashMap<>(Map.of("GDAL_HTTP_TIMEOUT", "120", "CPL_DEBUG", "ON"));
        env.putAll(environment);
        return ExternalClients.run(dir, TIMEOUT, env, command);
    }

    /** The GetFeature URLs GDAL requested (its debug lines name each as it starts streaming it). */
    private static List<String> getFeatures(ExternalClients.Run r) {
        return r.output().lines().filter(l -> l.startsWith("VSICURL: Start download for ") || l.startsWith("HTTP: Fetch("))
                .filter(l -> l.contains("REQUEST=GetFeature")).map(l -> java.net.URLDecoder.decode(l, java.nio.charset.StandardCharsets.UTF_8)).toList();
    }

    private static List<String> gmlIds(Path geojson) throws Exception {
        List<String> ids = new ArrayList<>();
        for (JsonNode f : JSON.readTree(Files.readString(geojson)).get("features")) {
            ids.add(f.get("properties").get("gml_id").asString());
        }
        return ids;
    }

    @Test
    void capabilities110DeclareDefaultMaxFeaturesAndTheServiceHoldsToIt() throws Exception {
        Response caps = wfs("SERVICE=WFS&REQUEST=GetCapabilities&ACCEPTVERSIONS=1.1.0");
        CapabilitiesSchemas.validateAgainst("ogc/wfs/1.1.0/wfs.xsd", caps.text());
        int max = defaultMaxFeatures();
        assertThat(max).as("more than the 2.0 CountDefault").isGreaterThan(COUNT_DEFAULT);
        // The declared number is the service's bound: as many may be asked for, one more may not.
        assertThat(wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=landinfo:provinces&MAXFEATURES=" + max).status()).isEqualTo(200);
        Response over = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=landinfo:provinces&MAXFEATURES=" + (max + 1));
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.text()).contains("locator=\"maxFeatures\"");
    }

    /**
     * A commune's parcels of one land-use purpose — the "one commune's … parcels" — more than the old 1 000 and
     * within DefaultMaxFeatures: GDAL filters on the server (Filter 1.1 / 1.0) and gets every one in one request.
     */
    @Test
    void gdalReadsACommunesParcelsOfAPurposeOverWfs11And10AndGetsEveryOne() throws Exception {
        int max = defaultMaxFeatures();
        record Selection(String commune, String purpose, long parcels) {
        }
        Selection s = jdbc.sql("SELECT commune_code, main_purpose, count(*) FROM publish.parcels GROUP BY 1, 2 "
                        + "HAVING count(*) > :old AND count(*) <= :max ORDER BY count(*) DESC, 1, 2 LIMIT 1")
                .param("old", COUNT_DEFAULT).param("max", max)
                .query((rs, n) -> new Selection(rs.getString(1), rs.getString(2), rs.getLong(3))).optional()
                .orElseThrow(() -> new AssertionError("the demo register has a commune and purpose with " + COUNT_DEFAULT + "–" + max + " parcels"));
        Set<String> expected = new HashSet<>(jdbc.sql("SELECT 'parcels.' || id FROM publish.parcels WHERE commune_code = :c AND main_purpose = :p")
                .param("c", s.commune()).param("p", s.purpose()).query(String.class).list());
        for (String version : List.of("1.1.0", "1.0.0")) {
            Path out = dir.resolve("selection-" + version + ".geojson");
            ExternalClients.Run r = ogr2ogr(version, "commune_code = '" + s.commune() + "' AND main_purpose = '" + s.purpose() + "'", Map.of(), out);
            assertThat(r.exit()).as("ogr2ogr over WFS %s: %s", version, r.output()).isZero();
            assertThat(getFeatures(r)).as("GDAL filtered on the server").isNotEmpty().allMatch(u -> u.contains(s.purpose()));
            List<String> ids = gmlIds(out);
            assertThat(ids).as("WFS %s: every %s parcel of commune %s, once", version, s.purpose(), s.commune()).doesNotHaveDuplicates()
                    .hasSize(expected.size());
            assertThat(new HashSet<>(ids)).isEqualTo(expected);
        }
    }

    /**
     * More than DefaultMaxFeatures without maxFeatures: refused with what to do instead, in each version's exception
     * report — and GDAL, told to page, then reads every parcel past the bound.
     */
    @Test
    void pastDefaultMaxFeaturesTheClientIsToldAndGdalPagingReadsEveryParcel() throws Exception {
        int max = defaultMaxFeatures();
        long total = jdbc.sql("SELECT count(*) FROM publish.parcels").query(Long.class).single();
        assertThat(total).as("the demo register holds more parcels than one 1.x answer").isGreaterThan(max);

        Response v11 = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=landinfo:parcels");
        assertThat(v11.status()).isEqualTo(400);
        CapabilitiesSchemas.validateAgainst("ogc/ows/1.0.0/owsExceptionReport.xsd", v11.text());
        assertThat(v11.text()).contains("exceptionCode=\"MissingParameterValue\"").contains("locator=\"maxFeatures\"")
                .contains("more than " + max + " features match").contains("startIndex").contains(" / ");
        Response v10 = wfs("SERVICE=WFS&VERSION=1.0.0&REQUEST=GetFeature&TYPENAME=landinfo:parcels");
        assertThat(v10.status()).isEqualTo(400);
        assertThat(v10.text()).contains("ServiceExceptionReport").contains("code=\"MissingParameterValue\"").contains("more than " + max);
        // A maxFeatures the client chose is what it gets; hits count everything.
        Response ten = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=landinfo:parcels&MAXFEATURES=10");
        assertThat(ten.status()).as(ten.text()).isEqualTo(200);
        assertThat(WfsCapabilitiesIT.parse(ten.text()).getElementsByTagNameNS("http://www.opengis.net/gml", "featureMember").getLength()).isEqualTo(10);
        Response hits = wfs("SERVICE=WFS&VERSION=1.1.0&REQUEST=GetFeature&TYPENAME=landinfo:parcels&RESULTTYPE=hits");
        assertThat(WfsCapabilitiesIT.parse(hits.text()).getDocumentElement().getAttribute("numberOfFeatures")).isEqualTo(Long.toString(total));

        // GDAL reading the whole layer stops with the refusal and writes no partial layer. (GDAL 3.6 shows a 4xx as
        // "HTTP error code : 400" without the report's text; the text is in the body, for OWSLib and a browser.)
        Path refused = dir.resolve("refused.geojson");
        ExternalClients.Run r = ogr2ogr("1.1.0", null, Map.of(), refused);
        assertThat(r.exit()).as("GDAL stops: %s", r.output()).isNotZero();
        assertThat(r.output()).contains("HTTP error code : 400").contains("0 features written");
        // Told to page (the way the refusal names), GDAL walks STARTINDEX / MAXFEATURES and gets every parcel once.
        Commune commune = communesBySize().stream().filter(c -> c.parcels() > max).findFirst().orElse(null);
        String where = commune == null ? null : "commune_code = '" + commune.code() + "'";
        Set<String> expected = commune == null
                ? new HashSet<>(jdbc.sql("SELECT 'parcels.' || id FROM publish.parcels").query(String.class).list()) : idsOf(commune.code());
        Path paged = dir.resolve("paged.geojson");
        ExternalClients.Run walk = ogr2ogr("1.1.0", where, Map.of("OGR_WFS_PAGING_ALLOWED", "YES", "OGR_WFS_PAGE_SIZE", Integer.toString(max)), paged);
        assertThat(walk.exit()).as("ogr2ogr with paging: %s", walk.output()).isZero();
        assertThat(getFeatures(walk)).as("GDAL paged").anyMatch(u -> u.toUpperCase(java.util.Locale.ROOT).contains("STARTINDEX=" + max));
        List<String> ids = gmlIds(paged);
        assertThat(ids).doesNotHaveDuplicates().hasSize(expected.size());
        assertThat(new HashSet<>(ids)).isEqualTo(expected);
    }
}
