package vn.landinfo.mapserver.tiles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.catalog.PublishedLayer;

/**
 * The vector tile layers: the catalogue's layers that are cut into tiles, with the SQL that cuts each.
 * The catalogue's zoom ranges keep every tile small: parcels start at zoom 14 (a 2.4 km tile, the scale
 * where the WMS draws them too); administrative boundaries are simplified to half a tile unit before
 * they are cut, so a province tile at zoom 5 is a few hundred kilobytes, not the surveyed linework.
 */
public final class VectorTileLayers {

    private final Map<String, VectorTileLayer> byName = new LinkedHashMap<>();

    private VectorTileLayers(List<VectorTileLayer> layers) {
        layers.forEach(l -> byName.put(l.name(), l));
    }

    /** The tiled layers of the catalogue, in its order. */
    public static VectorTileLayers of(LayerCatalogue catalogue) {
        return new VectorTileLayers(catalogue.tiled().stream().map(VectorTileLayers::cut).toList());
    }

    /** Exhaustive: a layer added to the catalogue does not compile until it is known here too. */
    private static VectorTileLayer cut(PublishedLayer layer) {
        return switch (layer) {
            case PARCELS -> PARCELS;
            case MAP_SHEETS -> MAP_SHEETS;
            case COMMUNES -> COMMUNES;
            case PROVINCES -> PROVINCES;
            case RESTRICTIONS -> throw new IllegalArgumentException("the officers' restrictions are not cut into tiles");
        };
    }

    public List<VectorTileLayer> all() {
        return List.copyOf(byName.values());
    }

    public Optional<VectorTileLayer> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public VectorTileLayer require(String name) {
        return find(name).orElseThrow(() -> {
            String all = String.join(", ", byName.keySet());
            return TileException.notFound("layer", "Không có lớp ô bản đồ '" + TileAddress.abbreviate(name) + "'; các lớp là " + all,
                    "no tile layer '" + TileAddress.abbreviate(name) + "'; the layers are " + all);
        });
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

    private static final VectorTileLayer PARCELS = new VectorTileLayer(PublishedLayer.PARCELS,
            "SELECT s.id, s.parcel_number, s.main_purpose, s.legal_area::float8 AS legal_area, " + PARCEL_GEOM
                    + " FROM " + PublishedLayer.PARCELS.view() + " s, e WHERE s.geom_3857 && e.buf",
            "s.id", "id");

    private static final VectorTileLayer COMMUNES = new VectorTileLayer(PublishedLayer.COMMUNES,
            "SELECT a.code, a.name_vi AS name, a.name_en, a.province_code, " + ADMIN_GEOM
                    + " FROM " + PublishedLayer.COMMUNES.view() + " a, e WHERE a.geom && e.buf4326",
            "a.code", null);

    private static final VectorTileLayer PROVINCES = new VectorTileLayer(PublishedLayer.PROVINCES,
            "SELECT a.code, a.name_vi AS name, a.name_en, " + ADMIN_GEOM
                    + " FROM " + PublishedLayer.PROVINCES.view() + " a, e WHERE a.geom && e.buf4326",
            "a.code", null);

    private static final VectorTileLayer MAP_SHEETS = new VectorTileLayer(PublishedLayer.MAP_SHEETS,
            "SELECT a.id, a.commune_code, a.survey_unit_code, a.survey_unit_name, a.sheet_number, a.scale, "
                    + "ST_AsMVTGeom(ST_Transform(a.geom, 3857), e.env::box2d, " + VectorTileLayer.EXTENT + ", " + VectorTileLayer.BUFFER + ", true) AS geom"
                    + " FROM " + PublishedLayer.MAP_SHEETS.view() + " a, e WHERE a.geom && e.buf4326",
            "a.id", "id");
}
