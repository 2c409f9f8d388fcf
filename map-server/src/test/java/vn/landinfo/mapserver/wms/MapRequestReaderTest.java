package vn.landinfo.mapserver.wms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.layer.MapLayers;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;

class MapRequestReaderTest {

    private final MapRequestReader reader = new MapRequestReader(MapLayers.of(LayerCatalogue.standard().visibleTo(Audience.PUBLIC)), CrsCatalogue.standard(), WmsSettings.defaults());

    private static OgcParameters params(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return OgcParameters.ofSingle(m);
    }

    private static OgcParameters map(String crsParam, String crs, String bbox) {
        return params("layers", "parcels", "styles", "", crsParam, crs, "bbox", bbox, "width", "256", "height", "128", "format", "image/png");
    }

    @Test
    void epsg4326IsLatitudeFirstIn130OnlyAndCrs84Never() {
        var v130 = reader.getMap(map("CRS", "EPSG:4326", "21.0,105.8,21.1,106.0"), WmsVersion.V1_3_0).view();
        assertThat(v130.envelope().minX()).isEqualTo(105.8);
        assertThat(v130.envelope().minY()).isEqualTo(21.0);
        var v111 = reader.getMap(map("SRS", "EPSG:4326", "105.8,21.0,106.0,21.1"), WmsVersion.V1_1_1).view();
        assertThat(v111.envelope()).isEqualTo(v130.envelope());
        var crs84 = reader.getMap(map("CRS", "CRS:84", "105.8,21.0,106.0,21.1"), WmsVersion.V1_3_0).view();
        assertThat(crs84.envelope()).isEqualTo(v130.envelope());
        var tm3 = reader.getMap(map("CRS", "urn:ogc:def:crs:EPSG::9210", "500000,2300000,500100,2300050"), WmsVersion.V1_3_0).view();
        assertThat(tm3.crs().srid()).isEqualTo(9210);
        assertThat(tm3.scaleDenominator()).isEqualTo(100.0 / 256 / 0.00028, org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void eachFailureHasItsCode() {
        assertThatThrownBy(() -> reader.getMap(map("CRS", "EPSG:27700", "0,0,1,1"), WmsVersion.V1_3_0))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.code()).isEqualTo("InvalidCRS"));
        assertThatThrownBy(() -> reader.getMap(map("SRS", "EPSG:27700", "0,0,1,1"), WmsVersion.V1_1_1))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.code()).isEqualTo("InvalidSRS"));
        assertThatThrownBy(() -> reader.getMap(map("CRS", "EPSG:3857", "1,1,1,2"), WmsVersion.V1_3_0))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.code()).isEqualTo("InvalidParameterValue"));
    }

    @Test
    void versionNegotiation() {
        assertThat(WmsVersion.negotiate(params("version", "1.1.0"))).isEqualTo(WmsVersion.V1_1_1);
        assertThat(WmsVersion.negotiate(params("version", "2.0.0"))).isEqualTo(WmsVersion.V1_3_0);
        assertThat(WmsVersion.negotiate(params())).isEqualTo(WmsVersion.V1_3_0);
        // GetMap and GetFeatureInfo must say their version; the refusal is written in the one the client seems to speak.
        assertThatThrownBy(() -> WmsVersion.of(params("srs", "EPSG:4326")))
                .isInstanceOfSatisfying(OgcException.class, e -> assertThat(e.code() + " " + e.locator()).isEqualTo("MissingParameterValue VERSION"));
        assertThat(WmsVersion.forReport(params("srs", "EPSG:4326"))).isEqualTo(WmsVersion.V1_1_1);
        assertThat(WmsVersion.forReport(params("crs", "EPSG:4326"))).isEqualTo(WmsVersion.V1_3_0);
    }

    @Test
    void aBoxBeyondTheCrssValidAreaIsReadAsAskedForGetMapToDrawWhatLiesInside() {
        // 1.3.0 EPSG:4326 is latitude first, so "105.8,21.0,…" asks for latitudes beyond the pole.
        var view = reader.getMap(map("CRS", "EPSG:4326", "105.8,21.0,106.0,21.1"), WmsVersion.V1_3_0).view();
        assertThat(view.envelope().minY()).isEqualTo(105.8);
        assertThat(view.envelope().overlaps(view.crs().validArea())).isFalse();
    }
}
