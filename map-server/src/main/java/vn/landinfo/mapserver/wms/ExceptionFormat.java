package vn.landinfo.mapserver.wms;

import java.util.Locale;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;

/** How GetMap reports an error: an XML report, the message drawn in an image, or a blank image. */
public enum ExceptionFormat {
    XML, INIMAGE, BLANK;

    /** EXCEPTIONS in either version's spelling (XML / application/vnd.ogc.se_xml, ...); XML when absent. */
    public static ExceptionFormat of(OgcParameters p) {
        String v = p.get("EXCEPTIONS").orElse("").toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "xml", "application/vnd.ogc.se_xml", "text/xml" -> XML;
            case "inimage", "application/vnd.ogc.se_inimage" -> INIMAGE;
            case "blank", "application/vnd.ogc.se_blank" -> BLANK;
            default -> throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "EXCEPTIONS",
                    "EXCEPTIONS phải là XML, INIMAGE hoặc BLANK, không phải " + MapRequestReader.abbreviate(v),
                    "EXCEPTIONS must be XML, INIMAGE or BLANK, not " + MapRequestReader.abbreviate(v));
        };
    }
}
