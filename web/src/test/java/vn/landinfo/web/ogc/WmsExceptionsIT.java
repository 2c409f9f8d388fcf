package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/**
 * Bad input gets the OGC exception the standard names, with status 400 in both versions and a message in
 * Vietnamese and then English, and never a 500; INIMAGE and BLANK answer with an image.
 */
class WmsExceptionsIT extends WmsTestSupport {

    private static final String MAP = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels&STYLES=&CRS=EPSG:3857"
            + "&BBOX=11783000,2395600,11783430,2396030&WIDTH=256&HEIGHT=256&FORMAT=image/png";

    private void assertException(String query, String code, String locator) {
        Response r = wms(query);
        assertThat(r.status()).as(query + " → " + r.text()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("text/xml");
        assertThat(r.text()).contains("xmlns=\"http://www.opengis.net/ogc\"").contains("code=\"" + code + "\"");
        if (locator != null) {
            assertThat(r.text()).contains("locator=\"" + locator + "\"");
        }
        assertVietnameseThenEnglish(r.text());
        CapabilitiesSchemas.validateException130(r.text());
    }

    /** The report's message: Vietnamese (with its diacritics), then " / ", then English. */
    private static void assertVietnameseThenEnglish(String report) {
        String message = report.replaceAll("(?s).*<ServiceException[^>]*>([^<]*)</ServiceException>.*", "$1");
        assertThat(message).as(report).contains(" / ");
        String vietnamese = message.substring(0, message.indexOf(" / "));
        assertThat(vietnamese.chars().anyMatch(c -> c > 127)).as("Vietnamese first: %s", message).isTrue();
    }

    @Test
    void theMessageNamesWhatIsWrongInVietnameseFirstThenEnglish() {
        assertThat(wms(MAP.replace("LAYERS=parcels", "LAYERS=owners")).text())
                .contains(">Không có lớp nào tên &apos;owners&apos;; các lớp: parcels, ")
                .contains(" / no layer named &apos;owners&apos;; layers: parcels, ");
        assertThat(wms(MAP.replace("WIDTH=256", "WIDTH=100000")).text())
                .contains(">WIDTH phải từ 1 đến ").contains(" / WIDTH must lie between 1 and ");
        assertThat(wms(MAP.replace("REQUEST=GetMap", "REQUEST=DescribeLayer")).text())
                .contains(">Không cung cấp REQUEST DescribeLayer; hãy dùng GetCapabilities, GetMap, GetFeatureInfo hoặc GetLegendGraphic / "
                        + "REQUEST DescribeLayer is not offered;");
    }

    @Test
    void unknownLayerStyleCrsAndFormat() {
        assertException(MAP.replace("LAYERS=parcels", "LAYERS=owners"), "LayerNotDefined", "LAYERS");
        assertException(MAP.replace("LAYERS=parcels", "LAYERS=" + enc("parcels;DROP TABLE parcel")), "LayerNotDefined", "LAYERS");
        assertException(MAP.replace("STYLES=", "STYLES=pink"), "StyleNotDefined", "STYLES");
        assertException(MAP.replace("STYLES=", "STYLES=land-use,outline"), "StyleNotDefined", "STYLES");
        assertException(MAP.replace("EPSG:3857", "EPSG:2154"), "InvalidCRS", "CRS");
        assertException(MAP.replace("image/png", "image/gif"), "InvalidFormat", "FORMAT");
        assertException(MAP.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&QUERY_LAYERS=parcels&I=1&J=1&INFO_FORMAT=application/pdf",
                "InvalidFormat", "INFO_FORMAT");
        assertException(MAP.replace("REQUEST=GetMap", "REQUEST=DescribeLayer"), "OperationNotSupported", "REQUEST");
        assertException(MAP.replace("VERSION=1.3.0", "VERSION=9.9.9"), "InvalidParameterValue", "VERSION");
    }

    @Test
    void badBoxesAndSizes() {
        assertException(MAP.replace("11783000,2395600,11783430,2396030", "11783430,2395600,11783000,2396030"), "InvalidParameterValue", "BBOX");
        assertException(MAP.replace("11783000,2395600,11783430,2396030", "11783000,2395600,11783000,2396030"), "InvalidParameterValue", "BBOX");
        assertException(MAP.replace("11783000,2395600,11783430,2396030", "1,2,3"), "InvalidParameterValue", "BBOX");
        assertException(MAP.replace("11783000,2395600,11783430,2396030", "a,b,c,d"), "InvalidParameterValue", "BBOX");
        assertException(MAP.replace("11783000,2395600,11783430,2396030", "NaN,0,1,1"), "InvalidParameterValue", "BBOX");
        assertException(MAP.replace("WIDTH=256", "WIDTH=100000"), "InvalidParameterValue", "WIDTH");
        assertException(MAP.replace("HEIGHT=256", "HEIGHT=0"), "InvalidParameterValue", "HEIGHT");
        assertException(MAP.replace("WIDTH=256", "WIDTH=abc"), "InvalidParameterValue", "WIDTH");
        assertException(MAP + "&TRANSPARENT=maybe", "InvalidParameterValue", "TRANSPARENT");
        assertException(MAP + "&BGCOLOR=red", "InvalidParameterValue", "BGCOLOR");
        assertException(MAP + "&EXCEPTIONS=application/pdf", "InvalidParameterValue", "EXCEPTIONS");
    }

    @Test
    void missingParameters() {
        assertException("SERVICE=WMS&VERSION=1.3.0", "MissingParameterValue", "REQUEST");
        assertException(MAP.replace("&LAYERS=parcels", ""), "MissingParameterValue", "LAYERS");
        assertException(MAP.replace("&CRS=EPSG:3857", ""), "MissingParameterValue", "CRS");
        assertException(MAP.replace("&BBOX=11783000,2395600,11783430,2396030", ""), "MissingParameterValue", "BBOX");
        assertException(MAP.replace("&WIDTH=256", ""), "MissingParameterValue", "WIDTH");
        assertException(MAP.replace("&FORMAT=image/png", ""), "MissingParameterValue", "FORMAT");
        String info = MAP.replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo") + "&QUERY_LAYERS=parcels&INFO_FORMAT=text/html";
        assertException(info + "&I=3", "MissingParameterValue", "J");
        assertException(info + "&I=3&J=999", "InvalidPoint", "J");
        assertException(info + "&I=x&J=3", "InvalidPoint", "I");
        assertException(info + "&I=3&J=3&FEATURE_COUNT=-2", "InvalidParameterValue", "FEATURE_COUNT");
        assertException(info.replace("QUERY_LAYERS=parcels", "QUERY_LAYERS=ghosts") + "&I=3&J=3", "LayerNotDefined", "QUERY_LAYERS");
        assertException("SERVICE=WMS&REQUEST=GetLegendGraphic&FORMAT=image/png", "MissingParameterValue", "LAYER");
        assertException("SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=parcels&STYLE=neon&FORMAT=image/png", "StyleNotDefined", "STYLE");
    }

    @Test
    void parameterNamesAreCaseInsensitive() {
        Response r = wms(MAP.toLowerCase().replace("epsg:3857", "EPSG:3857").replace("image/png", "image/png"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("image/png");
        assertThat(wms("Service=WMS&Request=getcapabilities").status()).isEqualTo(200);
    }

    @Test
    void wms111ReportsInvalidSrsInItsOwnFormat() {
        Response r = wms(MAP.replace("VERSION=1.3.0", "VERSION=1.1.1").replace("CRS=EPSG:3857", "SRS=EPSG:2154"));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.contentType()).startsWith("application/vnd.ogc.se_xml");
        assertThat(r.text()).contains("<ServiceExceptionReport version=\"1.1.1\">").contains("code=\"InvalidSRS\"")
                .contains(">Không cung cấp hệ tọa độ EPSG:2154; hãy dùng một trong ").contains(" / EPSG:2154 is not offered; use one of ");
        assertVietnameseThenEnglish(r.text());
        CapabilitiesSchemas.validateWithDtd(r.text());
    }

    @Test
    void inImageAndBlankExceptionsAnswerWithAnImageOfTheRequestedSize() {
        Response inimage = wms(MAP.replace("LAYERS=parcels", "LAYERS=owners") + "&EXCEPTIONS=INIMAGE");
        assertThat(inimage.status()).isEqualTo(200);
        assertThat(inimage.contentType()).startsWith("image/png");
        BufferedImage withText = inimage.image();
        assertThat(withText.getWidth()).isEqualTo(256);
        int red = 0;
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 256; x++) {
                Color c = new Color(withText.getRGB(x, y));
                red += c.getRed() > 120 && c.getGreen() < 100 ? 1 : 0;
            }
        }
        assertThat(red).as("the message is written in the image").isGreaterThan(20);

        Response blank = wms(MAP.replace("LAYERS=parcels", "LAYERS=owners") + "&EXCEPTIONS=application/vnd.ogc.se_blank&TRANSPARENT=TRUE");
        BufferedImage empty = blank.image();
        for (int y = 0; y < 256; y += 16) {
            for (int x = 0; x < 256; x += 16) {
                assertThat(empty.getRGB(x, y) >>> 24).isZero();
            }
        }
        // Without a usable size the error can only be reported in XML.
        assertThat(wms(MAP.replace("WIDTH=256", "WIDTH=100000") + "&EXCEPTIONS=INIMAGE").status()).isEqualTo(400);
    }

