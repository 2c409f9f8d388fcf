package vn.landinfo.web.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.features.FeatureStream;
import vn.landinfo.mapserver.features.FeatureTypes;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.features.query.RegisterTime;

/**
 * Writes an export: the area's current parcels as one unpaged {@link FeatureQuery}, read by the same
 * {@link FeatureStream} and written by the same encoders as the WFS and OGC API answers, into a file beside the
 * target that is moved into place only when complete (an interrupted export leaves no half file under the name).
 * Memory stays flat whatever the area: rows go from the server-side cursor to the file as they arrive
 * (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md).
 */
final class Exporting {

    /** Bounds each statement and each fetch of the cursor, never the time the whole export takes. */
    static final Duration STATEMENT_TIMEOUT = Duration.ofMinutes(30);

    /** What was written. */
    record Result(long features, long bytes, double seconds) {
    }

    private final DataSource dataSource;
    private final FeatureStream stream;

    Exporting(DataSource dataSource) {
        this.dataSource = dataSource;
        this.stream = new FeatureStream(dataSource, STATEMENT_TIMEOUT);
    }

    /** Writes the request's export to its output file, which appears only when the export is complete. */
    Result export(ExportRequest request, PrintStream progressTo, boolean terminal) throws IOException, SQLException {
        FeatureQuery query = query(request);
        Path target = request.output().toAbsolutePath();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Result r;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
                r = write(request, query, out, progressTo, terminal);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return r;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** The area's query: every current parcel of it, unpaged (so unordered), x first in the request's CRS. */
    FeatureQuery query(ExportRequest request) throws SQLException {
        return new FeatureQuery(FeatureTypes.of(PublishedLayer.PARCELS), request.area().filter(dataSource),
                new RegisterTime.Current(), List.of(), List.of(), 0, null, request.crs(), false);
    }

    /** Streams the query's features in the request's format to {@code out}, reporting progress. */
    Result write(ExportRequest request, FeatureQuery query, OutputStream out, PrintStream progressTo, boolean terminal) throws IOException {
        ExportProgress progress = new ExportProgress(request.format().encoder(query), progressTo, terminal);
        stream.write(List.of(query), request.format().countsFirst(), progress, request.format().info(query), out);
        return new Result(progress.features(), progress.bytes(), progress.seconds());
    }
}
