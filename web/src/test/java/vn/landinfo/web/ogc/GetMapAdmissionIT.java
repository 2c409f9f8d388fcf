package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The largest GetMaps at once cannot make the server run out of heap. The packaged jar runs as the launcher
 * runs it (its JVM options: a 1 GB heap that exits on OutOfMemoryError); sixteen 4096×4096 maps of parcels,
 * communes and sheets are asked for at the same moment, which without admission would need about 1.6 GB. Each
 * answer is a map or the documented refusal (503, ServerBusy report, Retry-After), and the server is still up
 * and drawing afterwards (docs/decisions/0150-getmap-admission-by-pixels-in-flight.md).
 */
class GetMapAdmissionIT {

    private static final Path ROOT = TestDatabase.repositoryRoot();
    private static final Path JAR = ROOT.resolve("web/target/landinfo.jar");
    private static final int CONCURRENT = 16;
    private static final int SIZE = 4096;

    private static Process server;
    private static Path log;
    private static int port;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    static void startTheServerAsTheLauncherDoes() throws Exception {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
        assertThat(JAR).as("the packaged jar (mvn package runs before the integration tests)").exists();
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
        cmd.addAll(launcherJavaOptions());
        cmd.addAll(List.of("-jar", JAR.toString(), "serve"));
        log = Files.createTempFile("landinfo-admission", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LANDINFO_PORT", Integer.toString(port));
        pb.environment().put("LANDINFO_HOME", ROOT.toString());
        pb.environment().put("LANDINFO_DB_URL", TestDatabase.url());
        pb.environment().put("LANDINFO_DB_USER", TestDatabase.user());
        pb.environment().put("LANDINFO_DB_PASSWORD", TestDatabase.password());
        server = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (true) {
            assertThat(server.isAlive()).as("the server stopped while starting:\n" + tail()).isTrue();
            try {
                if (get("/actuator/health/liveness").statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            assertThat(System.nanoTime()).as("the server did not come up in 240 s:\n" + tail()).isLessThan(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopTheServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (log != null) {
            Files.deleteIfExists(log);
        }
    }

    /** The server's JVM options exactly as `./landinfo run` passes them (launcher/common.sh, SERVER_JAVA_OPTS). */
    private static List<String> launcherJavaOptions() throws IOException {
        String common = Files.readString(ROOT.resolve("launcher/common.sh"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("(?m)^SERVER_JAVA_OPTS=\"([^\"]+)\"").matcher(common);
        assertThat(m.find()).as("SERVER_JAVA_OPTS in launcher/common.sh").isTrue();
        List<String> options = Arrays.asList(m.group(1).trim().split("\\s+"));
        assertThat(options).as("the bound the test is about").contains("-Xmx1g", "-XX:+ExitOnOutOfMemoryError");
        return options;
    }

    @Test
    void sixteenOfTheLargestMapsAtOnceAreDrawnOrRefusedAsBusyAndTheServerStaysUp() throws Exception {
        // 1:20 000 over Hoàn Kiếm (4096 px of 0.28 mm): every parcel of the ward filled and outlined, with the
        // commune boundaries and map sheets over them.
        double[] c = wardCentre("00070");
        double half = SIZE * 0.00028 * 20_000 / 2;
        String getMap = "/ogc/wms?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels,communes,map_sheets&STYLES=&CRS=EPSG:3857"
                + "&BBOX=" + (c[0] - half) + "," + (c[1] - half) + "," + (c[0] + half) + "," + (c[1] + half)
                + "&WIDTH=" + SIZE + "&HEIGHT=" + SIZE + "&FORMAT=image/png";

        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            answers.add(HTTP.sendAsync(request(getMap), HttpResponse.BodyHandlers.ofByteArray()));
        }
        int drawn = 0;
        int busy = 0;
        for (CompletableFuture<HttpResponse<byte[]>> f : answers) {
            HttpResponse<byte[]> r = f.get(5, TimeUnit.MINUTES);
            String type = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() == 200) {
                assertThat(type).startsWith("image/png");
                assertThat(pngSize(r.body())).as("a whole map").containsExactly(SIZE, SIZE);
                drawn++;
            } else {
                String body = new String(r.body(), StandardCharsets.UTF_8);
                assertThat(r.statusCode()).as("the only refusal is the documented one: " + body).isEqualTo(503);
                assertThat(type).startsWith("text/xml");
                assertThat(body).contains("ServiceExceptionReport").contains("code=\"ServerBusy\"");
                assertThat(r.headers().firstValue("Retry-After")).as("Retry-After").hasValueSatisfying(v -> assertThat(Integer.parseInt(v)).isPositive());
                busy++;
            }
        }
        assertThat(drawn).as("maps drawn (%d refused as busy)", busy).isPositive();
        assertThat(server.isAlive()).as("the server is still running:\n" + tail()).isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        HttpResponse<byte[]> after = HTTP.send(request(getMap.replace("WIDTH=" + SIZE + "&HEIGHT=" + SIZE, "WIDTH=256&HEIGHT=256")),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(after.statusCode()).as("and still draws maps").isEqualTo(200);
        assertThat(pngSize(after.body())).containsExactly(256, 256);
    }

    /** The middle of the commune's parcels in EPSG:3857. */
    private static double[] wardCentre(String commune) throws SQLException {
        try (Connection db = TestDatabase.dataSource().getConnection();
             PreparedStatement ps = db.prepareStatement("""
                     SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_Centroid(ST_Extent(s.geom_3857)::geometry) AS c
                     FROM publish.parcel_shapes s JOIN publish.parcels p ON p.id = s.id WHERE p.commune_code = ?) x""")) {
            ps.setString(1, commune);
            try (ResultSet rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return new double[] {rs.getDouble(1), rs.getDouble(2)};
            }
        }
    }

    private static HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofMinutes(5)).GET().build();
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    /** Width and height from the PNG's IHDR (decoding sixteen 4096² maps would load the test's own heap). */
    private static int[] pngSize(byte[] png) {
        assertThat(png.length).isGreaterThan(24);
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(png, 16, 8);
        return new int[] {b.getInt(), b.getInt()};
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }
}
