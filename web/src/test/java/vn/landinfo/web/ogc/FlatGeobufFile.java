package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wololo.flatgeobuf.generated.ColumnType;
import org.wololo.flatgeobuf.generated.Feature;
import org.wololo.flatgeobuf.generated.Header;

/**
 * A FlatGeobuf answer read in the test as the specification lays it out (magic bytes, size-prefixed header,
 * size-prefixed features to the end; no index, since a streamed answer has none), with the reference
 * implementation's FlatBuffers tables.
 */
record FlatGeobufFile(Header header, List<Feature> features) {

    static FlatGeobufFile read(byte[] bytes) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(Arrays.copyOf(bytes, 4)).as("magic bytes").isEqualTo(new byte[] {'f', 'g', 'b', 3});
        b.position(8);
        Header header = Header.getRootAsHeader(next(b));
        assertThat(header.indexNodeSize()).as("a streamed file has no index").isZero();
        List<Feature> features = new ArrayList<>();
        while (b.hasRemaining()) {
            features.add(Feature.getRootAsFeature(next(b)));
        }
        return new FlatGeobufFile(header, features);
    }

    private static ByteBuffer next(ByteBuffer b) {
        int size = b.getInt();
        ByteBuffer table = b.slice().order(ByteOrder.LITTLE_ENDIAN);
        table.limit(size);
        b.position(b.position() + size);
        return table;
    }

    /** The value of the {@code id} column of every feature, in order. */
    List<String> ids() {
        int idColumn = -1;
        for (int i = 0; i < header.columnsLength(); i++) {
            if (header.columns(i).name().equals("id")) {
                idColumn = i;
            }
        }
        assertThat(idColumn).as("an id column").isGreaterThanOrEqualTo(0);
        List<String> ids = new ArrayList<>();
        for (Feature f : features) {
            ByteBuffer p = f.propertiesAsByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
            while (p.hasRemaining()) {
                int column = Short.toUnsignedInt(p.getShort());
                int type = header.columns(column).type();
                int size = switch (type) {
                    case ColumnType.Bool, ColumnType.Byte, ColumnType.UByte -> 1;
                    case ColumnType.Short, ColumnType.UShort -> 2;
                    case ColumnType.Int, ColumnType.UInt, ColumnType.Float -> 4;
                    case ColumnType.Long, ColumnType.ULong, ColumnType.Double -> 8;
                    default -> p.getInt();
                };
                if (column == idColumn) {
                    byte[] text = new byte[size];
                    p.get(text);
                    ids.add(new String(text, StandardCharsets.UTF_8));
                } else {
                    p.position(p.position() + size);
                }
            }
        }
        return ids;
    }
}
