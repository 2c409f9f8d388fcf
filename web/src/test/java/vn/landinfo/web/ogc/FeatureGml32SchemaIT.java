package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.AppSchema;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.Gml32Encoder;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * GML 3.2 feature collections validate against the official WFS 2.0 and GML 3.2.1 schemas (the ogc-schemas jar,
 * resolved offline through {@link CapabilitiesSchemas}) with an application schema written here from the feature
 * type the way docs/decisions/0171-features-sql-compiler-history-and-paging.md says members are encoded: the geometry
 * first, then the properties in the feature type's order, nullable ones nillable (a missing value is written
 * xsi:nil, which FES PropertyIsNil selects). DescribeFeatureType (the WFS) must
 * answer the same schema.
 */
class FeatureGml32SchemaIT {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);

    @Test
    void aGml32FeatureCollectionOfCurrentAndPastParcelsValidates() throws Exception {
        var dataSource = TransactionFixture.dataSource();
        CaseFixture.Placed c = CaseFixture.inFreshSheet(dataSource)
                .parcel("A", "POLYGON((0 0, 20 0, 20 10, 0 10, 0 0))", "ODT").heldBy("Lê Văn Hợp Lệ")
                .parcel("B", "POLYGON((20 0, 40 0, 40 10, 20 10, 20 0), (25 2, 30 2, 30 5, 25 5, 25 2))", "CLN").restricted("dispute")
                .insert();
        Filter inCase = new Filter.And(List.of(new Filter.Comparison(ComparisonOp.EQUAL, "survey_unit_code", CaseFixture.SURVEY_UNIT, true),
                new Filter.Comparison(ComparisonOp.EQUAL, "sheet_number", String.valueOf(c.sheetNumber()), true)));
        FeatureQuery q = new FeatureQuery(PARCELS, inCase, new RegisterTime.AllVersions(), List.of(), List.of(), 0, 100,
                CrsCatalogue.standard().find("EPSG:4326").orElseThrow(), true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new FeatureStream(dataSource, Duration.ofSeconds(20)).write(List.of(q), true, new Gml32Encoder(),
                CollectionInfo.of(Instant.now()).withSrsName("http://www.opengis.net/def/crs/EPSG/0/4326"), out);
        assertThat(written).isEqualTo(2);
        List<String> errors = validate(out.toString(StandardCharsets.UTF_8));
        assertThat(errors).as(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void theValidationReachesIntoTheMembersAPropertyOutOfOrderIsAnError() throws Exception {
        String misplaced = "<wfs:FeatureCollection xmlns:wfs=\"http://www.opengis.net/wfs/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\""
                + " xmlns:landinfo=\"" + AppSchema.NAMESPACE + "\" timeStamp=\"2026-12-07T00:00:00Z\" numberMatched=\"1\" numberReturned=\"1\">"
                + "<wfs:member><landinfo:parcels gml:id=\"parcels.1\"><landinfo:national_id>x</landinfo:national_id></landinfo:parcels></wfs:member>"
                + "</wfs:FeatureCollection>";
        assertThat(validate(misplaced)).isNotEmpty();
    }

    private static List<String> validate(String xml) throws Exception {
        return CapabilitiesSchemas.errors(CapabilitiesSchemas.compileWith("ogc/wfs/2.0/wfs.xsd", applicationSchema()), xml);
    }

    private static String applicationSchema() {
        StringBuilder b = new StringBuilder("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\" xmlns:gml=\"http://www.opengis.net/gml/3.2\""
                + " xmlns:" + AppSchema.PREFIX + "=\"" + AppSchema.NAMESPACE + "\" targetNamespace=\"" + AppSchema.NAMESPACE + "\""
                + " elementFormDefault=\"qualified\">"
                + "<xsd:import namespace=\"http://www.opengis.net/gml/3.2\" schemaLocation=\"http://schemas.opengis.net/gml/3.2.1/gml.xsd\"/>"
                + "<xsd:element name=\"parcels\" type=\"landinfo:parcelsType\" substitutionGroup=\"gml:AbstractFeature\"/>"
                + "<xsd:complexType name=\"parcelsType\"><xsd:complexContent><xsd:extension base=\"gml:AbstractFeatureType\"><xsd:sequence>");
        b.append("<xsd:element name=\"geom\" type=\"").append(PARCELS.geometry().type().xsdType()).append("\"/>");
        for (FeatureProperty p : PARCELS.properties()) {
            b.append("<xsd:element name=\"").append(p.name()).append("\" type=\"").append(p.type().xsdType()).append("\"")
                    .append(p.nullable() ? " minOccurs=\"0\" nillable=\"true\"" : "").append("/>");
        }
        return b.append("</xsd:sequence></xsd:extension></xsd:complexContent></xsd:complexType></xsd:schema>").toString();
    }
}
