package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.web.ogc.ExternalClients.run;
import static vn.landinfo.web.ogc.ExternalClients.tool;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.landinfo.web.ogc.ExternalClients.Run;

/**
 * Independent clients read the WMS: GDAL's WMS driver (gdal_translate, Debian gdal-bin) and OWSLib
 * (/usr/bin/python3 with Debian python3-owslib). Installed by .ci/run and the launcher; when they are
 * missing these tests fail, they do not skip.
 */
class WmsClientsIT extends WmsTestSupport {

    private static final double GDAL_HALF_SPAN_M = 500;
    private static final Duration TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    Path dir;

    /**
     * gdal_translate renders the WMS window to a PNG; the pixel at the parcel's centre has its colour.
     * GDAL fetches 1024-pixel blocks, so the output is 1024 wide (no resampling) and the window ±500 m,
     * about 1:3 500: filled parcels without labels, which would cover the centre.
     */
    private void gdalShowsTheParcel(Parcel p, String crs, double[] centre, double[] xBbox, String urlBbox) throws Exception {
        Path out = dir.resolve("gdal-" + crs.replace(':', '-') + ".png");
        String connection = "WMS:" + serviceUrl() + "?SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels&STYLES=&CRS=" + crs
                + "&BBOX=" + urlBbox + "&FORMAT=image/png";
        Run r = run(dir, TIMEOUT, List.of(tool("gdal_translate", "gdal-bin"), "-q", "-of", "PNG", "-outsize", "1024", "1024", connection, out.toString()));
        assertThat(r.exit()).as("gdal_translate: " + r.output()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(1024);
        int[] px = pixel(centre, xBbox, 1024, 1024);
        assertColour(rgb(image, px), p.fill(), 0, "GDAL " + crs + " at " + px[0] + "," + px[1]);
    }

    @Test
    void gdalWmsDriverDrawsTheParcelInWebMercatorWgs84AndTm3() throws Exception {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false, GDAL_HALF_SPAN_M);
        gdalShowsTheParcel(p, "EPSG:3857", c, b, bbox(b));

        double[] g = centre(p, 4326);
        // Square in degrees, so GDAL's dataset is square too and its 1024-pixel block needs no resampling.
        double d = GDAL_HALF_SPAN_M / 111_320.0;
        double[] gb = {g[0] - d, g[1] - d, g[0] + d, g[1] + d};
        // GDAL knows EPSG:4326 is latitude-first in WMS 1.3.0 and reads the BBOX that way too.
        gdalShowsTheParcel(p, "EPSG:4326", g, gb, bbox(gb[1], gb[0], gb[3], gb[2]));

        Parcel rural = roomyParcel("03325");
        double[] t = centre(rural, 9205);
        double[] tb = viewAround(t, false, GDAL_HALF_SPAN_M);
        gdalShowsTheParcel(rural, "EPSG:9205", t, tb, bbox(tb));
    }

    @Test
    void owslibReadsCapabilitiesFetchesTheMapAndAsksWhatIsThere() throws Exception {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        int[] px = pixel(c, b, 256, 256);
        Path png = dir.resolve("owslib.png");
        JsonNode result = ExternalClients.python(dir, "/ogc/owslib_client.py", "python3-owslib", TIMEOUT, java.util.Map.of(),
                List.of(serviceUrl(), "1.3.0", "EPSG:3857", bbox(b), "256", "256", Integer.toString(px[0]), Integer.toString(px[1]), png.toString()));
        assertThat(result.get("version").asString()).isEqualTo("1.3.0");
        List<String> layers = new ArrayList<>();
        result.get("layers").forEach(n -> layers.add(n.asString()));
        assertThat(layers).containsExactlyInAnyOrder("parcels", "map_sheets", "communes", "provinces");
        assertThat(result.get("parcelTitle").asString()).startsWith("Thửa đất");
        assertThat(result.get("parcelCrs").toString()).contains("EPSG:9210").contains("EPSG:4326").contains("CRS:84");
        assertThat(result.get("operations").toString()).contains("GetMap").contains("GetFeatureInfo");

        BufferedImage image = ImageIO.read(png.toFile());
        assertColour(rgb(image, px), p.fill(), 0, "OWSLib GetMap at " + px[0] + "," + px[1]);
        JsonNode info = result.get("featureInfo");
        assertThat(info.get("features").get(0).get("id").asString()).isEqualTo("parcels." + p.id());
    }
}
