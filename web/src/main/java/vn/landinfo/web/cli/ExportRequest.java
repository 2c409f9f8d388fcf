package vn.landinfo.web.cli;

import java.nio.file.Path;
import java.util.List;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;

/**
 * {@code export}'s arguments: an area, a format, the CRS (CRS:84 unless named; any CRS the map services offer) and
 * the file to write.
 */
record ExportRequest(ExportArea area, ExportFormat format, MapCrs crs, Path output) {

    static final String USAGE = "export (--commune CODE | --province CODE) [--format geojson|gml|fgb] [--crs EPSG:n] --output FILE"
            + "  the current parcels of a commune or province to a file (same encoders as WFS / OGC API), with a progress line";

    static ExportRequest parse(List<String> arguments, CrsCatalogue crss) {
        ExportArea area = null;
        ExportFormat format = ExportFormat.GEOJSON;
        MapCrs crs = crss.find("CRS:84").orElseThrow();
        Path output = null;
        for (int i = 0; i < arguments.size(); i++) {
            String a = arguments.get(i);
            switch (a) {
                case "--commune", "--province" -> {
                    if (area != null) {
                        throw new UsageException("name one commune or one province / chỉ nêu một xã hoặc một tỉnh");
                    }
                    String code = value(arguments, ++i, a);
                    area = a.equals("--commune") ? commune(code) : province(code);
                }
                case "--format" -> format = ExportFormat.parse(value(arguments, ++i, a));
                case "--crs" -> {
                    String code = value(arguments, ++i, a);
                    crs = crss.find(code).orElseThrow(() -> new UsageException("unknown CRS / hệ tọa độ không có: " + code
                            + " (EPSG:4326, CRS:84, EPSG:3857, EPSG:4756, EPSG:3405, EPSG:3406, EPSG:5896–5899, EPSG:9205–9218)"));
                }
                case "--output" -> output = Path.of(value(arguments, ++i, a));
                default -> throw new UsageException("unknown option / tùy chọn không hợp lệ: " + a);
            }
        }
        if (area == null) {
            throw new UsageException("name --commune CODE or --province CODE / cần --commune hoặc --province");
        }
        if (output == null) {
            throw new UsageException("name the file with --output FILE / cần --output");
        }
        return new ExportRequest(area, format, crs, output);
    }

    private static ExportArea commune(String code) {
        if (!code.matches("[0-9]{5}")) {
            throw new UsageException("a commune code has 5 digits / mã xã có 5 chữ số: " + code);
        }
        return new ExportArea.Commune(code);
    }

    private static ExportArea province(String code) {
        if (!code.matches("[0-9]{2}")) {
            throw new UsageException("a province code has 2 digits / mã tỉnh có 2 chữ số: " + code);
        }
        return new ExportArea.Province(code);
    }

    private static String value(List<String> arguments, int i, String option) {
        if (i >= arguments.size()) {
            throw new UsageException(option + " needs a value / cần giá trị");
        }
        return arguments.get(i);
    }
}
