package vn.landinfo.mapserver.tiles;

import vn.landinfo.mapserver.catalog.ZoomRange;

/**
 * A tile of the Web Mercator XYZ grid (EPSG:3857, origin top-left, as Leaflet, OpenLayers, MapLibre and
 * QGIS's "Vector Tiles" connection request it). Parsed from the path with a precise message for every
 * way a client can get it wrong.
 */
public record TileAddress(int z, int x, int y) {

    /** Beyond this no client asks for tiles (a 2 cm pixel); it also keeps 2^z inside an int. */
    public static final int MAX_ZOOM = ZoomRange.MAX_ZOOM;
    /** Half the width of the Web Mercator square, in metres. */
    static final double ORIGIN_SHIFT = 20037508.342789244;

    public TileAddress {
        if (z < 0 || z > MAX_ZOOM) {
            throw TileException.badRequest("z", "Mức thu phóng " + z + " nằm ngoài 0–" + MAX_ZOOM, "zoom " + z + " is outside 0–" + MAX_ZOOM);
        }
        int n = 1 << z;
        if (x < 0 || x >= n || y < 0 || y >= n) {
            throw TileException.badRequest(x < 0 || x >= n ? "x" : "y",
                    "Không có ô " + z + "/" + x + "/" + y + ": ở mức thu phóng " + z + " x và y chạy từ 0 đến " + (n - 1),
                    "tile " + z + "/" + x + "/" + y + " does not exist: at zoom " + z + " x and y run from 0 to " + (n - 1));
        }
    }

    /** Reads the three path segments ({@code y} without its ".mvt"). */
    public static TileAddress parse(String z, String x, String y) {
        return new TileAddress(number("z", z), number("x", x), number("y", y));
    }

    private static int number(String name, String text) {
        // ASCII digits only: Character.isDigit (and Integer.parseInt) also take other scripts' digits, so
        // "１" (full-width) or "١" (Arabic-Indic) would be read as tile 1 under a second URL.
        if (text == null || text.isEmpty() || text.length() > 9 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw TileException.badRequest(name, name + " phải là số nguyên không âm, không phải '" + abbreviate(text) + "'",
                    name + " must be a non-negative whole number, not '" + abbreviate(text) + "'");
        }
        return Integer.parseInt(text);
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }

    /** Width (and height) of the tile in metres of EPSG:3857. */
    public double size() {
        return 2 * ORIGIN_SHIFT / (1 << z);
    }

    public double minX() {
        return -ORIGIN_SHIFT + x * size();
    }

    public double maxX() {
        return minX() + size();
    }

    public double maxY() {
        return ORIGIN_SHIFT - y * size();
    }

    public double minY() {
        return maxY() - size();
    }

    /** Whether the tile, grown by {@code margin} of its size on every side, meets the rectangle (EPSG:3857). */
    public boolean meets(double minX, double minY, double maxX, double maxY, double margin) {
        double m = size() * margin;
        return minX <= maxX() + m && maxX >= minX() - m && minY <= maxY() + m && maxY >= minY() - m;
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}
