package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import org.junit.jupiter.api.Test;

/**
 * GetMap draws each parcel in its land-use colour exactly where it is, whatever the CRS and axis
 * order: the pixel at a parcel's inscribed-circle centre has the palette colour of its main purpose.
 */
class WmsGetMapIT extends WmsTestSupport {

    private Response map(String version, String crsParam, String crs, String bbox, String format, String extra) {
        return map("parcels", version, crsParam, crs, bbox, format, extra);
    }

    private Response map(String layers, String version, String crsParam, String crs, String bbox, String format, String extra) {
        return wms("SERVICE=WMS&VERSION=" + version + "&REQUEST=GetMap&LAYERS=" + layers + "&STYLES=&" + crsParam + "=" + crs
                + "&BBOX=" + bbox + "&WIDTH=" + SIZE + "&HEIGHT=" + SIZE + "&FORMAT=" + enc(format) + extra);
    }

    private void assertParcelColourAt(Response r, Parcel p, double[] point, double[] xOrderedBbox, int tolerance, String what) {
        assertThat(r.status()).as(what + ": " + r.contentType()).isEqualTo(200);
        BufferedImage image = r.image();
        assertThat(image.getWidth()).isEqualTo(SIZE);
        int[] px = pixel(point, xOrderedBbox, SIZE, SIZE);
        assertColour(rgb(image, px), p.fill(), tolerance, what + " at pixel " + px[0] + "," + px[1] + " (parcel " + p.id() + " " + p.purpose() + ")");
    }

