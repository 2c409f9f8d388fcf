package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GDAL's ogrinfo (gdal-bin) on a file an export or a service wrote, read as a person reads it: the layer summary
 * ({@code -so}: geometry type, feature count, extent, SRS) and the fields of the features a {@code -where} selects.
 */
public final class OgrInfo {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    /** What {@code ogrinfo -ro -al -so} says of a file's one layer. */
    public record Summary(String geometry, long features, double[] extent, String output) {
    }

    private OgrInfo() {
    }

    public static Summary summary(Path file) throws Exception {
        ExternalClients.Run r = ogrinfo(file.getParent(), List.of("-ro", "-al", "-so", file.toString()));
        Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(r.output());
        Matcher extent = Pattern.compile("Extent: \\(([-\\d.e+]+), ([-\\d.e+]+)\\) - \\(([-\\d.e+]+), ([-\\d.e+]+)\\)").matcher(r.output());
        Matcher geometry = Pattern.compile("Geometry: (.+)").matcher(r.output());
        assertThat(count.find() && extent.find() && geometry.find()).as("ogrinfo summary of %s: %s", file, r.output()).isTrue();
        return new Summary(geometry.group(1).trim(), Long.parseLong(count.group(1)),
                new double[] {Double.parseDouble(extent.group(1)), Double.parseDouble(extent.group(2)),
                    Double.parseDouble(extent.group(3)), Double.parseDouble(extent.group(4))}, r.output());
    }

    /** The fields ({@code name → value as printed}) of each feature the OGR SQL where clause selects. */
    public static List<Map<String, String>> features(Path file, String where) throws Exception {
        ExternalClients.Run r = ogrinfo(file.getParent(), List.of("-ro", "-al", "-q", "-geom=NO", "-where", where, file.toString()));
        List<Map<String, String>> features = new ArrayList<>();
        Pattern field = Pattern.compile("^\\s+(\\w+) \\([\\w()\\d.,]+\\) = (.*)$");
        Map<String, String> current = null;
        for (String line : r.output().lines().toList()) {
            if (line.startsWith("OGRFeature")) {
                current = new LinkedHashMap<>();
                features.add(current);
            } else if (current != null) {
                Matcher m = field.matcher(line);
                if (m.matches()) {
                    current.put(m.group(1), m.group(2));
                }
            }
        }
        return features;
    }

    private static ExternalClients.Run ogrinfo(Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ExternalClients.tool("ogrinfo", "gdal-bin")));
        command.addAll(args);
        ExternalClients.Run r = ExternalClients.run(dir, TIMEOUT, Map.of("CPL_DEBUG", "OFF"), command);
        assertThat(r.exit()).as("ogrinfo %s: %s", args, r.output()).isZero();
        return r;
    }
}
