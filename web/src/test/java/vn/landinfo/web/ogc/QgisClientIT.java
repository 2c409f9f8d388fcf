package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * QGIS itself reads the map services, as a GIS technician would: headless QGIS 3.22 (Debian's
 * python3-qgis, offscreen Qt, installed by .ci/run and the launcher) opens {@code /ogc/wms} as a WMS
 * layer and {@code /tiles/parcels} as an XYZ vector tile layer, draws both, and identifies a parcel
 * through GetFeatureInfo. Missing QGIS fails the test, it does not skip.
 */
class QgisClientIT extends WmsTestSupport {

    private static final Color THIS_PURPOSE = new Color(255, 0, 255);

    @TempDir
    Path dir;

    @Test
    void qgisDrawsTheWmsAndTheVectorTilesAndIdentifiesTheParcel() throws Exception {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        int[] px = pixel(c, b, SIZE, SIZE);
        String other = "ONT".equals(p.purpose()) ? "ODT" : "ONT";

        JsonNode result = runQgis(b, c, p.purpose(), other);

        assertThat(result.get("wmsValid").asBoolean()).as("QGIS opens the WMS layer: %s", result.get("wmsError")).isTrue();
        assertThat(result.get("wmsRenderErrors")).as("WMS render errors").isEmpty();
        BufferedImage wms = ImageIO.read(dir.resolve("qgis-wms.png").toFile());
        assertThat(wms.getWidth()).isEqualTo(SIZE);
        assertColour(rgb(wms, px), p.fill(), 2, "QGIS WMS layer at " + px[0] + "," + px[1]);

        List<String> numbers = new ArrayList<>();
        result.get("identified").forEach(f -> numbers.add(f.path("parcel_number").asString()));
        assertThat(numbers).as("QGIS Identify on the WMS layer: %s", result.get("identifyError")).contains(Integer.toString(p.number()));

        assertThat(result.get("tilesValid").asBoolean()).as("QGIS opens the vector tile layer").isTrue();
        assertThat(result.get("tilesRenderErrors")).as("vector tile render errors").isEmpty();
        BufferedImage tiles = ImageIO.read(dir.resolve("qgis-tiles.png").toFile());
        // Magenta only where a decoded feature is the parcel's shape and carries its main_purpose.
        assertColour(rgb(tiles, px), THIS_PURPOSE, 2, "QGIS vector tile layer at " + px[0] + "," + px[1]);
    }

    private JsonNode runQgis(double[] bbox, double[] centre, String purpose, String other) throws Exception {
        return ExternalClients.qgis(dir, "/ogc/qgis_client.py", Duration.ofSeconds(180), List.of("http://localhost:" + port, bbox(bbox),
                Integer.toString(SIZE), Double.toString(centre[0]), Double.toString(centre[1]), purpose, other, dir.toString()));
    }
}
