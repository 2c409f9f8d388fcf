package vn.landinfo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.Angle;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * Every parcel of the generated fixture (Phường Hoàn Kiếm, every version) has a shape a surveyor would accept:
 * no vertex within 5 cm of another part of its own boundary (PostGIS's ST_MinimumClearance in the sheet's
 * TM-3 zone) and no interior angle of 5° or less: no zero-width spikes, no needle corners
 * (docs/decisions/0081-shapes-a-surveyor-accepts.md).
 */
class SurveyedShapesIT {

    private static JdbcClient db;

    @BeforeAll
    static void open() {
        db = JdbcClient.create(TransactionFixture.dataSource());
    }

    @Test
    void no_generated_parcel_has_a_vertex_within_five_centimetres_of_its_own_boundary() {
        long versions = db.sql("SELECT count(*) FROM parcel_version").query(Long.class).single();
        List<String> tooClose = db.sql("""
                SELECT parcel_id || ' v' || version || ': ' || round(ST_MinimumClearance(geom_tm3)::numeric, 4) || ' m'
                FROM parcel_version WHERE ST_MinimumClearance(geom_tm3) < 0.05 ORDER BY parcel_id, version""")
                .query(String.class).list();
        assertThat(versions).isGreaterThan(10_000);
        assertThat(tooClose).as("parcel versions with a minimum clearance under 0.05 m (of %d)", versions).isEmpty();
    }

    @Test
    void no_generated_parcel_has_a_corner_of_five_degrees_or_less() throws Exception {
        WKBReader reader = new WKBReader();
        List<String> needles = new ArrayList<>();
        List<Object[]> rows = db.sql("SELECT parcel_id, version, ST_AsBinary(geom_tm3) FROM parcel_version ORDER BY parcel_id, version")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getBytes(3)}).list();
        for (Object[] row : rows) {
            double angle = smallestInteriorAngle(reader.read((byte[]) row[2]));
            if (angle <= 5) {
                needles.add(row[0] + " v" + row[1] + ": " + String.format("%.3f°", angle));
            }
        }
        assertThat(rows).hasSizeGreaterThan(10_000);
        assertThat(needles).as("parcel versions with a corner of 5° or less (of %d)", rows.size()).isEmpty();
    }

    /** Degrees; a zero-width spike is a corner of 0°, a needle corner one of a fraction of a degree. */
    static double smallestInteriorAngle(Geometry g) {
        double min = 360;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            min = Math.min(min, smallestInteriorAngle(polygon.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                min = Math.min(min, smallestInteriorAngle(polygon.getInteriorRingN(h).getCoordinates(), false));
            }
        }
        return min;
    }

    private static double smallestInteriorAngle(Coordinate[] ring, boolean shell) {
        // Angle.interiorAngle wants the interior on the right: a shell walked clockwise, a hole counter-clockwise.
        boolean walkedAsWanted = shell != Orientation.isCCW(ring);
        int n = ring.length - 1;
        double min = 360;
        for (int k = 0; k < n; k++) {
            Coordinate before = ring[(k + n - 1) % n];
            Coordinate after = ring[(k + 1) % n];
            double angle = walkedAsWanted ? Angle.interiorAngle(before, ring[k], after) : Angle.interiorAngle(after, ring[k], before);
            min = Math.min(min, Math.toDegrees(angle));
        }
        return min;
    }
}
