package vn.landinfo.web.ogc.features;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.encode.GeoJsonEncoder;
import vn.landinfo.mapserver.features.encode.Gml32Encoder;
import vn.landinfo.mapserver.features.encode.Link;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.GeometryEncoding;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * An answer starts with its first row (docs/decisions/0230-the-first-feature-does-not-wait-for-a-count.md): when the
 * first feature reaches the encoder, the statement that reads the page is still open in the database (its cursor has
 * more rows to give: the stream reads two at a time here), and the statements run before it are only those the
 * format needs — none for GeoJSON, which names numberMatched after its features; the count alone for WFS 2.0 GML,
 * whose root names numberReturned, and then no sort of a page that holds every match. Seven lots of one sheet.
 */
class FirstFeatureIT {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);
    private static final MapCrs CRS84 = CrsCatalogue.standard().find("CRS:84").orElseThrow();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LOTS = 7;

    private static DataSource dataSource;
    private static CaseFixture.Placed lots;

    @BeforeAll
    static void sevenLots() {
        dataSource = TransactionFixture.dataSource();
        lots = CaseFixture.lotsInARow(dataSource, LOTS).insert();
    }

    private static FeatureQuery sheet(long startIndex, Integer count) {
        Filter onSheet = new Filter.And(List.of(new Filter.Comparison(ComparisonOp.EQUAL, "survey_unit_code", CaseFixture.SURVEY_UNIT, true),
                new Filter.Comparison(ComparisonOp.EQUAL, "sheet_number", String.valueOf(lots.sheetNumber()), true)));
        return new FeatureQuery(PARCELS, onSheet, new RegisterTime.Current(), List.of(), List.of(), startIndex, count, CRS84, false);
    }

    @Test
    void aGeoJsonPageThatStopsShortStartsBeforeAnyCountAndNamesNumberMatchedWithoutOne() throws Exception {
        Watched w = answer(sheet(0, 1000), new GeoJsonEncoder(false));

        assertThat(w.atFirstFeature.statements()).as("statements run before the first feature").noneMatch(FirstFeatureIT::counts);
        assertThat(w.atFirstFeature.openCursors()).as("the page's statement, still open").singleElement().satisfies(s -> assertThat(s).contains("ST_AsGeoJSON"));
        assertThat(w.all).as("every statement of the answer").noneMatch(FirstFeatureIT::counts);
        JsonNode json = JSON.readTree(w.body);
        assertThat(json.get("numberMatched").asLong()).isEqualTo(LOTS);
        assertThat(json.get("numberReturned").asLong()).isEqualTo(LOTS);
        assertThat(json.get("features")).hasSize(LOTS);
    }

    @Test
    void aFullGeoJsonPageIsCountedAfterItsFeaturesInTheSameSnapshot() throws Exception {
        Watched w = answer(sheet(2, 3), new GeoJsonEncoder(false));

        assertThat(w.atFirstFeature.statements()).noneMatch(FirstFeatureIT::counts);
        assertThat(w.atFirstFeature.openCursors()).hasSize(1);
        assertThat(w.all).filteredOn(FirstFeatureIT::counts).hasSize(1);
        JsonNode json = JSON.readTree(w.body);
        assertThat(json.get("numberMatched").asLong()).isEqualTo(LOTS);
        assertThat(json.get("numberReturned").asLong()).isEqualTo(3);
        assertThat(json.get("features")).hasSize(3);
        assertThat(w.text().indexOf("\"numberMatched\"")).as("written after the features").isGreaterThan(w.text().indexOf("\"features\""));
    }

    @Test
    void aWfs20GmlPageCountsFirstAndReadsEveryMatchUnsortedWhenTheyAllFit() throws Exception {
        CollectionInfo withLinks = CollectionInfo.of(Instant.now())
                .withLinks((n, last) -> List.of(new Link("http://example.test/next?after=" + last, "next", null, null)));
        Watched all = answer(sheet(0, LOTS), new Gml32Encoder(), withLinks);

        // Before the first feature: the count, then the page itself — nothing that finds where the page ends (pageEnd's window).
        assertThat(all.atFirstFeature.statements()).as("statements run before the first feature").hasSize(2)
                .noneMatch(s -> s.contains("OVER ("));
        assertThat(counts(all.atFirstFeature.statements().get(0))).isTrue();
        assertThat(all.atFirstFeature.statements().get(1)).contains("ST_AsGML").doesNotContain("ORDER BY");
        assertThat(all.atFirstFeature.openCursors()).singleElement().satisfies(s -> assertThat(s).contains("ST_AsGML").doesNotContain("ORDER BY"));
        assertThat(all.text()).contains("numberMatched=\"" + LOTS + "\"").contains("numberReturned=\"" + LOTS + "\"")
                .as("nothing follows the last page").doesNotContain("next=");
        assertThat(all.text().split("<wfs:member>", -1)).hasSize(LOTS + 1);

        // A page with more after it keeps the stable order and names where the next one starts.
        Watched first = answer(sheet(0, 3), new Gml32Encoder(), withLinks);
        assertThat(first.atFirstFeature.openCursors()).singleElement().satisfies(s -> assertThat(s).contains("ORDER BY"));
        assertThat(first.text()).contains("numberMatched=\"" + LOTS + "\"").contains("numberReturned=\"3\"")
                .contains("next=\"http://example.test/next?after=" + lots.id("3") + "\"");
    }

    // --- the answer, watched from its own connection

    /** What the answer's session had run, and which cursors were open, when the first feature reached the encoder. */
    private record Seen(List<String> statements, List<String> openCursors) {
    }

    private record Watched(Seen atFirstFeature, List<String> all, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private static boolean counts(String sql) {
        return sql.contains("count(");
    }

    private static Watched answer(FeatureQuery q, FeatureEncoder encoder) throws Exception {
        return answer(q, encoder, CollectionInfo.of(Instant.now()));
    }

    private static Watched answer(FeatureQuery q, FeatureEncoder encoder, CollectionInfo info) throws Exception {
        try (Connection one = dataSource.getConnection()) {
            List<String> prepared = new ArrayList<>();
            DataSource recording = new SingleConnectionDataSource(recording(one, prepared), true);
            Seen[] seen = new Seen[1];
            FeatureEncoder watching = new FeatureEncoder() {
                @Override
                public String contentType() {
                    return encoder.contentType();
                }

                @Override
                public GeometryEncoding geometryEncoding() {
                    return encoder.geometryEncoding();
                }

                @Override
                public boolean linksFirst() {
                    return encoder.linksFirst();
                }

                @Override
                public boolean countsAfterFeatures() {
                    return encoder.countsAfterFeatures();
                }

                @Override
                public void begin(OutputStream out, CollectionInfo header) throws IOException {
                    encoder.begin(out, header);
                }

                @Override
                public void feature(FeatureRow row) throws IOException {
                    if (seen[0] == null) {
                        seen[0] = new Seen(List.copyOf(features(prepared)), openCursors(one));
                    }
                    encoder.feature(row);
                }

                @Override
                public void end(long numberReturned) throws IOException {
                    encoder.end(numberReturned);
                }

                @Override
                public void end(long numberReturned, CollectionInfo tail) throws IOException {
                    encoder.end(numberReturned, tail);
                }
            };
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            // Two rows per fetch: seven lots cannot all have arrived with the first one.
            new FeatureStream(recording, Duration.ofSeconds(20), 2).write(List.of(q), true, watching, info, out);
            assertThat(seen[0]).as("a feature was written").isNotNull();
            return new Watched(seen[0], features(prepared), out.toByteArray());
        }
    }

    /** The statements about features (the transaction's own SET is left out). */
    private static List<String> features(List<String> prepared) {
        return prepared.stream().filter(s -> s.contains("FROM")).toList();
    }

    /** The portals open in the session: a cursor the driver is still fetching from (pgjdbc names them). */
    private static List<String> openCursors(Connection c) throws IOException {
        List<String> open = new ArrayList<>();
        // This question's own portal is left out.
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT statement FROM pg_cursors WHERE statement NOT LIKE '%pg_cursors%'")) {
            while (rs.next()) {
                open.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return open;
    }

    /** The connection, recording the text of every statement prepared on it. */
    private static Connection recording(Connection c, List<String> prepared) {
        return (Connection) Proxy.newProxyInstance(FirstFeatureIT.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, args) -> {
            if (m.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
                prepared.add(sql);
            }
            try {
                return m.invoke(c, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
