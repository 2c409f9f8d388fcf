package vn.landinfo.mapserver.oapif;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * An encoder that keeps the rows instead of writing them: for the HTML pages (a page shows at most one page
 * of features, bounded by limit) and the single feature, which GeoJSON writes as a Feature, not a collection.
 */
final class RowCollector implements FeatureEncoder {

    private final List<FeatureRow> rows = new ArrayList<>();
    private Long numberMatched;

    @Override
    public String contentType() {
        return Format.GEOJSON.mediaType();
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.GEOJSON;
    }

    @Override
    public void begin(OutputStream out, CollectionInfo info) {
        numberMatched = info.numberMatched();
    }

    @Override
    public void feature(FeatureRow row) {
        rows.add(row);
    }

    @Override
    public void end(long numberReturned) {
        // Nothing to close: the rows are read back by the page.
    }

    List<FeatureRow> rows() {
        return rows;
    }

    Long numberMatched() {
        return numberMatched;
    }
}
