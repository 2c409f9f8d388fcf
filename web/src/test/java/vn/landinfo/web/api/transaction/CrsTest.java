package vn.landinfo.web.api.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transaction's {@code crs}: every VN-2000 TM-3 zone the pipeline stores in, in every spelling a client sends. */
class CrsTest {

    @ParameterizedTest
    @ValueSource(ints = {5896, 5897, 5898, 5899, 9205, 9210, 9218})
    void everyTm3ZoneIsAcceptedInEveryForm(int srid) {
        assertThat(Crs.srid("EPSG:" + srid)).isEqualTo(srid);
        assertThat(Crs.srid("urn:ogc:def:crs:EPSG::" + srid)).isEqualTo(srid);
        assertThat(Crs.srid("http://www.opengis.net/def/crs/EPSG/0/" + srid)).isEqualTo(srid);
    }

    @ParameterizedTest
    @ValueSource(strings = {"OGC:CRS84", "EPSG:4326", "urn:ogc:def:crs:OGC:1.3:CRS84"})
    void wgs84(String crs) {
        assertThat(Crs.srid(crs)).isEqualTo(4326);
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPSG:3857", "EPSG:4756", "EPSG:5895", "EPSG:5900", "EPSG:9204", "EPSG:9219", "EPSG:3405", "TM-3"})
    void otherSystemsAreRefusedNamingTheAcceptedZones(String crs) {
        assertThatThrownBy(() -> Crs.srid(crs))
                .isInstanceOf(InvalidBody.class)
                .hasMessageContaining(crs)
                .hasMessageContaining("EPSG:5896-5899")
                .hasMessageContaining("EPSG:9205-9218");
    }
}
