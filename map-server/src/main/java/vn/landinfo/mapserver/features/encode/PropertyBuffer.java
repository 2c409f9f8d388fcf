package vn.landinfo.mapserver.features.encode;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import vn.landinfo.mapserver.features.PropertyType;

/**
 * One FlatGeobuf feature's property buffer, reused from feature to feature: for each value that is not null, the
 * column index (ushort) and the value, little-endian — Int as int32, Double as float64, Bool as one byte, String and
 * DateTime (ISO 8601 text, UTC) as a uint32 byte length and UTF-8 bytes. A null is left out, which is how the
 * format says "null".
 */
final class PropertyBuffer {

    private ByteBuffer buffer = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);

    void clear() {
        buffer.clear();
    }

    int size() {
        return buffer.position();
    }

    /** The bytes written since {@link #clear()}, as a view (valid until the next write). */
    ByteBuffer buffer() {
        return ByteBuffer.wrap(buffer.array(), 0, buffer.position());
    }

    void put(int column, PropertyType type, Object value) {
        if (value == null) {
            return;
        }
        switch (type) {
            case STRING -> putString(column, value.toString());
            case INTEGER -> {
                room(6);
                buffer.putShort((short) column).putInt(Math.toIntExact(((Number) value).longValue()));
            }
            case DECIMAL -> {
                room(10);
                buffer.putShort((short) column).putDouble(value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue());
            }
            case BOOLEAN -> {
                room(3);
                buffer.putShort((short) column).put((byte) (Boolean.TRUE.equals(value) ? 1 : 0));
            }
            case DATE_TIME -> putString(column, value instanceof LocalDate d ? d.toString() : Values.text(value));
            case GEOMETRY -> throw new IllegalArgumentException("the geometry is not a property value");
        }
    }

    void putString(int column, String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        room(6 + utf8.length);
        buffer.putShort((short) column).putInt(utf8.length).put(utf8);
    }

    private void room(int bytes) {
        if (buffer.remaining() < bytes) {
            ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + bytes)).order(ByteOrder.LITTLE_ENDIAN);
            buffer.flip();
            bigger.put(buffer);
            buffer = bigger;
        }
    }
}
