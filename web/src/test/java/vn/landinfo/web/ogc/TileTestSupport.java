package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * The running application over real HTTP on the test database with the CI demo cadastre (Hoàn Kiếm and
 * its neighbour 00082 in Hà Nội, Mường Phăng in Điện Biên). Tiles are fetched as a map client fetches
 * them and decoded by {@link Mvt}; what they should hold is asked of the database, never hard-coded.
 */
abstract class TileTestSupport extends DemoCadastreApplication {

    static final String MVT = "application/vnd.mapbox-vector-tile";
    TileHttp http;

    @BeforeEach
    void client() {
        http = new TileHttp(port);
    }

    /** A current parcel as the published view has it. */
    record Parcel(long id, int number, String purpose, double legalArea, double centreX, double centreY) {
        /** The tile {x, y} at zoom z that holds the parcel's inscribed-circle centre. */
        int[] tile(int z) {
            return Mvt.tileOf(centreX, centreY, z);
        }
    }

    /**
     * A roomy parcel of the commune (one of its 30 largest, with the widest inscribed circle) and the
     * centre of that circle in EPSG:3857: well inside whatever tile holds it.
     */
    Parcel roomyParcel(String communeCode) {
        return jdbc.sql("""
                SELECT s.id, s.parcel_number, s.main_purpose, s.legal_area::float8, ST_X(c.center), ST_Y(c.center)
                FROM (SELECT s.* FROM publish.parcel_shapes s JOIN publish.parcels p ON p.id = s.id
                      WHERE p.commune_code = :commune AND s.main_purpose IS NOT NULL
                      ORDER BY s.legal_area DESC LIMIT 30) s
                CROSS JOIN LATERAL ST_MaximumInscribedCircle(s.geom_3857) c
                ORDER BY c.radius DESC, s.id LIMIT 1""")
                .param("commune", communeCode)
                .query((rs, n) -> new Parcel(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5), rs.getDouble(6)))
                .single();
    }

    /** Attributes of current parcels by id, as the published view has them: parcel_number, main_purpose, legal_area. */
    Map<Long, List<Object>> attributes(List<Long> ids) {
        Map<Long, List<Object>> m = new LinkedHashMap<>();
        jdbc.sql("SELECT id, parcel_number, main_purpose, legal_area::float8 FROM publish.parcel_shapes WHERE id = ANY (:ids) ORDER BY id")
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> m.put(rs.getLong(1), List.of((long) rs.getInt(2), rs.getString(3), rs.getDouble(4))))
                .list();
        return m;
    }

    /** A tile that must be there: 200, the MVT media type, one layer of that name. */
    Mvt.Layer layer(String layer, int z, int x, int y) {
        TileHttp.Response r = http.tile(layer, z, x, y);
        assertThat(r.status()).as("%s/%d/%d/%d: %s", layer, z, x, y, r.status() == 200 ? "" : r.text()).isEqualTo(200);
        assertThat(r.contentType()).isEqualTo(MVT);
        Mvt.Layer l = Mvt.single(r.body());
        assertThat(l.name()).isEqualTo(layer);
        assertThat(l.version()).isEqualTo(2);
        assertThat(l.extent()).isEqualTo(4096);
        return l;
    }

    /**
     * The SQL envelope a tile chooses its features by — the tile grown by 8 of 4096 units, half a display
     * pixel — for the database's side of a comparison. (The features chosen are then cut with the whole
     * 64-unit buffer.)
     */
    static String selectionEnvelope(int z, int x, int y) {
        return "ST_Expand(ST_TileEnvelope(" + z + ", " + x + ", " + y + "), "
                + "(ST_XMax(ST_TileEnvelope(" + z + ", " + x + ", " + y + ")) - ST_XMin(ST_TileEnvelope(" + z + ", " + x + ", " + y + "))) * 8 / 4096.0)";
    }
}
