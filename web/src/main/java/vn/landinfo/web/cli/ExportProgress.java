package vn.landinfo.web.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Locale;
import vn.landinfo.mapserver.features.FeatureRow;
import vn.landinfo.mapserver.features.encode.CollectionInfo;
import vn.landinfo.mapserver.features.encode.FeatureEncoder;
import vn.landinfo.mapserver.features.query.GeometryEncoding;

/**
 * Counts what an export has written and says so on one line, at most every {@link #EVERY_NANOS} and once at the
 * end: features, megabytes, features per second, megabytes per second. On a terminal the line is rewritten in
 * place; in a log each report is a line of its own. It wraps the real encoder, so counting costs nothing else.
 */
final class ExportProgress implements FeatureEncoder {

    static final long EVERY_NANOS = 2_000_000_000L;

    private final FeatureEncoder encoder;
    private final PrintStream to;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private long features;
    private long bytes;
    private long lastReport = start;

    ExportProgress(FeatureEncoder encoder, PrintStream to, boolean terminal) {
        this.encoder = encoder;
        this.to = to;
        this.terminal = terminal;
    }

    @Override
    public String contentType() {
        return encoder.contentType();
    }

    @Override
    public GeometryEncoding geometryEncoding() {
        return encoder.geometryEncoding();
    }

    @Override
    public void begin(OutputStream out, CollectionInfo info) throws IOException {
        encoder.begin(new FilterOutputStream(out) {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
                bytes++;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes += len;
            }
        }, info);
    }

    @Override
    public void feature(FeatureRow row) throws IOException {
        encoder.feature(row);
        features++;
        long now = System.nanoTime();
        if (now - lastReport >= EVERY_NANOS) {
            lastReport = now;
            to.print(line() + (terminal ? "\r" : "\n"));
            to.flush();
        }
    }

    @Override
    public void end(long numberReturned) throws IOException {
        encoder.end(numberReturned);
        to.println(line());
        to.flush();
    }

    long features() {
        return features;
    }

    long bytes() {
        return bytes;
    }

    double seconds() {
        return Math.max(1e-9, (System.nanoTime() - start) / 1e9);
    }

    /** e.g. {@code xuất / export: 15,198 đối tượng / features, 12.3 MB, 7,650/s, 6.2 MB/s}. */
    String line() {
        double s = seconds();
        double mb = bytes / 1e6;
        return String.format(Locale.ROOT, "xuất / export: %,d đối tượng / features, %.1f MB, %,.0f đối tượng/s / features/s, %.1f MB/s",
                features, mb, features / s, mb / s);
    }
}
