package vn.landinfo.mapserver.layer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The layers the map services publish, in drawing order (bottom to top), each on a fixed published
 * view. A request names layers; a name maps to one of these objects and so to fixed SQL.
 */
public final class LayerCatalogue {

    private final Map<String, MapLayer> byName = new LinkedHashMap<>();

    public LayerCatalogue(List<MapLayer> layers) {
        layers.forEach(l -> byName.put(l.name(), l));
    }

    /** Every layer, whoever may see it; services take {@link #visibleTo} of it. */
    public static LayerCatalogue standard() {
        return new LayerCatalogue(List.of(new ParcelsLayer(), new RestrictionsLayer(), new MapSheetsLayer(), new CommunesLayer(), new ProvincesLayer()));
    }

    /** The layers this audience may see, in the same order. */
    public LayerCatalogue visibleTo(Audience audience) {
        return new LayerCatalogue(byName.values().stream().filter(l -> audience.sees(l.audience())).toList());
    }

    /** By exact name (OGC names are case-sensitive). */
    public Optional<MapLayer> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public List<MapLayer> all() {
        return List.copyOf(byName.values());
    }
}
