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
}
