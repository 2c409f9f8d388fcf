package vn.landinfo.mapserver.features.encode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;
import org.wololo.flatgeobuf.generated.Header;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.FeatureTypes;

/**
 * The FlatGeobuf file is read back with the reference implementation's own FlatBuffers tables, byte by byte as a
 * reader would: magic bytes, the size-prefixed header, then size-prefixed features until the end.
 */
class FlatGeobufEncoderTest {

    private static final FeatureType PARCELS = FeatureTypes.of(PublishedLayer.PARCELS);
    private static final FeatureType COMMUNES = FeatureTypes.of(PublishedLayer.COMMUNES);
    private static final CrsCatalogue CRS = CrsCatalogue.standard();

    private static byte[] wkb(String wkt) throws Exception {
        return new WKBWriter(2, org.locationtech.jts.io.ByteOrderValues.LITTLE_ENDIAN).write(new WKTReader().read(wkt));
    }

    private static FeatureRow parcel(String id, String address, byte[] wkb) {
        List<Object> values = new ArrayList<>();
        for (FeatureProperty p : PARCELS.properties()) {
            values.add(switch (p.name()) {
                case "sheet_number" -> 3L;
                case "parcel_number" -> 17L;
                case "version" -> 2L;
                case "legal_area" -> new BigDecimal("200.5");
                case "computed_area" -> new BigDecimal("200.48");
                case "restricted" -> true;
                case "address" -> address;
                case "valid_from" -> OffsetDateTime.parse("2026-01-02T03:04:05Z");
                case "valid_to" -> null;
                case "commune_name" -> "Phường Hoàn Kiếm";
                default -> p.name() + "-" + id;
            });
        }
        return new FeatureRow(PARCELS, id, null, null, PARCELS.properties(), values, wkb);
    }

    private static ByteBuffer write(FlatGeobufEncoder encoder, FeatureRow... rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        encoder.begin(out, CollectionInfo.of(Instant.now()));
        for (FeatureRow r : rows) {
            encoder.feature(r);
        }
        encoder.end(rows.length);
        return ByteBuffer.wrap(out.toByteArray()).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** The next size-prefixed table; the buffer moves past it. */
    private static ByteBuffer next(ByteBuffer file) {
        int size = file.getInt();
        ByteBuffer table = file.slice().order(ByteOrder.LITTLE_ENDIAN);
        table.limit(size);
        file.position(file.position() + size);
        return table;
    }

    /** A feature's properties by column name, decoded as the specification lays them out. */
    private static Map<String, Object> properties(Feature f, Header h) {
        ByteBuffer b = f.propertiesAsByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        Map<String, Object> values = new LinkedHashMap<>();
        while (b.hasRemaining()) {
            int column = Short.toUnsignedInt(b.getShort());
            var c = h.columns(column);
            Object v = switch (c.type()) {
                case ColumnType.Int -> b.getInt();
                case ColumnType.Double -> b.getDouble();
                case ColumnType.Bool -> b.get() != 0;
                default -> {
                    byte[] text = new byte[b.getInt()];
                    b.get(text);
                    yield new String(text, StandardCharsets.UTF_8);
                }
            };
            values.put(c.name(), v);
        }
        return values;
    }

    @Test
    void aStreamedFileSaysItsCountIsUnknownAndItHasNoIndexAndNamesItsLayerCrsAndColumns() throws Exception {
        FlatGeobufEncoder encoder = new FlatGeobufEncoder(PARCELS, PARCELS.properties(), CRS.find("EPSG:9210").orElseThrow());
        ByteBuffer file = write(encoder);

        byte[] magic = new byte[8];
        file.get(magic);
        assertThat(Arrays.copyOf(magic, 4)).isEqualTo(new byte[] {'f', 'g', 'b', 3});
        Header h = Header.getRootAsHeader(next(file));
        assertThat(h.featuresCount()).as("0 = unknown").isZero();
        assertThat(h.indexNodeSize()).as("0 = no index").isZero();
        assertThat(h.envelopeLength()).isZero();
        assertThat(h.geometryType()).isEqualTo(GeometryType.MultiPolygon);
        assertThat(h.name()).isEqualTo("parcels");
        assertThat(h.crs().org()).isEqualTo("EPSG");
        assertThat(h.crs().code()).isEqualTo(9210);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < h.columnsLength(); i++) {
            names.add(h.columns(i).name());
        }
        List<String> expected = new ArrayList<>(List.of("id"));
        PARCELS.properties().forEach(p -> expected.add(p.name()));
        assertThat(names).isEqualTo(expected);
        assertThat(h.columns(0).primaryKey()).isTrue();
        assertThat(h.columns(names.indexOf("sheet_number")).type()).isEqualTo(ColumnType.Int);
        assertThat(h.columns(names.indexOf("legal_area")).type()).isEqualTo(ColumnType.Double);
        assertThat(h.columns(names.indexOf("valid_from")).type()).isEqualTo(ColumnType.DateTime);
        assertThat(h.columns(names.indexOf("restricted")).type()).isEqualTo(ColumnType.Bool);
        assertThat(h.columns(names.indexOf("address")).nullable()).isTrue();
        assertThat(h.columns(names.indexOf("sheet_number")).title()).isEqualTo("Số tờ bản đồ");
        assertThat(file.hasRemaining()).as("no feature, no index").isFalse();
    }

