package vn.landinfo.mapserver.crs;

/** A rectangle in a CRS, always x = easting/longitude, y = northing/latitude (axis order is resolved before). */
public record Envelope(double minX, double minY, double maxX, double maxY) {

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }

    public Envelope expandedBy(double d) {
        return new Envelope(minX - d, minY - d, maxX + d, maxY + d);
    }

    /** Whether the two share some area (touching edges do not count). */
    public boolean overlaps(Envelope o) {
        return minX < o.maxX && o.minX < maxX && minY < o.maxY && o.minY < maxY;
    }

    /** The part of this envelope inside the other; only meaningful when they {@link #overlaps overlap}. */
    public Envelope clippedTo(Envelope o) {
        return new Envelope(Math.max(minX, o.minX), Math.max(minY, o.minY), Math.min(maxX, o.maxX), Math.min(maxY, o.maxY));
    }
}
