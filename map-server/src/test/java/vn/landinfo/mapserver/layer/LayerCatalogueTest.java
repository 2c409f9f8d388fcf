package vn.landinfo.mapserver.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayerCatalogueTest {

    @Test
    void thePublicSeesEveryLayerButTheOfficersMapOfEncumberedParcels() {
        LayerCatalogue everything = LayerCatalogue.standard();
        LayerCatalogue publicLayers = everything.visibleTo(Audience.PUBLIC);
        LayerCatalogue officerLayers = everything.visibleTo(Audience.OFFICER);

        assertThat(publicLayers.all()).extracting(MapLayer::name).containsExactly("parcels", "map_sheets", "communes", "provinces");
        assertThat(publicLayers.find(RestrictionsLayer.NAME)).isEmpty();
        assertThat(officerLayers.all()).extracting(MapLayer::name)
                .containsExactly("parcels", "restrictions", "map_sheets", "communes", "provinces");
        assertThat(officerLayers.find(RestrictionsLayer.NAME)).get().extracting(MapLayer::audience).isEqualTo(Audience.OFFICER);
    }

    @Test
    void anOfficerSeesPublicLayersAndThePublicNoOfficerLayer() {
        assertThat(Audience.OFFICER.sees(Audience.PUBLIC)).isTrue();
        assertThat(Audience.OFFICER.sees(Audience.OFFICER)).isTrue();
        assertThat(Audience.PUBLIC.sees(Audience.PUBLIC)).isTrue();
        assertThat(Audience.PUBLIC.sees(Audience.OFFICER)).isFalse();
    }
}