    @Test
    void eachRowIsOneSizePrefixedFeatureWithItsGeometryAndItsValuesAndNullsLeftOut() throws Exception {
        String holed = "POLYGON((105 21, 105.001 21, 105.001 21.001, 105 21.001, 105 21),(105.0002 21.0002, 105.0002 21.0004, 105.0004 21.0004, 105.0002 21.0002))";
        String two = "MULTIPOLYGON(((106 20, 106.001 20, 106.001 20.001, 106 20)),((106.002 20, 106.003 20, 106.003 20.001, 106.002 20)))";
        FlatGeobufEncoder encoder = new FlatGeobufEncoder(PARCELS, PARCELS.properties(), CRS.find("CRS:84").orElseThrow());
        ByteBuffer file = write(encoder, parcel("41", null, wkb(holed)), parcel("42", "Số 1 Tràng Tiền", wkb(two)));

        file.position(8);
        Header h = Header.getRootAsHeader(next(file));
        Feature first = Feature.getRootAsFeature(next(file));
        Feature second = Feature.getRootAsFeature(next(file));
        assertThat(file.hasRemaining()).isFalse();

        Geometry g1 = GeometryConversions.deserialize(first.geometry(), GeometryType.MultiPolygon);
        assertThat(g1.getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(g1.equalsExact(new WKTReader().read("MULTIPOLYGON(" + holed.substring("POLYGON".length()) + ")"))).as(g1.toText()).isTrue();
        Geometry g2 = GeometryConversions.deserialize(second.geometry(), GeometryType.MultiPolygon);
        assertThat(g2.equalsExact(new WKTReader().read(two))).as(g2.toText()).isTrue();

        Map<String, Object> p1 = properties(first, h);
        assertThat(p1).containsEntry("id", "41").containsEntry("sheet_number", 3).containsEntry("legal_area", 200.5)
                .containsEntry("restricted", true).containsEntry("commune_name", "Phường Hoàn Kiếm")
                .containsEntry("valid_from", "2026-01-02T03:04:05Z").doesNotContainKeys("address", "valid_to");
        assertThat(properties(second, h)).containsEntry("id", "42").containsEntry("address", "Số 1 Tràng Tiền");
    }

    @Test
    void aTypeIdentifiedByAPropertyGetsNoExtraIdColumn() throws Exception {
        FlatGeobufEncoder encoder = new FlatGeobufEncoder(COMMUNES, COMMUNES.properties(), CRS.find("CRS:84").orElseThrow());
        ByteBuffer file = write(encoder);
        file.position(8);
        Header h = Header.getRootAsHeader(next(file));
        assertThat(h.columns(0).name()).isEqualTo("code");
        assertThat(h.columns(0).primaryKey()).isTrue();
        assertThat(h.columnsLength()).isEqualTo(COMMUNES.properties().size());
    }
}
