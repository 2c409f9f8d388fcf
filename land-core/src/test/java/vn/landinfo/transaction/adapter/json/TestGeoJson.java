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
}