    @Test
    void crazyValuesNeverCauseA500() {
        String[] queries = {
            MAP.replace("11783000,2395600,11783430,2396030", "-1e300,-1e300,1e300,1e300"),
            MAP.replace("EPSG:3857", "EPSG:9205").replace("11783000,2395600,11783430,2396030", "-1e12,-1e12,1e12,1e12"),
            MAP.replace("EPSG:3857", "EPSG:4326").replace("11783000,2395600,11783430,2396030", "-90,-180,90,180"),
            MAP.replace("EPSG:3857", "EPSG:5897").replace("11783000,2395600,11783430,2396030", "0,0,1,1"),
            MAP.replace("LAYERS=parcels", "LAYERS=" + "parcels,".repeat(30) + "parcels"),
            MAP.replace("LAYERS=parcels", "LAYERS=%00%27"),
            "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=abc",
            "SERVICE=WFS&REQUEST=GetCapabilities",
            "SERVICE=WMS&REQUEST=GetCapabilities&UPDATESEQUENCE=x",
        };
        for (String q : queries) {
            Response r = wms(q);
            assertThat(r.status()).as(q + " → " + r.text()).isLessThan(500);
        }
    }

    @Test
    void anUpdateSequenceLowerThanTheCurrentGetsTheCapabilitiesEqualIsCurrentAndHigherIsInvalid() {
        String caps = wms("SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0").text();
        long sequence = Long.parseLong(caps.replaceAll("(?s).*updateSequence=\"(-?\\d+)\".*", "$1"));
        String ask = "SERVICE=WMS&REQUEST=GetCapabilities&VERSION=1.3.0&UPDATESEQUENCE=";

        Response lower = wms(ask + (sequence - 1));
        assertThat(lower.status()).isEqualTo(200);
        assertThat(lower.contentType()).startsWith("text/xml");
        assertThat(lower.text()).contains("<WMS_Capabilities version=\"1.3.0\" updateSequence=\"" + sequence + "\"");
        assertException(ask + sequence, "CurrentUpdateSequence", "UPDATESEQUENCE");
        assertException(ask + (sequence + 1), "InvalidUpdateSequence", "UPDATESEQUENCE");
        // Far beyond a long, still a number and still later.
        assertException(ask + "99999999999999999999999", "InvalidUpdateSequence", "UPDATESEQUENCE");
        // 1.1.1 answers the same way, in its own formats.
        Response lower111 = wms(ask.replace("1.3.0", "1.1.1") + (sequence - 1));
        assertThat(lower111.status()).isEqualTo(200);
        assertThat(lower111.contentType()).startsWith("application/vnd.ogc.wms_xml");
        Response higher111 = wms(ask.replace("1.3.0", "1.1.1") + (sequence + 1));
        assertThat(higher111.status()).isEqualTo(400);
        assertThat(higher111.contentType()).startsWith("application/vnd.ogc.se_xml");
        assertThat(higher111.text()).contains("code=\"InvalidUpdateSequence\"");
    }

