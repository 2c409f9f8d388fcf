package vn.landinfo.web.cli;

import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import vn.landinfo.mapserver.crs.CrsCatalogue;

/**
 * {@code export (--commune CODE | --province CODE) [--format geojson|gml|fgb] [--crs EPSG:n] --output FILE}: the
 * current parcels of an area to a file, for operators who hand a province to another agency or load it into a
 * desktop GIS. A progress line goes to stderr while it runs, one summary line to stdout at the end.
 */
@Component
class ExportCommand implements Command {

    private final Exporting exporting;

    ExportCommand(DataSource dataSource) {
        this.exporting = new Exporting(dataSource);
    }

    @Override
    public List<String> words() {
        return List.of("export");
    }

    @Override
    public String usage() {
        return ExportRequest.USAGE;
    }

    @Override
    public int run(List<String> arguments) throws Exception {
        ExportRequest request = ExportRequest.parse(arguments, CrsCatalogue.standard());
        Exporting.Result r = exporting.export(request, System.err, System.console() != null);
        System.out.printf(Locale.ROOT, "Đã xuất / exported %,d đối tượng / features of %s (%s, %s) to %s: %.1f MB in %.1f s (%,.0f features/s, %.1f MB/s)%n",
                r.features(), request.area().describe(), request.format().name().toLowerCase(Locale.ROOT), request.crs().code(),
                request.output(), r.bytes() / 1e6, r.seconds(), r.features() / r.seconds(), r.bytes() / 1e6 / r.seconds());
        return 0;
    }
}
