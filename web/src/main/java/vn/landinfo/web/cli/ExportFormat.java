package vn.landinfo.web.cli;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.encode.FlatGeobufEncoder;
import vn.landinfo.mapserver.features.encode.GeoJsonEncoder;
import vn.landinfo.mapserver.features.encode.Gml32Encoder;
import vn.landinfo.mapserver.features.query.FeatureQuery;

/**
 * The formats {@code export} writes, with the same encoders the WFS and OGC API stream with
 * (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md): GeoJSON (ids as in OGC API), GML 3.2 as
 * a WFS 2.0 FeatureCollection, FlatGeobuf.
 */
enum ExportFormat {
    GEOJSON("geojson"), GML("gml"), FGB("fgb");

    private final String option;

    ExportFormat(String option) {
        this.option = option;
    }

    static ExportFormat parse(String value) {
        return Arrays.stream(values()).filter(f -> f.option.equals(value.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new UsageException("--format is geojson, gml or fgb / định dạng là geojson, gml hoặc fgb, not " + value));
    }

    FeatureEncoder encoder(FeatureQuery query) {
        return switch (this) {
            case GEOJSON -> new GeoJsonEncoder(false);
            case GML -> new Gml32Encoder();
            case FGB -> FlatGeobufEncoder.of(query);
        };
    }

    /** GML 3.2 writes numberMatched and numberReturned on its root, before the features: it counts first. */
    boolean countsFirst() {
        return this == GML;
    }

    /**
     * What the collection says besides its features. GML geometries name their CRS in the form whose axes are x/y
     * (the coordinates are easting or longitude first in every format here).
     */
    CollectionInfo info(FeatureQuery query) {
        CollectionInfo info = CollectionInfo.of(Instant.now());
        return this == GML ? info.withSrsName("http://www.opengis.net/gml/srs/epsg.xml#" + query.outputCrs().srid()) : info;
    }
}
