package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.wfs.filter.Filters.fes;
import static vn.landinfo.mapserver.wfs.filter.Filters.refusal;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.ResourceId;
import vn.landinfo.mapserver.features.filter.ResourceId.VersionAction;
import vn.landinfo.mapserver.ogc.OgcException;

/** FES 2.0 ResourceId: feature ids and the register's versions (FIRST … ALL, a number, a date, a period). */
class ResourceIdFilterTest {

    @Test
    void gdalsGmlIdQueryWithADefaultNamespaceIsASetOfResourceIds() {
        // ogr2ogr -where "gml_id = 'parcels.5' OR gml_id = 'parcels.6'" against WFS 2.0.
        Filter f = Filters.read("<Filter xmlns=\"http://www.opengis.net/fes/2.0\"><ResourceId rid=\"parcels.5\"/><ResourceId rid=\"parcels.6\"/></Filter>",
                FilterVersion.FES_2_0, null);

        assertThat(f).isEqualTo(new Filter.ResourceIds(List.of(ResourceId.of("parcels.5"), ResourceId.of("parcels.6"))));
    }

    @Test
    void resourceIdsInARowAreOneSetOfIds() {
        Filter f = fes("<fes:ResourceId rid=\"parcels.101\"/><fes:ResourceId rid=\"parcels.102\"/>");

        assertThat(f).isEqualTo(new Filter.ResourceIds(List.of(ResourceId.of("parcels.101"), ResourceId.of("parcels.102"))));
    }

    @ParameterizedTest
    @CsvSource({"FIRST", "LAST", "PREVIOUS", "NEXT", "ALL", "3"})
    void aResourceIdVersionSelectsVersions(String version) {
        Filter f = fes("<fes:ResourceId rid=\"parcels.101\" version=\"" + version + "\"/>");

        VersionAction expected = switch (version) {
            case "FIRST" -> new VersionAction.First();
            case "LAST" -> new VersionAction.Last();
            case "PREVIOUS" -> new VersionAction.Previous();
            case "NEXT" -> new VersionAction.Next();
            case "ALL" -> new VersionAction.All();
            default -> new VersionAction.Number(3);
        };
        assertThat(((Filter.ResourceIds) f).ids()).containsExactly(new ResourceId("parcels.101", expected, null, null));
    }

    @Test
    void aResourceIdVersionThatIsADateSelectsTheVersionAliveThen() {
        Filter f = fes("<fes:ResourceId rid=\"parcels.101\" version=\"2023-03-15T10:00:00Z\"/>");

        Instant t = Instant.parse("2023-03-15T10:00:00Z");
        assertThat(((Filter.ResourceIds) f).ids()).containsExactly(new ResourceId("parcels.101", null, t, t));
    }

    @Test
    void startAndEndDatesSelectTheVersionsAliveInAPeriod() {
        Filter f = fes("<fes:ResourceId rid=\"parcels.101\" startDate=\"2020-01-01T00:00:00Z\" endDate=\"2024-01-01T00:00:00Z\"/>");

        assertThat(((Filter.ResourceIds) f).ids()).containsExactly(new ResourceId("parcels.101", null,
                Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z")));
    }

    @Test
    void aVersionWithDatesOrAnUnknownVersionIsRefused() {
        OgcException both = refusal(() -> fes("<fes:ResourceId rid=\"parcels.1\" version=\"LAST\" startDate=\"2020-01-01T00:00:00Z\"/>"));
        OgcException unknown = refusal(() -> fes("<fes:ResourceId rid=\"parcels.1\" version=\"LATEST\"/>"));
        OgcException zero = refusal(() -> fes("<fes:ResourceId rid=\"parcels.1\" version=\"0\"/>"));
        OgcException noRid = refusal(() -> fes("<fes:ResourceId version=\"ALL\"/>"));

        assertThat(both.code()).isEqualTo("OperationParsingFailed");
        assertThat(both.getMessage()).contains("fes:ResourceId").contains("version cannot be combined with startDate/endDate");
        assertThat(unknown.getMessage()).contains("'LATEST'").contains("FIRST, LAST, PREVIOUS, NEXT, ALL");
        assertThat(zero.getMessage()).contains("start at 1");
        assertThat(noRid.getMessage()).contains("attribute rid missing");
    }

    @Test
    void idsMayStandBesideOtherPredicatesInsideOr() {
        Filter f = fes("<fes:Or><fes:ResourceId rid=\"parcels.1\"/><fes:ResourceId rid=\"parcels.2\"/>"
                + "<fes:PropertyIsEqualTo><fes:ValueReference>parcel_number</fes:ValueReference><fes:Literal>7</fes:Literal></fes:PropertyIsEqualTo></fes:Or>");

        assertThat(f).isEqualTo(new Filter.Or(List.of(
                new Filter.ResourceIds(List.of(ResourceId.of("parcels.1"), ResourceId.of("parcels.2"))),
                new Filter.Comparison(ComparisonOp.EQUAL, "parcel_number", "7", true))));
    }

}
