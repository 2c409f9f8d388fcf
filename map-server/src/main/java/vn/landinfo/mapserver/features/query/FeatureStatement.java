package vn.landinfo.mapserver.features.query;

import java.util.List;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.sql.Sql;

/**
 * A compiled page of features: the statement and the layout of its rows. Columns are, in order: the id as text
 * ({@code fid}), the version ({@code fversion}, integer, or NULL when read from the view of current features),
 * the encoded geometry ({@code fgeom}, text, NULL when {@code geometry} is false), then one column per selected
 * property in the order of {@code properties}.
 *
 * @param sql        text and bound values
 * @param type       the feature type
 * @param properties the selected properties other than the geometry, in the feature type's order
 * @param geometry   whether the geometry is selected
 * @param encoding   how the geometry is encoded
 * @param versioned  whether rows come from the history view (feature ids then name the version)
 */
public record FeatureStatement(Sql sql, FeatureType type, List<FeatureProperty> properties, boolean geometry,
                               GeometryEncoding encoding, boolean versioned) {

    public FeatureStatement {
        properties = List.copyOf(properties);
    }
}
