package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * A GIS user downloads a map sheet's parcels page by page, following the {@code next} links, while officers commit
 * splits: one of a parcel on a page already read, one of a parcel on a page not yet read. Every parcel the commits did
 * not touch comes exactly once — none skipped, none repeated — over WFS 2.0 (GML 3.2, whose {@code next} is written
 * before the features) and OGC API – Features (GeoJSON, links after the features). What a walker sees of the parcels
 * the commits changed is the rule of decision 0188: the walk continues after the last feature of the page in the stable
 * order (the id), so a parcel retired before its page is read is not seen, one read before it is retired was seen, and
 * the new children (new ids, past every other) are seen once. With the old offsets the parcel after the split one
 * on the first page would have been skipped.
 */
class PagingWhileCommittingIT extends TransactionApiTestSupport {

    private static final int LOTS = 8;
    private static final int PAGE = 3;
    private static final String CADASTRE = "http://landinfo.gov.vn/cadastre";
    private static final String GML32 = "http://www.opengis.net/gml/3.2";

    /** One page of a walk: the parcel ids in order, and the next link (null on the last page). */
    private record Page(List<Long> ids, String next) {
    }

    /** Eight 10 × 30 m lots in a row on a street, each held by a person of its own: a sheet of its own in the commune. */
    private CaseFixture.Placed rowOnAStreet() {
        CaseFixture c = CaseFixture.inFreshSheet(TransactionFixture.dataSource());
        StringBuilder streetEdge = new StringBuilder();
        for (int i = 1; i <= LOTS; i++) {
            int x = 10 * (i - 1);
            c.parcel(String.valueOf(i), "POLYGON((%d 0, %d 0, %d 30, %d 30, %d 0))".formatted(x, x + 10, x + 10, x, x), "ODT")
                    .heldBy("Người sử dụng đất " + i);
        }
        for (int x = 10 * LOTS; x >= 0; x -= 10) {
            streetEdge.append(", ").append(x).append(" 0");
        }
        c.parcel("street", "POLYGON((0 -8, %d -8%s, 0 -8))".formatted(10 * LOTS, streetEdge), "DGT");
        return c.insert();
    }

    /** The parcels of the case's sheet now, as the published view holds them. */
    private Set<Long> sheetNow(CaseFixture.Placed c) {
        return new LinkedHashSet<>(jdbc.sql("""
                SELECT id FROM publish.parcels WHERE commune_code = :commune AND survey_unit_code = :unit AND sheet_number = :sheet ORDER BY id""")
                .param("commune", TransactionFixture.COMMUNE).param("unit", CaseFixture.SURVEY_UNIT).param("sheet", c.sheetNumber())
                .query(Long.class).list());
    }

    /** Splits lot {@code name} of the case across its middle; the two children. */
    private List<Long> split(CaseFixture.Placed c, String name) {
        int x = 10 * (Integer.parseInt(name) - 1) + 5;
        return commitSplit(new Split(c.id(name), 1, blade(c, "LINESTRING(%d -1, %d 31)".formatted(x, x))), "paging test", "officer-paging");
    }

    /**
     * Reads the first page, commits the two splits, follows the next links to the end; checks what the user got
     * against the sheet as it was when the walk began.
     */
    private void walkWhileSplitting(CaseFixture.Placed c, Page firstPage, Function<String, Page> follow) {
        Set<Long> snapshot = sheetNow(c);
        long read = c.id("2");
        long unread = c.id("5");
        assertThat(firstPage.ids()).as("lot 2 is on the first page").contains(read).doesNotContain(unread);
        assertThat(firstPage.next()).as("a full first page links to the next").isNotNull();

        List<Long> children = new ArrayList<>(split(c, "2"));
        children.addAll(split(c, "5"));

        List<Long> walked = new ArrayList<>(firstPage.ids());
        int pages = 1;
        for (String next = firstPage.next(); next != null; pages++) {
            assertThat(pages).as("the walk ends").isLessThan(20);
            Page p = follow.apply(next.substring(next.indexOf("/ogc/")));
            walked.addAll(p.ids());
            next = p.next();
        }
        assertThat(walked).as("no feature twice").doesNotHaveDuplicates();
        Set<Long> untouched = new HashSet<>(snapshot);
        untouched.removeAll(List.of(read, unread));
        assertThat(walked).as("every parcel the commits did not touch, once").containsAll(untouched);
        assertThat(walked).as("the split parcel already read was seen; the one split before its page was not").contains(read).doesNotContain(unread);
        assertThat(walked).as("the children, new ids past every other, are seen once").containsAll(children);
        assertThat(walked).hasSize(untouched.size() + 1 + children.size());
    }

