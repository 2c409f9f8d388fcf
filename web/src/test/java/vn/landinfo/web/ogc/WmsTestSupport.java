package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.imageio.ImageIO;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * The running application over real HTTP on the real test database with the CI demo cadastre (Hoàn
 * Kiếm in TM-3 105°00′ = EPSG:5897, Mường Phăng in TM-3 103°00′ = EPSG:9205). Test parcels are chosen
 * from the database, never hard-coded, with their fill colour from the published palette.
 */
abstract class WmsTestSupport extends DemoCadastreApplication {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** A map this wide in metres over 256 px is about 1:4 200: parcels filled, outlined, not yet labelled. */
    static final double HALF_SPAN_M = 150;
    static final int SIZE = 256;

    record Response(int status, String contentType, byte[] body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        BufferedImage image() {
            try {
                BufferedImage image = ImageIO.read(new ByteArrayInputStream(body));
                assertThat(image).as("an image, got %s: %s", contentType, text().substring(0, Math.min(300, body.length))).isNotNull();
                return image;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Response wms(String query) {
        try {
            HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl() + "?" + query)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    String serviceUrl() {
        return "http://localhost:" + port + "/ogc/wms";
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * A parcel of the commune with plenty of room inside: the centre of its largest inscribed circle
     * (in metres of Web Mercator, so the room is comparable between CRSs) among its largest parcels.
     */
    record Parcel(long id, int number, String purpose, Color fill, double radiusM) {
    }

    Parcel roomyParcel(String communeCode) {
        return jdbc.sql("""
                SELECT s.id, s.parcel_number, s.main_purpose, pal.fill_color, c.radius
                FROM (SELECT s.* FROM publish.parcel_shapes s JOIN publish.parcels p ON p.id = s.id
                      WHERE p.commune_code = :commune AND s.main_purpose IS NOT NULL
                      ORDER BY s.legal_area DESC LIMIT 30) s
                JOIN publish.land_use_palette pal ON pal.code = s.main_purpose
                CROSS JOIN LATERAL ST_MaximumInscribedCircle(s.geom_3857) c
                ORDER BY c.radius DESC, s.id LIMIT 1""")
                .param("commune", communeCode)
                .query((rs, n) -> new Parcel(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        new Color(Integer.parseInt(rs.getString(4).trim().substring(1), 16)), rs.getDouble(5)))
                .single();
    }

    /** The parcel's inscribed-circle centre in a CRS, x = easting/longitude. */
    double[] centre(Parcel p, int srid) {
        return jdbc.sql("SELECT ST_X(t), ST_Y(t) FROM (SELECT ST_Transform(ST_SetSRID((ST_MaximumInscribedCircle(geom_3857)).center, 3857), :srid) t "
                        + "FROM publish.parcel_shapes WHERE id = :id) x")
                .param("srid", srid).param("id", p.id())
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
    }

    /** A square view of ±HALF_SPAN_M around a point, in the CRS's units (x order). */
    static double[] viewAround(double[] c, boolean geographic) {
        return viewAround(c, geographic, HALF_SPAN_M);
    }

    static double[] viewAround(double[] c, boolean geographic, double halfSpanM) {
        double dx = halfSpanM, dy = halfSpanM;
        if (geographic) {
            dy = halfSpanM / 111_320.0;
            dx = halfSpanM / (111_320.0 * Math.cos(Math.toRadians(c[1])));
        }
        return new double[] {c[0] - dx, c[1] - dy, c[0] + dx, c[1] + dy};
    }

    /** Pixel (column, row) of a point in an x-ordered bbox. */
    static int[] pixel(double[] point, double[] bbox, int width, int height) {
        return new int[] {
            (int) Math.floor((point[0] - bbox[0]) / (bbox[2] - bbox[0]) * width),
            (int) Math.floor((bbox[3] - point[1]) / (bbox[3] - bbox[1]) * height)};
    }

    static String bbox(double... v) {
        StringBuilder b = new StringBuilder();
        for (double d : v) {
            b.append(b.length() == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.9f", d));
        }
        return b.toString();
    }

    /** Every ARGB value the image holds. */
    static java.util.Set<Integer> distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.TreeSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }

    static Color rgb(BufferedImage image, int[] px) {
        return new Color(image.getRGB(px[0], px[1]), true);
    }

    static void assertColour(Color actual, Color expected, int tolerance, String what) {
        assertThat(Math.abs(actual.getRed() - expected.getRed())).as("%s: red of %s vs %s", what, actual, expected).isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.getGreen() - expected.getGreen())).as("%s: green of %s vs %s", what, actual, expected).isLessThanOrEqualTo(tolerance);
        assertThat(Math.abs(actual.getBlue() - expected.getBlue())).as("%s: blue of %s vs %s", what, actual, expected).isLessThanOrEqualTo(tolerance);
    }
}
