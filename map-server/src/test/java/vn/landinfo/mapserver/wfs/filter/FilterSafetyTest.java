package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static vn.landinfo.mapserver.wfs.filter.Filters.refusal;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Hostile and runaway filters: external entities, entity expansion, XInclude, nesting, size and counts. Each is
 * refused with an exception report before it reads a file, opens a connection or costs memory.
 */
class FilterSafetyTest {

    private static final String FES_OPEN = "<fes:Filter xmlns:fes=\"" + Filters.FES + "\" xmlns:gml=\"" + Filters.GML32 + "\">";
    private static final String IS_NULL = "<fes:PropertyIsNull><fes:ValueReference>address</fes:ValueReference></fes:PropertyIsNull>";

    private static Filter kvp(String text) {
        return Filters.read(text, FilterVersion.FES_2_0, null);
    }

    private static String equalTo(String literal) {
        return FES_OPEN + "<fes:PropertyIsEqualTo><fes:ValueReference>address</fes:ValueReference><fes:Literal>" + literal
                + "</fes:Literal></fes:PropertyIsEqualTo></fes:Filter>";
    }

    @Test
    void anExternalEntityReadingEtcPasswdIsRefusedAndNothingOfItIsShown() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE fes:Filter [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + equalTo("&xxe;");

        OgcException e = refusal(() -> kvp(xxe));

        assertThat(e.code()).isEqualTo("OperationParsingFailed");
        assertThat(e.getMessage()).contains("DOCTYPE").doesNotContain("root:");
        // The thread's parser is reused: a refused document leaves nothing behind for the next request.
        assertThat(kvp(equalTo("ok"))).isEqualTo(new Filter.Comparison(ComparisonOp.EQUAL, "address", "ok", true));
    }

    @Test
    void anExternalEntityIsNeverOpened(@TempDir Path dir) throws Exception {
        // A named pipe: whoever opens it for reading releases the writer waiting on it, so an open cannot go unseen.
        Path pipe = dir.resolve("secret");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();
        AtomicBoolean opened = new AtomicBoolean();
        Thread writer = new Thread(() -> {
            try (FileOutputStream out = new FileOutputStream(pipe.toFile())) {
                opened.set(true);
                out.write("landinfo-secret".getBytes());
            } catch (IOException ignored) {
                // The test's own reader below closes it.
            }
        });
        writer.start();
        String xxe = "<!DOCTYPE fes:Filter [<!ENTITY xxe SYSTEM \"" + pipe.toUri() + "\">]>" + equalTo("&xxe;");

        OgcException e = refusal(() -> kvp(xxe));
        Thread.sleep(200);
        boolean openedByTheParser = opened.get();
        try (FileInputStream release = new FileInputStream(pipe.toFile())) {
            byte[] buffer = new byte[64];
            while (release.read(buffer) >= 0) {
                // Drain what the writer sends until it closes.
            }
        }
        writer.join(5_000);

        assertThat(openedByTheParser).as("the parser opened the entity's file").isFalse();
        assertThat(e.getMessage()).doesNotContain("landinfo-secret");
    }

    @Test
    void externalAndParameterEntitiesOverTheNetworkAreNeverFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String url = "http://127.0.0.1:" + server.getLocalPort() + "/evil";
            String general = "<!DOCTYPE fes:Filter [<!ENTITY xxe SYSTEM \"" + url + "\">]>" + equalTo("&xxe;");
            String parameter = "<!DOCTYPE fes:Filter [<!ENTITY % p SYSTEM \"" + url + ".dtd\"> %p;]>" + equalTo("x");
            String external = "<!DOCTYPE fes:Filter SYSTEM \"" + url + ".dtd\">" + equalTo("x");

            refusal(() -> kvp(general));
            refusal(() -> kvp(parameter));
            refusal(() -> kvp(external));