    @Test
    void webMercatorMapShowsTheParcelInItsLandUseColour() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        Response r = map("1.3.0", "CRS", "EPSG:3857", bbox(b), "image/png", "");
        assertThat(r.contentType()).startsWith("image/png");
        assertParcelColourAt(r, p, c, b, 0, "EPSG:3857");
        assertThat(rgb(r.image(), pixel(c, b, SIZE, SIZE)).getAlpha()).isEqualTo(255);
        // Readable from pages on other sites, and reusable for a minute.
        assertThat(r.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(r.header("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void wgs84InWms130IsLatitudeFirstAndInWms111AndCrs84LongitudeFirst() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 4326);
        double[] b = viewAround(c, true);
        String latFirst = bbox(b[1], b[0], b[3], b[2]);
        assertParcelColourAt(map("1.3.0", "CRS", "EPSG:4326", latFirst, "image/png", ""), p, c, b, 0, "1.3.0 EPSG:4326 lat,lon");
        assertParcelColourAt(map("1.3.0", "CRS", "CRS:84", bbox(b), "image/png", ""), p, c, b, 0, "1.3.0 CRS:84 lon,lat");
        assertParcelColourAt(map("1.1.1", "SRS", "EPSG:4326", bbox(b), "image/png", ""), p, c, b, 0, "1.1.1 EPSG:4326 lon,lat");
        // Longitude-first in 1.3.0 puts latitudes of 105° in the box, beyond the pole: the OGC conformance
        // tests want an empty map there, not an exception; the parcel is never drawn somewhere else.
        Response wrongOrder = map("1.3.0", "CRS", "EPSG:4326", bbox(b), "image/png", "");
        assertThat(wrongOrder.status()).isEqualTo(200);
        assertThat(distinctColours(wrongOrder.image())).as("a map of nothing but the background").containsExactly(Color.WHITE.getRGB());
    }

    @Test
    void aBoxWhollyBeyondTheCrssValidAreaDrawsAnEmptyMapNotAnException() {
        String[][] boxes = {
            {"1.3.0", "CRS", "EPSG:4326", "95,-200,100,-185"},     // latitudes past the pole (latitude first)
            {"1.3.0", "CRS", "CRS:84", "-400,-100,-300,-95"},
            {"1.1.1", "SRS", "EPSG:4326", "200,95,210,100"},
            {"1.3.0", "CRS", "EPSG:3857", "30000000,30000000,31000000,31000000"},
            {"1.3.0", "CRS", "EPSG:4756", "91,181,95,190"},
        };
        for (String[] b : boxes) {
            Response r = map("parcels,communes,provinces", b[0], b[1], b[2], b[3], "image/png", "&TRANSPARENT=TRUE");
            String what = String.join(" ", b);
            assertThat(r.status()).as(what + " → " + r.text().substring(0, Math.min(200, r.body().length))).isEqualTo(200);
            assertThat(r.contentType()).as(what).startsWith("image/png");
            BufferedImage image = r.image();
            assertThat(image.getWidth()).isEqualTo(SIZE);
            assertThat(distinctColours(image)).as(what + ": fully transparent").allMatch(argb -> (argb >>> 24) == 0);
        }
    }

    @Test
    void aBoxReachingPastThePoleStillDrawsWhatLiesInside() {
        // VN-2000 geographic, latitude first: from 100° S to 100° N over Vietnam's longitudes. The part past
        // the poles cannot be reprojected; the provinces inside the valid part are drawn all the same.
        Response r = map("provinces", "1.3.0", "CRS", "EPSG:4756", "-100,100,100,112", "image/png", "");
        assertThat(r.status()).as(r.text().substring(0, Math.min(200, r.body().length))).isEqualTo(200);
        assertThat(distinctColours(r.image())).as("province boundaries over the white background").hasSizeGreaterThan(1);
    }

    @Test
    void vn2000Tm3MapsOfHanoiAndDienBienShowTheirParcels() {
        Parcel hanoi = roomyParcel("00070");
        double[] c = centre(hanoi, 5897);
        double[] b = viewAround(c, false);
        assertParcelColourAt(map("1.3.0", "CRS", "EPSG:5897", bbox(b), "image/png", ""), hanoi, c, b, 0, "EPSG:5897 (TM-3 105°00′)");

        Parcel muongPhang = roomyParcel("03325");
        double[] c2 = centre(muongPhang, 9205);
        double[] b2 = viewAround(c2, false);
        assertParcelColourAt(map("1.3.0", "CRS", "EPSG:9205", bbox(b2), "image/png", ""), muongPhang, c2, b2, 0, "EPSG:9205 (TM-3 103°00′)");
        // The same parcel through VN-2000 geographic (latitude first in 1.3.0).
        double[] g = centre(muongPhang, 4756);
        double[] gb = viewAround(g, true);
        assertParcelColourAt(map("1.3.0", "CRS", "EPSG:4756", bbox(gb[1], gb[0], gb[3], gb[2]), "image/png", ""), muongPhang, g, gb, 0, "EPSG:4756");
    }

    @Test
    void eightBitPngHasAPaletteAndJpegIsClose() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        Response png8 = map("1.3.0", "CRS", "EPSG:3857", bbox(b), "image/png; mode=8bit", "");
        assertParcelColourAt(png8, p, c, b, 0, "8-bit PNG");
        assertThat(png8.image().getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(((IndexColorModel) png8.image().getColorModel()).getMapSize()).isLessThanOrEqualTo(256);

        Response jpeg = map("1.3.0", "CRS", "EPSG:3857", bbox(b), "image/jpeg", "");
        assertThat(jpeg.contentType()).startsWith("image/jpeg");
        assertParcelColourAt(jpeg, p, c, b, 12, "JPEG");
    }

    @Test
    void transparentAndBackgroundColourApplyWhereThereIsNoData() {
        // The East Sea, far from any parcel.
        String sea = "12400000,1500000,12400500,1500500";
        BufferedImage transparent = map("1.3.0", "CRS", "EPSG:3857", sea, "image/png", "&TRANSPARENT=TRUE").image();
        assertThat(new Color(transparent.getRGB(10, 10), true).getAlpha()).isZero();
        BufferedImage coloured = map("1.3.0", "CRS", "EPSG:3857", sea, "image/png", "&TRANSPARENT=FALSE&BGCOLOR=0x123456").image();
        assertThat(new Color(coloured.getRGB(10, 10), true)).isEqualTo(new Color(0x12, 0x34, 0x56, 255));
    }

    @Test
    void severalLayersWithStylesDrawBoundariesAndSheetsOverTheParcels() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        Response r = wms("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels,map_sheets,communes,provinces"
                + "&STYLES=outline,sheet-frame,boundary,boundary&CRS=EPSG:3857&BBOX=" + bbox(b) + "&WIDTH=256&HEIGHT=256&FORMAT=image/png&TRANSPARENT=TRUE");
        assertThat(r.status()).isEqualTo(200);
        BufferedImage image = r.image();
        // The outline style does not fill: the parcel's interior stays transparent, its edges are drawn.
        assertThat(rgb(image, pixel(c, b, SIZE, SIZE)).getAlpha()).isZero();
        int opaque = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                opaque += (image.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        assertThat(opaque).as("outline pixels").isBetween(500, SIZE * SIZE / 2);
    }

    @Test
    void largeScaleMapsCarryParcelNumbersAndSmallScaleMapsNoParcels() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        // 1:1 000 around the parcel: its number (over its area) is written inside it. Inside its
        // inscribed circle there is no outline, so near-black pixels there are the label's.
        double[] near = {c[0] - 36, c[1] - 36, c[0] + 36, c[1] + 36};
        BufferedImage labelled = map("1.3.0", "CRS", "EPSG:3857", bbox(near), "image/png", "").image();
        double radiusPx = p.radiusM() * SIZE / 72.0;
        assertThat(radiusPx).as("the parcel is roomy enough for a label").isGreaterThan(12);
        int text = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                Color px = new Color(labelled.getRGB(x, y));
                boolean inside = Math.hypot(x + 0.5 - SIZE / 2.0, y + 0.5 - SIZE / 2.0) < radiusPx * 0.9;
                text += inside && px.getRed() + px.getGreen() + px.getBlue() < 200 ? 1 : 0;
            }
        }
        assertThat(text).as("label pixels inside parcel " + p.number()).isGreaterThan(5);

