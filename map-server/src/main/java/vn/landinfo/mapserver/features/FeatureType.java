package vn.landinfo.mapserver.features;

import java.util.List;
import java.util.Optional;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.PublishedLayer;

/**
 * A published layer served as features (WFS feature type, OGC API collection): the same name, titles and audience
 * as in the WMS and the tiles ({@link PublishedLayer}), the view the features are read from, the columns that
 * identify a feature and order pages stably, and the properties. Where the register keeps history (parcels),
 * {@code historyView} holds every version with its lifespan ({@code valid_from}, {@code valid_to}), and the
 * feature id names the version ({@code parcels.<id>.<version>}).
 *
 * @param layer       the published layer it is
 * @param view        the view of current features (schema-qualified)
 * @param historyView the view of every version, or null when the layer has no history
 * @param idColumn    the column whose value (with the type name) is the feature id; unique among current features
 * @param geometry    the geometry property (WGS 84, longitude/latitude, in the view)
 * @param properties  the other properties, in the order a feature carries them
 */
public record FeatureType(PublishedLayer layer, String view, String historyView, String idColumn, FeatureProperty geometry,
                          List<FeatureProperty> properties) {

    public FeatureType {
        properties = List.copyOf(properties);
    }

    /** The type name clients use (typeNames=, /collections/{name}); equal to the WMS layer name. */
    public String name() {
        return layer.layerName();
    }

    public Audience audience() {
        return layer.audience();
    }

    public boolean hasHistory() {
        return historyView != null;
    }

    /** A property by the name a client gave: the geometry or one of the others; names are case-sensitive. */
    public Optional<FeatureProperty> property(String name) {
        if (geometry.name().equals(name)) {
            return Optional.of(geometry);
        }
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
