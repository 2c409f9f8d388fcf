package vn.landinfo.mapserver.features.encode;

import com.google.flatbuffers.FlatBufferBuilder;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.wololo.flatgeobuf.Constants;
import org.wololo.flatgeobuf.GeometryConversions;
import org.wololo.flatgeobuf.generated.Column;
import org.wololo.flatgeobuf.generated.Crs;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.GeometryType;
import org.wololo.flatgeobuf.generated.Header;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.FeatureSql;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * FlatGeobuf (flatgeobuf.org, format version 3), written as rows arrive
 * (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md): the magic bytes, a size-prefixed
 * Header, then one size-prefixed Feature per row. A streamed file cannot know what the specification lets a writer
 * leave unknown, so the header says so: {@code features_count} 0 ("unknown"), {@code index_node_size} 0 (no
 * spatial index, so features follow the header directly) and no envelope. It names the layer, its geometry type
 * (MultiPolygon: PostGIS sends {@code ST_Multi} of every geometry as WKB), the CRS by EPSG code and the columns
 * (an {@code id} column with the feature id where the id is no property, as in GeoJSON's {@code id}; then the
 * selected properties, titled in Vietnamese, described in English, in the feature type's order). The
 * FlatBuffers tables and the geometry encoding are org.wololo:flatgeobuf's (the reference Java implementation);
 * the property buffer (column index, then the value: Int, Double, Bool, or a length-prefixed UTF-8 String /
 * DateTime) is written here, a null value left out. One builder is reused for every feature, so the heap holds
 * one feature at a time.
 */
public final class FlatGeobufEncoder implements FeatureEncoder {

    public static final String MEDIA_TYPE = "application/flatgeobuf";
    /** The column that carries the feature id where the id is not a property already (FlatGeobuf has no feature id). */
    public static final String ID = "id";

    private final FeatureType type;
    private final List<FeatureProperty> columns;
    private final MapCrs crs;
    private final FlatBufferBuilder builder = new FlatBufferBuilder(16 * 1024);
    private final WKBReader wkb = new WKBReader(new GeometryFactory());
    private final PropertyBuffer properties = new PropertyBuffer();
    private final boolean idColumn;
    private OutputStream out;

    /**
     * @param type    the one feature type of the file (FlatGeobuf holds one layer)
     * @param columns the properties each row carries, in its order ({@link vn.landinfo.mapserver.features.query.FeatureStatement#properties()})
     * @param crs     the CRS the coordinates are in (x = easting or longitude)
     */
    public FlatGeobufEncoder(FeatureType type, List<FeatureProperty> columns, MapCrs crs) {
        this.type = type;
        this.columns = List.copyOf(columns);
        this.crs = crs;
        // Parcels, sheets and restrictions are identified by a column that is no property; communes by their code.
        this.idColumn = this.columns.stream().noneMatch(p -> p.column().equals(type.idColumn()) || p.name().equals(ID));
    }

    /** The encoder for one query: its type, the columns the compiled statement selects, its output CRS. */
    public static FlatGeobufEncoder of(FeatureQuery query) {
        return new FlatGeobufEncoder(query.type(), FeatureSql.page(query, GeometryEncoding.WKB).properties(), query.outputCrs());
    }

    @Override
    public String contentType() {
        return MEDIA_TYPE;
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return GeometryEncoding.WKB;
    }

    @Override
    public void begin(OutputStream stream, CollectionInfo info) throws IOException {
        this.out = new BufferedOutputStream(stream, 64 * 1024);
        out.write(Constants.MAGIC_BYTES);
        builder.clear();
        int[] cols = new int[columns.size() + (idColumn ? 1 : 0)];
        int c = 0;
        if (idColumn) {
            cols[c++] = Column.createColumn(builder, builder.createString(ID), org.wololo.flatgeobuf.generated.ColumnType.String,
                    builder.createString("Mã đối tượng"), builder.createString("Feature id"), -1, -1, -1, false, true, true, 0);
        }
        for (FeatureProperty p : columns) {
            int name = builder.createString(p.name());
            int title = builder.createString(p.titleVi());
            int description = builder.createString(p.titleEn());
            cols[c++] = Column.createColumn(builder, name, columnType(p), title, description, -1, -1, -1, p.nullable(), false,
                    p.column().equals(type.idColumn()), 0);
        }
        int columnsVector = Header.createColumnsVector(builder, cols);
        int crsOffset = Crs.createCrs(builder, builder.createString("EPSG"), crs.srid(), builder.createString(crs.title()), 0, 0, 0);
        int name = builder.createString(type.name());
        int title = builder.createString(type.layer().title());
        int description = builder.createString(type.layer().abstractText());
        Header.startHeader(builder);
        Header.addName(builder, name);
        Header.addGeometryType(builder, GeometryType.MultiPolygon);
        Header.addColumns(builder, columnsVector);
        // Unknown count and no index: both written explicitly, the specification's way of saying "streamed".
        Header.addFeaturesCount(builder, 0L);
        Header.addIndexNodeSize(builder, 0);
        Header.addCrs(builder, crsOffset);
        Header.addTitle(builder, title);
        Header.addDescription(builder, description);
        builder.finishSizePrefixed(Header.endHeader(builder));
        writeBuffer();
    }

    @Override
    public void feature(FeatureRow row) throws IOException {
        builder.clear();
        int geometry = row.wkb() == null ? 0 : GeometryConversions.serialize(builder, multiPolygon(row.wkb()), (byte) GeometryType.MultiPolygon);
        properties.clear();
        int c = 0;
        if (idColumn) {
            properties.putString(c++, row.localId());
        }
        for (int i = 0; i < row.values().size(); i++) {
            properties.put(c++, row.properties().get(i).type(), row.values().get(i));
        }
        int props = properties.size() == 0 ? 0 : Feature.createPropertiesVector(builder, properties.buffer());
        builder.finishSizePrefixed(Feature.createFeature(builder, geometry, props, 0));
        writeBuffer();
    }

    @Override
    public void end(long numberReturned) throws IOException {
        out.flush();
    }

    private void writeBuffer() throws IOException {
        ByteBuffer b = builder.dataBuffer();
        out.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
    }

    private MultiPolygon multiPolygon(byte[] bytes) throws IOException {
        try {
            Geometry g = wkb.read(bytes);
            if (g instanceof MultiPolygon mp) {
                return mp;
            }
            if (g instanceof Polygon p) {
                return g.getFactory().createMultiPolygon(new Polygon[] {p});
            }
            throw new IOException("FlatGeobuf layer " + type.name() + " is MultiPolygon, the database sent a " + g.getGeometryType());
        } catch (ParseException e) {
            throw new IOException("the database sent WKB that does not parse: " + e.getMessage(), e);
        }
    }

    /** The FlatGeobuf column type of a property (as DescribeFeatureType says: xsd:int is Int, xsd:decimal Double). */
    static int columnType(FeatureProperty p) {
        return switch (p.type()) {
            case STRING -> org.wololo.flatgeobuf.generated.ColumnType.String;
            case INTEGER -> org.wololo.flatgeobuf.generated.ColumnType.Int;
            case DECIMAL -> org.wololo.flatgeobuf.generated.ColumnType.Double;
            case BOOLEAN -> org.wololo.flatgeobuf.generated.ColumnType.Bool;
            case DATE_TIME -> org.wololo.flatgeobuf.generated.ColumnType.DateTime;
            case GEOMETRY -> throw new IllegalArgumentException("the geometry is not a column: " + p.name());
        };
    }
}
