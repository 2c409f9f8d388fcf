package vn.landinfo.mapserver.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.layer.MapLayer;
import vn.landinfo.mapserver.layer.MapLayers;
import vn.landinfo.mapserver.tiles.VectorTileLayer;
import vn.landinfo.mapserver.tiles.VectorTileLayers;

class LayerCatalogueTest {

    @Test
    void thePublicSeesEveryLayerButTheOfficersMapOfEncumberedParcels() {
        LayerCatalogue everything = LayerCatalogue.standard();
        LayerCatalogue publicLayers = everything.visibleTo(Audience.PUBLIC);
        LayerCatalogue officerLayers = everything.visibleTo(Audience.OFFICER);

        assertThat(publicLayers.names()).containsExactly("parcels", "map_sheets", "communes", "provinces");
        assertThat(publicLayers.find("restrictions")).isEmpty();
        assertThat(officerLayers.names()).containsExactly("parcels", "restrictions", "map_sheets", "communes", "provinces");
        assertThat(officerLayers.find("restrictions")).get().extracting(PublishedLayer::audience).isEqualTo(Audience.OFFICER);
    }

    @Test
    void anOfficerSeesPublicLayersAndThePublicNoOfficerLayer() {
        assertThat(Audience.OFFICER.sees(Audience.PUBLIC)).isTrue();
        assertThat(Audience.OFFICER.sees(Audience.OFFICER)).isTrue();
        assertThat(Audience.PUBLIC.sees(Audience.PUBLIC)).isTrue();
        assertThat(Audience.PUBLIC.sees(Audience.OFFICER)).isFalse();
    }

    @Test
    void theWmsAndTheTilesAreBothBuiltFromTheOneCatalogue() {
        LayerCatalogue publicLayers = LayerCatalogue.standard().visibleTo(Audience.PUBLIC);
        MapLayers wms = MapLayers.of(publicLayers);
        VectorTileLayers tiles = VectorTileLayers.of(publicLayers);

        assertThat(wms.all()).extracting(MapLayer::name).containsExactlyElementsOf(publicLayers.names());
        assertThat(tiles.all()).extracting(VectorTileLayer::name).containsExactly("parcels", "map_sheets", "communes", "provinces");
        for (VectorTileLayer tile : tiles.all()) {
            MapLayer drawn = wms.find(tile.name()).orElseThrow();
            // One title, one abstract, one view for a layer, whichever service shows it.
            assertThat(tile.title()).isEqualTo(drawn.title());
            assertThat(tile.description()).isEqualTo(drawn.abstractText());
            assertThat(tile.sql()).contains(" FROM " + drawn.published().view() + " ");
            assertThat(tile.fields()).isEqualTo(drawn.published().attributes());
        }
    }

    @Test
    void theOfficersRestrictionsAreNeverCutIntoPublicTiles() {
        assertThat(PublishedLayer.RESTRICTIONS.tiles()).isEmpty();
        assertThat(VectorTileLayers.of(LayerCatalogue.standard().visibleTo(Audience.OFFICER)).find("restrictions")).isEmpty();
    }

    @Test
    void everyLayerHasVietnameseAndEnglishKeywordsAnAbstractAndADefaultStyle() {
        for (PublishedLayer layer : PublishedLayer.values()) {
            assertThat(layer.keywords()).as(layer.layerName()).hasSizeGreaterThanOrEqualTo(4)
                    .anyMatch(k -> k.chars().anyMatch(c -> c > 127))
                    .anyMatch(k -> k.chars().allMatch(c -> c < 128));
            assertThat(layer.abstractText()).as(layer.layerName()).isNotBlank();
            assertThat(layer.styles()).as(layer.layerName()).isNotEmpty();
            assertThat(layer.view()).as(layer.layerName()).startsWith("publish.");
        }
    }
}
