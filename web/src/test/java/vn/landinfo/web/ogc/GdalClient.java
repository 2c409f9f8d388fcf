package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GDAL's command-line tools (Debian's gdal-bin) as an independent client of the WFS and OGC API: a run, the
 * feature count ogrinfo reports, and — with GDAL's debug output on — the URLs it fetched, so a test can tell a
 * filter GDAL sent to the server from one it evaluated itself.
 */
final class GdalClient {

    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    /** cpl_http's debug line for every request: {@code HTTP: Fetch(url)}. */
    private static final Pattern FETCH = Pattern.compile("HTTP: Fetch\\((\\S+)\\)");

    private GdalClient() {
    }

    /** Runs a GDAL tool; {@code debug} turns CPL_DEBUG on so the fetched URLs are in the output. */
    static ExternalClients.Run run(Path dir, boolean debug, String tool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ExternalClients.tool(tool, "gdal-bin")));
        command.addAll(List.of(args));
        ExternalClients.Run r = ExternalClients.run(dir, TIMEOUT, Map.of("GDAL_HTTP_TIMEOUT", "60", "CPL_DEBUG", debug ? "ON" : "OFF"), command);
        assertThat(r.exit()).as("%s: %s", String.join(" ", command), r.output()).isZero();
        return r;
    }

    /** ogrinfo's "Feature Count: n". */
    static long featureCount(ExternalClients.Run r) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(r.output());
        assertThat(m.find()).as("ogrinfo: %s", r.output()).isTrue();
        return Long.parseLong(m.group(1));
    }

    /** The URLs GDAL fetched (a debug run), percent-decoded so a filter reads as XML or CQL2. */
    static List<String> fetched(ExternalClients.Run r) {
        List<String> urls = new ArrayList<>();
        Matcher m = FETCH.matcher(r.output());
        while (m.find()) {
            urls.add(URLDecoder.decode(m.group(1), StandardCharsets.UTF_8));
        }
        assertThat(urls).as("GDAL's debug output names the URLs it fetched: %s", r.output()).isNotEmpty();
        return urls;
    }
}
