package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Where a client's copy of a parcel lies, against the register: the first ring of the parcel's first polygon as a
 * service wrote it (in some CRS and axis order) compared vertex by vertex with PostGIS's ST_Transform of
 * publish.parcels.geom — within 1e-9 degree (the services write 9 decimals of a degree, decision 0206) or 1 mm.
 */
final class ParcelRing {

    static final double DEGREES = 1e-9;
    static final double METRES = 0.001;

    private ParcelRing() {
    }

    /** The first ring of the parcel in the CRS of {@code srid}, x (longitude, easting) first. */
    static List<double[]> expected(JdbcClient jdbc, long parcel, int srid) {
        return jdbc.sql("""
                SELECT ST_X(d.geom), ST_Y(d.geom) FROM publish.parcels p,
                       ST_DumpPoints(ST_ExteriorRing(ST_GeometryN(ST_Transform(p.geom, :srid), 1))) d
                WHERE p.id = :id ORDER BY d.path[1]""")
                .param("srid", srid).param("id", parcel)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).list();
    }

    /** Asserts a ring given as [[a, b], …] in the written axis order. */
    static void assertRing(JdbcClient jdbc, long parcel, int srid, boolean latFirst, JsonNode ring, String what) {
        List<double[]> written = new ArrayList<>();
        ring.forEach(p -> written.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()}));
        assertRing(jdbc, parcel, srid, latFirst, written, what);
    }

    static void assertRing(JdbcClient jdbc, long parcel, int srid, boolean latFirst, List<double[]> written, String what) {
        List<double[]> expected = expected(jdbc, parcel, srid);
        double tolerance = srid == 4326 || srid == 4756 ? DEGREES : METRES;
        assertThat(written).as("%s: vertices of parcel %d's first ring", what, parcel).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            double[] e = expected.get(i);
            double[] w = latFirst ? new double[] {written.get(i)[1], written.get(i)[0]} : written.get(i);
            assertThat(w[0]).as("%s: vertex %d, x of EPSG:%d", what, i, srid).isCloseTo(e[0], within(tolerance));
            assertThat(w[1]).as("%s: vertex %d, y of EPSG:%d", what, i, srid).isCloseTo(e[1], within(tolerance));
        }
    }

    /** The first ring written in a GML answer: the first gml:posList (GML 3) or gml:coordinates (GML 2). */
    static List<double[]> firstGmlRing(String gml) {
        List<double[]> ring = new ArrayList<>();
        Matcher posList = Pattern.compile("<gml:posList[^>]*>([^<]+)</gml:posList>").matcher(gml);
        if (posList.find()) {
            String[] n = posList.group(1).trim().split("\\s+");
            for (int i = 0; i + 1 < n.length; i += 2) {
                ring.add(new double[] {Double.parseDouble(n[i]), Double.parseDouble(n[i + 1])});
            }
            return ring;
        }
        Matcher coordinates = Pattern.compile("<gml:coordinates[^>]*>([^<]+)</gml:coordinates>").matcher(gml);
        assertThat(coordinates.find()).as("a gml:posList or gml:coordinates in %s", gml).isTrue();
        for (String tuple : coordinates.group(1).trim().split("\\s+")) {
            String[] xy = tuple.split(",");
            ring.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return ring;
    }
}
