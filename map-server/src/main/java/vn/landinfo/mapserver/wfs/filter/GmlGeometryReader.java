package vn.landinfo.mapserver.wfs.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;

/**
 * A GML 2, 3.1.1 or 3.2 geometry of a filter as WKT, x = the first coordinate as written, with its CRS and
 * whether that first coordinate is latitude ({@link AxisOrder}). Envelopes and boxes become polygons (a point or
 * a line when they are flat). Structure is checked here — rings closed and of four positions, lines of two — so
 * that a malformed geometry is the client's error, not the database's.
 */
final class GmlGeometryReader {

    private static final Set<String> GEOMETRIES = Set.of("Point", "LineString", "Curve", "Polygon", "Surface", "Envelope", "Box",
            "MultiPoint", "MultiLineString", "MultiCurve", "MultiPolygon", "MultiSurface");

    private final CrsCatalogue crss;

    GmlGeometryReader(CrsCatalogue crss) {
        this.crss = crss;
    }

    static boolean isGeometry(Element e) {
        return GEOMETRIES.contains(Dom.name(e)) || "MultiGeometry".equals(Dom.name(e));
    }

    static boolean isEnvelope(Element e) {
        return "Envelope".equals(Dom.name(e)) || "Box".equals(Dom.name(e));
    }

    GeometryLiteral read(Element g, Reading reading) {
        Shapes shapes = new Shapes(reading, new Coordinates(reading));
        String wkt = shapes.geometry(g);
        String srsName = srsName(g);
        if (srsName == null) {
            srsName = reading.defaultSrsName;
        }
        if (srsName == null || srsName.isBlank()) {
            throw reading.fail(g, "hình học không có srsName và yêu cầu không nêu hệ tọa độ mặc định",
                    "the geometry has no srsName and the request gives no default CRS");
        }
        String named = srsName;
        MapCrs crs = SrsNames.find(crss, srsName).orElseThrow(() -> reading.fail(g,
                "hệ tọa độ '" + Coordinates.clip(named) + "' không được hỗ trợ", "the CRS '" + Coordinates.clip(named) + "' is not supported"));
        return new GeometryLiteral(wkt, crs, AxisOrder.latitudeFirst(srsName, crs, reading.version));
    }

