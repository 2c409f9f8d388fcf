package vn.landinfo.mapserver.features.encode;

import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

/**
 * What a service says about a feature collection besides its features; encoders write what their format has.
 *
 * @param numberMatched  features the query matched in all (hits), or null when not counted ("unknown")
 * @param numberReturned features in this answer when known before writing (WFS 2.0 needs it on the root element);
 *                       null lets GeoJSON write the real count at the end
 * @param timeStamp      when the answer was made
 * @param srsName        the CRS name as the client wrote it, put on every GML geometry; null keeps PostGIS's
 *                       {@code EPSG:n}
 * @param schemaLocation the value of xsi:schemaLocation for GML (namespace–URL pairs), or null
 * @param links          the collection's links, given the number of features returned (so a service can leave out
 *                       {@code next} on the last page without counting first); GeoJSON writes them after the features
 */
public record CollectionInfo(Long numberMatched, Long numberReturned, Instant timeStamp, String srsName, String schemaLocation,
                             LongFunction<List<Link>> links) {

    public static CollectionInfo of(Instant timeStamp) {
        return new CollectionInfo(null, null, timeStamp, null, null, n -> List.of());
    }

    public CollectionInfo withCounts(Long matched, Long returned) {
        return new CollectionInfo(matched, returned, timeStamp, srsName, schemaLocation, links);
    }

    public CollectionInfo withSrsName(String name) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, name, schemaLocation, links);
    }

    public CollectionInfo withSchemaLocation(String location) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, srsName, location, links);
    }

    public CollectionInfo withLinks(LongFunction<List<Link>> newLinks) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, srsName, schemaLocation, newLinks);
    }
}
