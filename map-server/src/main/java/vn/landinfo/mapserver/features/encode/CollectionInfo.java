package vn.landinfo.mapserver.features.encode;

import java.time.Instant;
import java.util.List;

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
 * @param links          the collection's links, given the number of features returned and the last one's id (so a
 *                       service can leave out {@code next} on the last page without counting first, and continue a
 *                       walk after that feature); GeoJSON writes them after the features
 * @param lastId         the local id ({@code 123}, {@code 123.2}) of the page's last feature when known before the
 *                       features are written (for formats that write links first), else null
 */
public record CollectionInfo(Long numberMatched, Long numberReturned, Instant timeStamp, String srsName, String schemaLocation,
                             PageLinks links, String lastId) {

    /** The links of a page that held {@code returned} features, the last of them {@code lastId} (null: unknown or none). */
    @FunctionalInterface
    public interface PageLinks {
        List<Link> of(long returned, String lastId);
    }

    /** No links at all: the stream need not find where the page ends. */
    public static final PageLinks NO_LINKS = (n, last) -> List.of();

    public static CollectionInfo of(Instant timeStamp) {
        return new CollectionInfo(null, null, timeStamp, null, null, NO_LINKS, null);
    }

    public CollectionInfo withCounts(Long matched, Long returned) {
        return new CollectionInfo(matched, returned, timeStamp, srsName, schemaLocation, links, lastId);
    }

    public CollectionInfo withSrsName(String name) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, name, schemaLocation, links, lastId);
    }

    public CollectionInfo withSchemaLocation(String location) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, srsName, location, links, lastId);
    }

    public CollectionInfo withLinks(PageLinks newLinks) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, srsName, schemaLocation, newLinks, lastId);
    }

    public CollectionInfo withLastId(String id) {
        return new CollectionInfo(numberMatched, numberReturned, timeStamp, srsName, schemaLocation, links, id);
    }
}