            AtomicInteger connections = new AtomicInteger();
            try {
                server.accept().close();
                connections.incrementAndGet();
            } catch (SocketTimeoutException none) {
                // Nobody called.
            }
            assertThat(connections).hasValue(0);
        }
    }

    @Test
    void billionLaughsFailsFast() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE fes:Filter [<!ENTITY lol \"lol\">");
        dtd.append("<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">");
        for (int i = 2; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"");
            dtd.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String bomb = dtd.append("]>").append(equalTo("&lol9;")).toString();

        OgcException e = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> refusal(() -> kvp(bomb)));

        assertThat(e.getMessage()).contains("DOCTYPE");
    }

    @Test
    void xincludeIsNotFollowed() {
        String include = equalTo("<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>");

        OgcException e = refusal(() -> kvp(include));

        assertThat(e.getMessage()).contains("must be text").doesNotContain("root:");
    }

    @Test
    void logicalOperatorsNestAtMostThirtyTwoDeep() {
        Filter deepest = kvp(FES_OPEN + "<fes:Not>".repeat(32) + IS_NULL + "</fes:Not>".repeat(32) + "</fes:Filter>");
        OgcException tooDeep = refusal(() -> kvp(FES_OPEN + "<fes:Not>".repeat(33) + IS_NULL + "</fes:Not>".repeat(33) + "</fes:Filter>"));

        Filter f = deepest;
        for (int i = 0; i < 32; i++) {
            f = ((Filter.Not) f).operand();
        }
        assertThat(f).isEqualTo(new Filter.IsNull("address"));
        assertThat(tooDeep.getMessage()).contains("fes:Not").contains("nested more than 32 levels");
    }

    @Test
    void aDocumentNestedDeeperThanTheParserAllowsIsRefusedWhileParsing() {
        String deep = FES_OPEN + "<fes:And>".repeat(500) + "</fes:And>".repeat(500) + "</fes:Filter>";

        OgcException e = refusal(() -> kvp(deep));

        assertThat(e.getMessage()).contains("maxElementDepth");
    }

    @Test
    void aFilterLongerThanTheBoundIsRefusedBeforeParsing() {
        String huge = equalTo("x".repeat(FilterText.MAX_CHARS));

        OgcException e = refusal(() -> kvp(huge));

        assertThat(e.getMessage()).contains("longer than " + FilterText.MAX_CHARS + " characters");
    }

    @Test
    void tenThousandIdsAreReadAndOneMoreIsRefused() {
        String ids = "<fes:ResourceId rid=\"parcels.1\"/>".repeat(Reading.MAX_IDS);

        Filter f = kvp(FES_OPEN + ids + "</fes:Filter>");
        OgcException e = refusal(() -> kvp(FES_OPEN + ids + "<fes:ResourceId rid=\"parcels.2\"/></fes:Filter>"));

        assertThat(((Filter.ResourceIds) f).ids()).hasSize(Reading.MAX_IDS);
        assertThat(e.getMessage()).contains("more than 10000 feature ids");
    }

    @Test
    void tooManyPredicatesAreRefused() {
        Filter many = kvp(FES_OPEN + "<fes:Or>" + IS_NULL.repeat(5_000) + "</fes:Or></fes:Filter>");
        OgcException e = refusal(() -> kvp(FES_OPEN + "<fes:Or>" + IS_NULL.repeat(Reading.MAX_PREDICATES) + "</fes:Or></fes:Filter>"));

        assertThat(((Filter.Or) many).operands()).hasSize(5_000);
        assertThat(e.getMessage()).contains("more than " + Reading.MAX_PREDICATES + " predicates");
    }

    @Test
    void aKvpFilterWithUndeclaredPrefixesIsReadWithTheUsualNamespaces() {
        // As typed into a URL (GeoServer's documentation does so): ogc and gml prefixes never declared.
        String typed = "<ogc:Filter><ogc:BBOX><ogc:PropertyName>geometry</ogc:PropertyName><gml:Envelope srsDimension=\"2\" "
                + "srsName=\"urn:x-ogc:def:crs:EPSG:4326\"><gml:lowerCorner>21.0 105.8</gml:lowerCorner>"
                + "<gml:upperCorner>21.1 105.9</gml:upperCorner></gml:Envelope></ogc:BBOX></ogc:Filter>";

        Filter f = Filters.read(typed, FilterVersion.FILTER_1_1, null);

        assertThat(((Filter.Spatial) f).geometry().axesSwapped()).isTrue();
    }

    @Test
    void aKvpFilterWithoutAnyNamespaceIsRead() {
        String bare = "<Filter><PropertyIsLike wildCard='*' singleChar='.' escape='!'><PropertyName>address</PropertyName>"
                + "<Literal>*lo*</Literal></PropertyIsLike></Filter>";

        assertThat(Filters.read(bare, FilterVersion.FILTER_1_1, null)).isEqualTo(new Filter.Like("address", "*lo*", '*', '.', '!', true));
    }

    @Test
    void aFilterListGivesOneFilterPerTypeName() {
        String list = "(" + equalTo("a)(b") + ")(" + FES_OPEN + IS_NULL + "</fes:Filter>)";

        List<Filter> filters = FilterXmlReader.parseFilterParameterList(list, FilterVersion.FES_2_0).stream()
                .map(e -> Filters.READER.read(e, FilterVersion.FES_2_0, null)).toList();

        assertThat(filters).hasSize(2);
        assertThat(((Filter.Comparison) filters.get(0)).literal()).isEqualTo("a)(b");
        assertThat(filters.get(1)).isEqualTo(new Filter.IsNull("address"));
        assertThat(FilterXmlReader.parseFilterParameterList(equalTo("x"), FilterVersion.FES_2_0)).hasSize(1);
    }

    @Test
    void textThatIsNotXmlOrNotAFilterIsRefused() {
        OgcException broken = refusal(() -> kvp(FES_OPEN + IS_NULL));
        OgcException notFilter = refusal(() -> kvp("<fes:And xmlns:fes=\"" + Filters.FES + "\">" + IS_NULL + IS_NULL + "</fes:And>"));
        OgcException blank = refusal(() -> kvp("  "));

        assertThat(broken.getMessage()).contains("not well-formed XML");
        assertThat(notFilter.getMessage()).contains("a Filter element expected, got fes:And");
        assertThat(blank.getMessage()).contains("the filter is empty");
    }
}
