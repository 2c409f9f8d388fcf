package vn.landinfo.mapserver.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The published layers one audience may see, in drawing order (bottom to top). Every layer a request
 * can name is looked up here, so an officer layer is not merely hidden from the public services' lists:
 * to them it does not exist, whatever name is asked for.
 */
public final class LayerCatalogue {

    private final List<PublishedLayer> layers;

    private LayerCatalogue(List<PublishedLayer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** Every published layer, whoever may see it; services take {@link #visibleTo} of it. */
    public static LayerCatalogue standard() {
        return new LayerCatalogue(Arrays.asList(PublishedLayer.values()));
    }

    /** The layers this audience may see, in the same order. */
    public LayerCatalogue visibleTo(Audience audience) {
        return new LayerCatalogue(layers.stream().filter(l -> audience.sees(l.audience())).toList());
    }

    /** By exact name (OGC names are case-sensitive). */
    public Optional<PublishedLayer> find(String name) {
        return layers.stream().filter(l -> l.layerName().equals(name)).findFirst();
    }

    public List<PublishedLayer> all() {
        return layers;
    }

    /** The layers cut into vector tiles. */
    public List<PublishedLayer> tiled() {
        return layers.stream().filter(l -> l.tiles().isPresent()).toList();
    }

    public List<String> names() {
        return layers.stream().map(PublishedLayer::layerName).toList();
    }
}
