package vn.landinfo.mapserver.oapif;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.crs.Envelope;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.Xml;

/**
 * A collection's description, shared by {@code /collections} and {@code /collections/{id}}: id, titles, extent
 * (CRS84 box; the register's time where it keeps history), the CRSs it can be served in (Part 2), its storage
 * CRS and links to its items and queryables.
 */
final class CollectionDescriptions {

    static final String QUERYABLES_REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";
    private static final String GREGORIAN = "http://www.opengis.net/def/uom/ISO-8601/0/Gregorian";

    private final CollectionExtents extents;
    private final CrsUris crss;

    CollectionDescriptions(CollectionExtents extents, CrsUris crss) {
        this.extents = extents;
        this.crss = crss;
    }

    List<Link> links(FeatureType type, String base) {
        String url = base + "/collections/" + type.name();
        return List.of(
                new Link(url + "/items?f=json", "items", Format.GEOJSON.mediaType(), "Đối tượng dạng GeoJSON / features as GeoJSON"),
                new Link(url + "/items?f=html", "items", "text/html", "Đối tượng dạng HTML / features as HTML"),
                new Link(url + "/items?f=fgb", "items", Format.FLATGEOBUF.mediaType(), "Đối tượng dạng FlatGeobuf / features as FlatGeobuf"),
                new Link(url + "/queryables?f=json", QUERYABLES_REL, "application/schema+json", "Thuộc tính truy vấn được / queryables"));
    }

    String json(FeatureType type, String base, List<Link> extraLinks) {
        Envelope e = extents.spatial(type);
        StringBuilder b = new StringBuilder(1024);
        b.append("{\"id\":").append(Json.string(type.name()))
                .append(",\"title\":").append(Json.string(type.layer().title()))
                .append(",\"description\":").append(Json.string(type.layer().abstractText()))
                .append(",\"keywords\":[");
        List<String> kw = new ArrayList<>();
        type.layer().keywords().forEach(k -> kw.add(Json.string(k)));
        b.append(String.join(",", kw)).append("]")
                .append(",\"itemType\":\"feature\"")
                .append(",\"extent\":{\"spatial\":{\"bbox\":[[").append(number(e.minX())).append(',').append(number(e.minY())).append(',')
                .append(number(e.maxX())).append(',').append(number(e.maxY())).append("]],\"crs\":").append(Json.string(CrsUris.CRS84)).append('}');
        Instant first = extents.firstVersion(type);
        if (first != null) {
            b.append(",\"temporal\":{\"interval\":[[").append(Json.string(first.toString())).append(",null]],\"trs\":")
                    .append(Json.string(GREGORIAN)).append('}');
        }
        b.append("},\"crs\":[");
        List<String> uris = new ArrayList<>();
        crss.all().forEach(u -> uris.add(Json.string(u)));
        b.append(String.join(",", uris)).append("],\"storageCrs\":").append(Json.string(CrsUris.CRS84));
        List<Link> links = new ArrayList<>(extraLinks);
        links.addAll(links(type, base));
        b.append(",\"links\":").append(Link.json(links)).append('}');
        return b.toString();
    }

    /** The description as table rows for the HTML pages. */
    List<String[]> htmlRows(FeatureType type) {
        Envelope e = extents.spatial(type);
        Instant first = extents.firstVersion(type);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Mã / Identifier", "<code>" + Xml.escape(type.name()) + "</code>"});
        rows.add(new String[] {"Mô tả / Description", Xml.escape(type.layer().abstractText())});
        rows.add(new String[] {"Phạm vi (kinh độ, vĩ độ) / Extent (longitude, latitude)",
                Xml.escape(number(e.minX()) + ", " + number(e.minY()) + " — " + number(e.maxX()) + ", " + number(e.maxY()))});
        rows.add(new String[] {"Thời gian / Time", first == null
                ? "Chỉ hiện trạng (không lưu lịch sử) / current only (no history kept)"
                : Xml.escape(first + " — nay / now")});
        rows.add(new String[] {"Hệ tọa độ / Coordinate reference systems", crss.all().size() + " (CRS84, EPSG:4326, EPSG:3857, VN-2000…)"});
        return rows;
    }

    static String number(double d) {
        return String.format(Locale.ROOT, "%.6f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