    @Test
    void aWfsWalkFollowingNextReturnsEveryUntouchedParcelOnceWhileSplitsCommit() {
        CaseFixture.Placed c = rowOnAStreet();
        String filter = """
                <fes:Filter xmlns:fes="http://www.opengis.net/fes/2.0"><fes:And>
                <fes:PropertyIsEqualTo><fes:ValueReference>commune_code</fes:ValueReference><fes:Literal>%s</fes:Literal></fes:PropertyIsEqualTo>
                <fes:PropertyIsEqualTo><fes:ValueReference>survey_unit_code</fes:ValueReference><fes:Literal>%s</fes:Literal></fes:PropertyIsEqualTo>
                <fes:PropertyIsEqualTo><fes:ValueReference>sheet_number</fes:ValueReference><fes:Literal>%d</fes:Literal></fes:PropertyIsEqualTo>
                </fes:And></fes:Filter>""".formatted(TransactionFixture.COMMUNE, CaseFixture.SURVEY_UNIT, c.sheetNumber());
        Page first = wfsPage("/ogc/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&COUNT=" + PAGE + "&FILTER="
                + URLEncoder.encode(filter, StandardCharsets.UTF_8));
        walkWhileSplitting(c, first, this::wfsPage);
    }

    @Test
    void anOgcApiWalkFollowingNextReturnsEveryUntouchedParcelOnceWhileSplitsCommit() {
        CaseFixture.Placed c = rowOnAStreet();
        String cql = "commune_code = '%s' AND survey_unit_code = '%s' AND sheet_number = %d"
                .formatted(TransactionFixture.COMMUNE, CaseFixture.SURVEY_UNIT, c.sheetNumber());
        Page first = itemsPage("/ogc/features/collections/parcels/items?limit=" + PAGE + "&filter=" + URLEncoder.encode(cql, StandardCharsets.UTF_8));
        walkWhileSplitting(c, first, this::itemsPage);
    }

    @Test
    void aHandWrittenCursorThatNamesNoFeatureOrComesWithSortKeysIsRefused() {
        Response wfs = get("/ogc/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&COUNT=2&AFTER=communes.1");
        assertThat(wfs.status()).as(wfs.body()).isEqualTo(400);
        assertThat(wfs.body()).contains("exceptionCode=\"InvalidParameterValue\"", "locator=\"after\"");
        Response sorted = get("/ogc/wfs?SERVICE=WFS&VERSION=2.0.0&REQUEST=GetFeature&TYPENAMES=parcels&COUNT=2&AFTER=parcels.1&SORTBY=legal_area");
        assertThat(sorted.status()).as(sorted.body()).isEqualTo(400);
        assertThat(sorted.body()).contains("locator=\"after\"");
        Response items = get("/ogc/features/collections/parcels/items?limit=2&after=x1");
        assertThat(items.status()).as(items.body()).isEqualTo(400);
        assertThat(items.contentType()).startsWith("application/problem+json");
        assertThat(items.body()).contains("after");
    }

    /** A WFS 2.0 GML 3.2 page: the parcels' gml:ids and the collection's next attribute. */
    private Page wfsPage(String pathAndQuery) {
        Response r = get(pathAndQuery);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            Document d = f.newDocumentBuilder().parse(new InputSource(new StringReader(r.body())));
            List<Long> ids = new ArrayList<>();
            NodeList parcels = d.getElementsByTagNameNS(CADASTRE, "parcels");
            for (int i = 0; i < parcels.getLength(); i++) {
                ids.add(Long.valueOf(((Element) parcels.item(i)).getAttributeNS(GML32, "id").substring("parcels.".length())));
            }
            Element root = d.getDocumentElement();
            assertThat(root.getAttribute("numberReturned")).isEqualTo(String.valueOf(ids.size()));
            String next = root.getAttribute("next");
            return new Page(ids, next.isEmpty() ? null : next);
        } catch (Exception e) {
            throw new AssertionError("not a GML feature collection: " + e.getMessage() + "\n" + r.body(), e);
        }
    }

    /** An OGC API page: the item ids and the next link. */
    private Page itemsPage(String pathAndQuery) {
        Response r = get(pathAndQuery, "Accept", "application/geo+json");
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode page = r.json();
        List<Long> ids = new ArrayList<>();
        page.get("features").forEach(f -> ids.add(Long.valueOf(f.get("id").asString())));
        String next = null;
        for (JsonNode l : page.get("links")) {
            if (l.get("rel").asString().equals("next")) {
                next = l.get("href").asString();
            }
        }
        return new Page(ids, next);
    }
}
