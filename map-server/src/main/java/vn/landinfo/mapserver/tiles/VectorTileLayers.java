package vn.landinfo.mapserver.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vector tile layers: the same published views the WMS draws, with zoom ranges that keep every
 * tile small. Parcels start at zoom 14 (a 2.4 km tile, the scale where the WMS draws them too);
 * administrative boundaries are simplified to half a tile unit before they are cut, so a province
 * tile at zoom 5 is a few hundred kilobytes, not the surveyed linework.
 */
public final class VectorTileLayers {

    private final Map<String, VectorTileLayer> byName = new LinkedHashMap<>();

    public VectorTileLayers(List<VectorTileLayer> layers) {
        layers.forEach(l -> byName.put(l.name(), l));
    }

    public static VectorTileLayers standard() {
        return new VectorTileLayers(List.of(PARCELS, COMMUNES, PROVINCES, MAP_SHEETS));
    }

    public List<VectorTileLayer> all() {
        return List.copyOf(byName.values());
    }

    public Optional<VectorTileLayer> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public VectorTileLayer require(String name) {
        return find(name).orElseThrow(() -> TileException.notFound("no tile layer '" + TileAddress.abbreviate(name)
                + "'; the layers are " + String.join(", ", byName.keySet())));
    }

    /** Attribute names and TileJSON types, in the order the tiles carry them. */
    private static Map<String, String> fields(String... nameTypePairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            m.put(nameTypePairs[i], nameTypePairs[i + 1]);
        }
        return m;
    }

    // Clip in WGS 84 first (cheap, index-selected), then reproject and simplify only what is left.
    private static final String ADMIN_GEOM = "ST_AsMVTGeom(ST_Simplify(ST_Transform(ST_ClipByBox2D(a.geom, e.buf4326::box2d), 3857), e.unit / 2, true), e.env::box2d, "
            + VectorTileLayer.EXTENT + ", " + VectorTileLayer.BUFFER + ", true) AS geom";

    /**
     * A parcel in tile units. Snapping to the tile grid keeps most parcels valid; which ones, at which
     * zoom, is known when the geometry is written (V20 tile_snap_safe_zooms: the grid of a zoom is the
     * same for all its tiles). Those that lie inside the buffered tile are snapped straight and turned
     * so the exterior ring has positive area in tile units (y down), as the MVT spec wants; the few that
     * snapping would break, and those the tile's edge cuts, go through ST_AsMVTGeom, which clips and
     * repairs (wagyu). Same valid polygons, a third of the cost on a dense tile.
     */
    private static final String PARCEL_GEOM = "CASE WHEN s.geom_3857 @ e.clip AND (s.tile_snap_safe_zooms >> e.z) & 1 = 1"
            + " THEN ST_ForcePolygonCCW(ST_SnapToGrid(ST_Affine(s.geom_3857, e.scale, 0, 0, -e.scale, -e.x0 * e.scale, e.y1 * e.scale), 1))"
            + " ELSE ST_AsMVTGeom(s.geom_3857, e.env::box2d, " + VectorTileLayer.EXTENT + ", " + VectorTileLayer.BUFFER + ", true) END AS geom";

    public static final VectorTileLayer PARCELS = new VectorTileLayer("parcels", "Thửa đất địa chính", "Cadastral parcels",
            "Thửa đất hiện hành: số thửa, loại đất chính (mã theo bảng màu quốc gia), diện tích pháp lý (m²). "
                    + "Current parcels: parcel number, main land-use code (national palette), legal area (m²).",
            14, 20,
            "SELECT s.id, s.parcel_number, s.main_purpose, s.legal_area::float8 AS legal_area, " + PARCEL_GEOM
                    + " FROM publish.parcel_shapes s, e WHERE s.geom_3857 && e.buf",
            "s.id", "id", fields("parcel_number", "Number", "main_purpose", "String", "legal_area", "Number"), 0);

    public static final VectorTileLayer COMMUNES = new VectorTileLayer("communes", "Xã, phường, đặc khu", "Communes",
            "Ranh giới đơn vị hành chính cấp xã (từ 1/7/2025). Commune-level boundaries (since 1 July 2025).",
            8, 16,
            "SELECT a.code, a.name_vi AS name, a.name_en, a.province_code, " + ADMIN_GEOM
                    + " FROM publish.communes a, e WHERE a.geom && e.buf4326",
            "a.code", null, fields("code", "String", "name", "String", "name_en", "String", "province_code", "String"), 3600);

    public static final VectorTileLayer PROVINCES = new VectorTileLayer("provinces", "Tỉnh, thành phố", "Provinces",
            "Ranh giới 34 tỉnh, thành phố trực thuộc trung ương. Boundaries of the 34 provinces and centrally-run cities.",
            4, 12,
            "SELECT a.code, a.name_vi AS name, a.name_en, " + ADMIN_GEOM
                    + " FROM publish.provinces a, e WHERE a.geom && e.buf4326",
            "a.code", null, fields("code", "String", "name", "String", "name_en", "String"), 3600);

    public static final VectorTileLayer MAP_SHEETS = new VectorTileLayer("map_sheets", "Tờ bản đồ địa chính", "Cadastral map sheets",
            "Khung tờ bản đồ địa chính: số tờ, tỷ lệ, đơn vị đo đạc. Cadastral map sheet frames: sheet number, scale, survey unit.",
            12, 18,
            "SELECT a.id, a.commune_code, a.survey_unit_code, a.survey_unit_name, a.sheet_number, a.scale, "
                    + "ST_AsMVTGeom(ST_Transform(a.geom, 3857), e.env::box2d, " + VectorTileLayer.EXTENT + ", " + VectorTileLayer.BUFFER + ", true) AS geom"
                    + " FROM publish.map_sheets a, e WHERE a.geom && e.buf4326",
            "a.id", "id", fields("commune_code", "String", "survey_unit_code", "String", "survey_unit_name", "String",
                    "sheet_number", "Number", "scale", "Number"), 300);
}
