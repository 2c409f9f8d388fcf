package vn.landinfo.transaction.adapter.json;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

/** GeoJSON text → the JTS geometry a command carries, read as the JSON adapter reads a request's. */
public final class TestGeoJson {

    private TestGeoJson() {
    }

    public static Geometry read(String geoJson, int srid) {
        return GeoJsonInput.read(JsonMapper.builder().build().readTree(geoJson), "geometry", srid, Integer.MAX_VALUE);
    }

    /** A GeoJSON polygon of {@code n} + 1 positions on a small circle in Hà Nội (EPSG:4326): a geometry of a chosen size. */
    public static String ring(int n) {
        StringBuilder s = new StringBuilder("{\"type\": \"Polygon\", \"coordinates\": [[");
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            s.append('[').append(105.85 + 0.001 * Math.cos(a)).append(',').append(21.03 + 0.001 * Math.sin(a)).append("],");
        }
        return s.append("[105.851,21.03]]]}").toString();
    }
}
