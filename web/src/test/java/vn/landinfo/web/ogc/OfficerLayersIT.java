package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.wms.WebMapService;
import vn.landinfo.mapserver.wms.WmsSettings;

/**
 * The map of encumbered parcels is an officer layer (docs/decisions/0009-public-view-and-restrictions.md): the public WMS
 * does not contain it
 * under any request, while the same service built for the OFFICER audience (what access control will
 * hand an authenticated officer) lists it, draws a mortgaged parcel hatched in red, and says which kinds
 * of restriction since when — never who holds the mortgage.
 */
class OfficerLayersIT extends WmsTestSupport {

    @Autowired
    DataSource dataSource;

    /**
     * A roomy current parcel of Hoàn Kiếm with a registered mortgage, seizure or dispute: from the
     * restrictions (a few thousand rows) to their parcels, the 30 largest, then the roomiest of those.
     */
    private Parcel restrictedParcel() {
        return jdbc.sql("""
                SELECT s.id, s.parcel_number, s.main_purpose, pal.fill_color, c.radius
                FROM (SELECT pv.parcel_id FROM parcel_version pv
                      JOIN admin_unit au ON au.id = pv.commune_id AND au.code = '00070'
                      WHERE pv.end_lifespan IS NULL
                        AND pv.parcel_id IN (SELECT r.parcel_id FROM restriction r
                                             WHERE r.end_lifespan IS NULL AND r.kind IN ('mortgage', 'seizure', 'dispute'))
                      ORDER BY pv.legal_area DESC, pv.parcel_id LIMIT 30) k
                JOIN publish.parcel_shapes s ON s.id = k.parcel_id
                JOIN publish.land_use_palette pal ON pal.code = s.main_purpose
                CROSS JOIN LATERAL ST_MaximumInscribedCircle(s.geom_3857) c
                ORDER BY c.radius DESC, s.id""")
                .query((rs, n) -> new Parcel(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        new Color(Integer.parseInt(rs.getString(4).trim().substring(1), 16)), rs.getDouble(5)))
                .stream()
                // Red hatching must be told apart from the fill: not a parcel of a red land use (TMD, DGD…).
                .filter(p -> !hatchRed(p.fill()))
                .findFirst().orElseThrow(() -> new AssertionError("no restricted parcel of a non-red land use in 00070"));
    }

    /** The hatching's red, as the map shows it: strongly red, little green and blue. */
    private static boolean hatchRed(Color c) {
        return c.getRed() > 150 && c.getRed() - c.getGreen() > 70 && c.getRed() - c.getBlue() > 70;
    }

    private static String getMap(String layers, double[] bbox) {
        return "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=" + layers + "&STYLES=&CRS=EPSG:3857&BBOX=" + bbox(bbox)
                + "&WIDTH=256&HEIGHT=256&FORMAT=image/png";
    }

    private static OgcResponse ask(WebMapService service, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            params.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return service.handle(OgcParameters.ofSingle(params), "http://localhost/ogc/wms");
    }

    /** Half a map's width: about 1:3 070 over 256 px, drawn in full but before parcel numbers appear (1:2 500). */
    private static final double HALF_SPAN = 110;

    /** Half the side of a pixel window that stays inside the parcel: 70 % of its inscribed radius, 3 to 12 px. */
    private static int window(Parcel p) {
        double metresPerPixel = 2 * HALF_SPAN / SIZE;
        return (int) Math.max(3, Math.min(12, Math.floor(p.radiusM() / metresPerPixel * 0.7)));
    }

    /** Pixels of the hatching's red in the window around a point. */
    private static int redPixels(BufferedImage image, int[] px, int h) {
        int red = 0;
        for (int x = px[0] - h; x < px[0] + h; x++) {
            for (int y = px[1] - h; y < px[1] + h; y++) {
                if (hatchRed(new Color(image.getRGB(x, y)))) {
                    red++;
                }
            }
        }
        return red;
    }

    @Test
    void thePublicWmsHasNoSuchLayerUnderAnyRequest() {
        Parcel p = restrictedParcel();
        double[] b = viewAround(centre(p, 3857), false, HALF_SPAN);
        assertThat(wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").text()).doesNotContain("<Name>restrictions</Name>");
        for (String query : new String[] {
            getMap("restrictions", b),
            getMap("parcels,restrictions", b),
            getMap("parcels", b).replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&QUERY_LAYERS=restrictions&I=128&J=128&INFO_FORMAT=application/json",
            "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=restrictions&FORMAT=image/png"}) {
            Response r = wms(query);
            assertThat(r.status()).as(query).isEqualTo(400);
            assertThat(r.text()).as(query).contains("LayerNotDefined");
        }
    }

    @Test
    void anOfficersServiceDrawsTheMortgagedParcelHatchedAndNamesOnlyTheKindOfRestriction() throws Exception {
        WebMapService officers = new WebMapService(dataSource, WmsSettings.defaults(), ServiceContact.registrationOffice(), Audience.OFFICER);
        Parcel p = restrictedParcel();
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false, HALF_SPAN);
        int[] px = pixel(c, b, SIZE, SIZE);
        int h = window(p);
        int area = 4 * h * h;

        String caps = new String(ask(officers, "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").body(), StandardCharsets.UTF_8);
        assertThat(caps).contains("<Name>restrictions</Name>").contains("<Name>parcels</Name>");

        OgcResponse plain = ask(officers, getMap("parcels", b));
        OgcResponse hatched = ask(officers, getMap("parcels,restrictions", b));
        assertThat(hatched.status()).isEqualTo(200);
        BufferedImage without = ImageIO.read(new ByteArrayInputStream(plain.body()));
        BufferedImage with = ImageIO.read(new ByteArrayInputStream(hatched.body()));
        assertThat(redPixels(without, px, h)).as("no red on the plain land-use map here").isZero();
        // Diagonals every 8 px, about 1.5 px wide: roughly a fifth of the parcel's pixels.
        assertThat(redPixels(with, px, h)).as("red hatching over the restricted parcel").isGreaterThan(area / 12);
        // The hatching is open: the parcel's land-use colour still shows between the lines.
        int landUse = 0;
        for (int x = px[0] - h; x < px[0] + h; x++) {
            for (int y = px[1] - h; y < px[1] + h; y++) {
                if (with.getRGB(x, y) == (p.fill().getRGB() | 0xFF000000)) {
                    landUse++;
                }
            }
        }
        assertThat(landUse).as("land-use colour between the hatching").isGreaterThan(area / 3);

        String info = new String(ask(officers, getMap("parcels,restrictions", b).replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo")
                + "&QUERY_LAYERS=restrictions&I=" + px[0] + "&J=" + px[1] + "&INFO_FORMAT=application/json").body(), StandardCharsets.UTF_8);
        String kinds = jdbc.sql("SELECT kinds FROM publish.restricted_parcels WHERE id = :id").param("id", p.id()).query(String.class).single();
        assertThat(info).contains("\"id\":\"restrictions." + p.id() + "\"").contains("\"parcel_number\":" + p.number())
                .contains("\"restriction_kinds\":\"" + kinds + "\"").contains("\"restricted_since\":\"");
        assertThat(info).doesNotContain("mortgagee").doesNotContain("contract").doesNotContain("amount");
    }
}