    @Test
    void aGetMapOrGetFeatureInfoWithoutVersionIsAnExceptionReport() {
        assertException(MAP.replace("VERSION=1.3.0&", ""), "MissingParameterValue", "VERSION");
        assertException(MAP.replace("VERSION=1.3.0&", "").replace("REQUEST=GetMap", "REQUEST=GetFeatureInfo")
                + "&QUERY_LAYERS=parcels&I=1&J=1&INFO_FORMAT=text/html", "MissingParameterValue", "VERSION");
        // An old client's request (SRS, no CRS) is refused in 1.1.1's own report.
        Response old = wms(MAP.replace("VERSION=1.3.0&", "").replace("CRS=EPSG:3857", "SRS=EPSG:3857"));
        assertThat(old.status()).isEqualTo(400);
        assertThat(old.contentType()).startsWith("application/vnd.ogc.se_xml");
        // 1.1.1's report has no locator attribute: the message names the parameter.
        assertThat(old.text()).contains("<ServiceExceptionReport version=\"1.1.1\">").contains("code=\"MissingParameterValue\"")
                .contains(">Tham số VERSION là bắt buộc (1.3.0 hoặc 1.1.1) / the parameter VERSION is required (1.3.0 or 1.1.1)<");
        CapabilitiesSchemas.validateWithDtd(old.text());
    }
}
