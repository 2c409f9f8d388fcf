package vn.landinfo.cadastre.model;

/** A longitude/latitude box in WGS 84 (EPSG:4326), west-south-east-north as in GeoJSON and OGC API. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!(minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("bbox must have minLon < maxLon and minLat < maxLat");
        }
    }

    /** Area in square degrees: the bound on how much one listing may scan. */
    public double squareDegrees() {
        return (maxLon - minLon) * (maxLat - minLat);
    }
}
