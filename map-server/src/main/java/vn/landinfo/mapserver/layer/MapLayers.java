package vn.landinfo.mapserver.layer;

import java.util.List;
import java.util.Optional;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.catalog.PublishedLayer;

/** The WMS's layers: how each published layer of a catalogue is drawn, in the catalogue's order. */
public final class MapLayers {

    private final List<MapLayer> layers;

    private MapLayers(List<MapLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    public static MapLayers of(LayerCatalogue catalogue) {
        return new MapLayers(catalogue.all().stream().map(MapLayers::drawing).toList());
    }

    /** Exhaustive: a layer added to the catalogue does not compile until the WMS knows how to draw it. */
    private static MapLayer drawing(PublishedLayer layer) {
        return switch (layer) {
            case PARCELS -> new ParcelsLayer();
            case RESTRICTIONS -> new RestrictionsLayer();
            case MAP_SHEETS -> new MapSheetsLayer();
            case COMMUNES -> new CommunesLayer();
            case PROVINCES -> new ProvincesLayer();
        };
    }

    /** By exact name (OGC names are case-sensitive). */
    public Optional<MapLayer> find(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    public List<MapLayer> all() {
        return layers;
    }
}