    /** The geometry's own srsName, else the first one inside it (a multi-geometry whose members carry it). */
    private static String srsName(Element g) {
        String own = Dom.attribute(g, "srsName");
        if (own != null && !own.isBlank()) {
            return own.trim();
        }
        NodeList all = g.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Node n = all.item(i);
            String s = Dom.attribute((Element) n, "srsName");
            if (s != null && !s.isBlank()) {
                return s.trim();
            }
        }
        return null;
    }

    /** WKT of each GML geometry kind; one instance per geometry, so the coordinate budget is per geometry. */
    private record Shapes(Reading reading, Coordinates coordinates) {

        String geometry(Element g) {
            return switch (Dom.name(g)) {
                case "Point" -> "POINT " + point(g);
                case "LineString" -> "LINESTRING " + path(g);
                case "Curve" -> "LINESTRING " + curve(g);
                case "Polygon" -> "POLYGON " + polygon(g);
                case "Surface" -> surface(g);
                case "Envelope", "Box" -> envelope(g);
                case "MultiPoint" -> "MULTIPOINT " + list(members(g, "pointMember", "pointMembers", Set.of("Point")), this::point);
                case "MultiLineString", "MultiCurve" -> "MULTILINESTRING " + list(
                        members(g, Dom.name(g).equals("MultiCurve") ? "curveMember" : "lineStringMember", "curveMembers",
                                Set.of("LineString", "Curve")),
                        m -> Dom.name(m).equals("Curve") ? curve(m) : path(m));
                case "MultiPolygon", "MultiSurface" -> "MULTIPOLYGON " + list(
                        members(g, Dom.name(g).equals("MultiSurface") ? "surfaceMember" : "polygonMember", "surfaceMembers",
                                Set.of("Polygon", "Surface")),
                        this::polygonOrSinglePatch);
                default -> throw reading.fail(g, "kiểu hình học này không được hỗ trợ (Point, LineString, Polygon, Envelope, Box, "
                        + "MultiPoint, MultiLineString, MultiCurve, MultiPolygon, MultiSurface)",
                        "this geometry type is not supported (Point, LineString, Polygon, Envelope, Box, MultiPoint, "
                        + "MultiLineString, MultiCurve, MultiPolygon, MultiSurface)");
            };
        }

        private String point(Element p) {
            double[] xy = coordinates.positions(p);
            if (xy.length != 2) {
                throw reading.fail(p, "điểm cần đúng một vị trí, có " + xy.length / 2, "a point needs exactly one position, it has " + xy.length / 2);
            }
            return "(" + Coordinates.wkt(xy[0]) + " " + Coordinates.wkt(xy[1]) + ")";
        }

        private String path(Element line) {
            double[] xy = coordinates.positions(line);
            if (xy.length < 4) {
                throw reading.fail(line, "đường cần ít nhất hai vị trí", "a line needs at least two positions");
            }
            return sequence(xy);
        }

        /** gml:Curve of LineStringSegments, joined in order (GML 3 writers' form of a line). */
        private String curve(Element c) {
            Element segments = Dom.firstChild(c, "segments");
            List<double[]> parts = new ArrayList<>();
            for (Element s : segments == null ? List.<Element>of() : Dom.children(segments)) {
                if (!Dom.name(s).equals("LineStringSegment")) {
                    throw reading.fail(s, "chỉ hỗ trợ đoạn thẳng (LineStringSegment)", "only LineStringSegment segments are supported");
                }
                parts.add(coordinates.positions(s));
            }
            double[] xy = concat(parts);
            if (xy.length < 4) {
                throw reading.fail(c, "đường cần ít nhất hai vị trí", "a curve needs at least two positions");
            }
            return sequence(xy);
        }

        private String polygon(Element p) {
            List<String> rings = new ArrayList<>();
            List<Element> exterior = new ArrayList<>(Dom.children(p, "exterior"));
            exterior.addAll(Dom.children(p, "outerBoundaryIs"));
            if (exterior.size() != 1) {
                throw reading.fail(p, "đa giác cần đúng một biên ngoài (exterior / outerBoundaryIs)",
                        "a polygon needs exactly one exterior (exterior / outerBoundaryIs)");
            }
            rings.add(ring(exterior.get(0)));
            for (Element c : Dom.children(p)) {
                if (Dom.name(c).equals("interior") || Dom.name(c).equals("innerBoundaryIs")) {
                    rings.add(ring(c));
                }
            }
            return "(" + String.join(", ", rings) + ")";
        }

        private String ring(Element boundary) {
            Element ring = Dom.firstChild(boundary, "LinearRing");
            double[] xy;
            if (ring != null) {
                xy = coordinates.positions(ring);
            } else if ((ring = Dom.firstChild(boundary, "Ring")) != null) {
                xy = compositeRing(ring);
            } else {
                throw reading.fail(boundary, "cần gml:LinearRing hoặc gml:Ring", "gml:LinearRing or gml:Ring expected");
            }
            int n = xy.length / 2;
            if (n < 4) {
                throw reading.fail(ring, "vòng cần ít nhất bốn vị trí, có " + n, "a ring needs at least four positions, it has " + n);
            }
            if (xy[0] != xy[xy.length - 2] || xy[1] != xy[xy.length - 1]) {
                throw reading.fail(ring, "vòng không khép kín (vị trí cuối khác vị trí đầu)",
                        "the ring is not closed (its last position differs from its first)");
            }
            return sequence(xy);
        }

        /** GML 3 gml:Ring: its curve members joined in order (a repeated position at each joint is harmless). */
        private double[] compositeRing(Element ring) {
            List<double[]> parts = new ArrayList<>();
            for (Element member : Dom.children(ring, "curveMember")) {
                for (Element curve : Dom.children(member)) {
                    switch (Dom.name(curve)) {
                        case "LineString" -> parts.add(coordinates.positions(curve));
                        case "Curve" -> {
                            Element segments = Dom.firstChild(curve, "segments");
                            for (Element s : segments == null ? List.<Element>of() : Dom.children(segments, "LineStringSegment")) {
                                parts.add(coordinates.positions(s));
                            }
                        }
                        default -> throw reading.fail(curve, "thành phần của gml:Ring phải là LineString hoặc Curve",
                                "a gml:Ring member must be a LineString or a Curve");
                    }
                }
            }
            return concat(parts);
        }

        /** gml:Surface of PolygonPatches: one patch is a polygon, several a multipolygon. */
        private String surface(Element s) {
            List<Element> patches = patches(s);
            if (patches.size() == 1) {
                return "POLYGON " + polygon(patches.get(0));
            }
            return "MULTIPOLYGON " + list(patches, this::polygon);
        }

        private String polygonOrSinglePatch(Element m) {
            if (Dom.name(m).equals("Polygon")) {
                return polygon(m);
            }
            List<Element> patches = patches(m);
            if (patches.size() != 1) {
                throw reading.fail(m, "mặt trong đa-mặt cần đúng một PolygonPatch", "a surface member needs exactly one PolygonPatch");
            }
            return polygon(patches.get(0));
        }

        private List<Element> patches(Element s) {
            Element patches = Dom.firstChild(s, "patches");
            List<Element> out = patches == null ? List.of() : Dom.children(patches, "PolygonPatch");
            if (out.isEmpty()) {
                throw reading.fail(s, "cần gml:patches/gml:PolygonPatch", "gml:patches/gml:PolygonPatch expected");
            }
            return out;
        }

        /** Envelope (lowerCorner/upperCorner, or two pos) or Box (coordinates, or two coord): a box in the order written. */
        private String envelope(Element e) {
            double[] xy = coordinates.positions(e);
            if (xy.length != 4) {
                throw reading.fail(e, "hộp bao cần đúng hai góc, có " + xy.length / 2, "an envelope needs exactly two corners, it has " + xy.length / 2);
            }
            double x1 = xy[0];
            double y1 = xy[1];
            double x2 = xy[2];
            double y2 = xy[3];
            if (x1 > x2 || y1 > y2) {
                throw reading.fail(e, "góc dưới lớn hơn góc trên", "the lower corner is above the upper corner");
            }
            String a = Coordinates.wkt(x1) + " " + Coordinates.wkt(y1);
            String c = Coordinates.wkt(x2) + " " + Coordinates.wkt(y2);
            if (x1 == x2 && y1 == y2) {
                return "POINT (" + a + ")";
            }
            if (x1 == x2 || y1 == y2) {
                return "LINESTRING (" + a + ", " + c + ")";
            }
            String b = Coordinates.wkt(x2) + " " + Coordinates.wkt(y1);
            String d = Coordinates.wkt(x1) + " " + Coordinates.wkt(y2);
            return "POLYGON ((" + a + ", " + b + ", " + c + ", " + d + ", " + a + "))";
        }

        /** Members of a multi-geometry: one per {@code oneTag} element, any number inside the {@code manyTag} element. */
        private List<Element> members(Element g, String oneTag, String manyTag, Set<String> kinds) {
            List<Element> out = new ArrayList<>();
            for (Element c : Dom.children(g)) {
                String n = Dom.name(c);
                if (n.equals(oneTag) || n.equals(manyTag) || n.endsWith("Member") || n.endsWith("Members")) {
                    for (Element m : Dom.children(c)) {
                        if (!kinds.contains(Dom.name(m))) {
                            throw reading.fail(m, "thành phần không hợp với " + Dom.name(g), "a member that does not belong in " + Dom.name(g));
                        }
                        out.add(m);
                    }
                }
            }
            if (out.isEmpty()) {
                throw reading.fail(g, "hình học bội không có thành phần nào", "the multi-geometry has no members");
            }
            return out;
        }

        private String list(List<Element> members, java.util.function.Function<Element, String> each) {
            List<String> parts = new ArrayList<>();
            for (Element m : members) {
                parts.add(each.apply(m));
            }
            return "(" + String.join(", ", parts) + ")";
        }

        private static String sequence(double[] xy) {
            StringBuilder b = new StringBuilder(xy.length * 12).append('(');
            for (int i = 0; i < xy.length; i += 2) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Coordinates.wkt(xy[i])).append(' ').append(Coordinates.wkt(xy[i + 1]));
            }
            return b.append(')').toString();
        }

        private static double[] concat(List<double[]> parts) {
            int n = parts.stream().mapToInt(a -> a.length).sum();
            double[] all = new double[n];
            int i = 0;
            for (double[] a : parts) {
                System.arraycopy(a, 0, all, i, a.length);
                i += a.length;
            }
            return all;
        }
    }
}