        // 1:500 000 over Hà Nội: boundaries only, no parcel anywhere (everything not white is a boundary).
        double[] wide = {c[0] - 18_000, c[1] - 18_000, c[0] + 18_000, c[1] + 18_000};
        BufferedImage province = wms("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels,communes,provinces&STYLES=&CRS=EPSG:3857&BBOX="
                + bbox(wide) + "&WIDTH=256&HEIGHT=256&FORMAT=image/png").image();
        int parcelColoured = 0, drawn = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int rgb = province.getRGB(x, y) & 0xFFFFFF;
                parcelColoured += rgb == (p.fill().getRGB() & 0xFFFFFF) ? 1 : 0;
                drawn += rgb != 0xFFFFFF ? 1 : 0;
            }
        }
        assertThat(parcelColoured).isZero();
        assertThat(drawn).as("commune boundaries").isGreaterThan(100);
    }

    @Test
    void legendGraphicShowsTheNationalPalette() {
        Response r = wms("SERVICE=WMS&VERSION=1.3.0&REQUEST=GetLegendGraphic&LAYER=parcels&STYLE=land-use&FORMAT=image/png");
        assertThat(r.status()).isEqualTo(200);
        BufferedImage legend = r.image();
        long codes = jdbc.sql("SELECT count(*) FROM publish.land_use_palette").query(Long.class).single();
        assertThat(legend.getHeight()).isGreaterThan((int) codes * 14);
        // The first row is the first agricultural code in code order, CLN (cây lâu năm, #FFD2A0).
        Color swatch = new Color(legend.getRGB(10, 4 + 8));
        Color cln = new Color(Integer.parseInt(jdbc.sql("SELECT substr(fill_color, 2) FROM publish.land_use_palette WHERE code = 'CLN'")
                .query(String.class).single(), 16));
        assertThat(swatch).isEqualTo(cln);
        assertThat(wms("SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=communes&FORMAT=image/png").image().getWidth()).isGreaterThan(40);
    }
}
