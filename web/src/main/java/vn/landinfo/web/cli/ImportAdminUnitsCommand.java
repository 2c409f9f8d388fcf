package vn.landinfo.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.landinfo.adminunit.application.ImportingAdminUnits;
import vn.landinfo.adminunit.model.AdminUnitImportReport;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;

/**
 * {@code import admin-units}: the reference provinces and communes (once), or
 * {@code import admin-units <file.geojson>}: boundaries for existing units, e.g. the communes of Đà Nẵng and TP.HCM.
 */
@Component
class ImportAdminUnitsCommand implements Command {

    private final ImportingAdminUnits importing;
    private final Path referenceDir;

    ImportAdminUnitsCommand(ImportingAdminUnits importing, @Value("${landinfo.admin-units-dir}") String referenceDir) {
        this.importing = importing;
        this.referenceDir = Path.of(referenceDir);
    }

    @Override
    public List<String> words() {
        return List.of("import", "admin-units");
    }

    @Override
    public String usage() {
        return "import admin-units [file.geojson]  load the reference units once, or boundaries from a GeoJSON file";
    }

    @Override
    public int run(List<String> arguments) {
        if (arguments.size() > 1) {
            throw new UsageException("chỉ một tệp / at most one GeoJSON file, got " + arguments.size() + " arguments");
        }
        if (arguments.size() == 1 && !Files.isRegularFile(Path.of(arguments.get(0)))) {
            throw new UsageException("không tìm thấy tệp / file not found: " + arguments.get(0));
        }
        AdminUnitImportReport report;
        try {
            report = arguments.isEmpty()
                    ? importing.importReference(referenceDir)
                    : importing.importBoundaries(Path.of(arguments.get(0)));
        } catch (InvalidAdminUnitInput e) {
            System.err.println("landinfo import admin-units: dữ liệu bị từ chối, không ghi gì / input refused, nothing written:");
            System.err.println("  " + e.getMessage());
            return 1;
        }
        report.lines().forEach(System.out::println);
        if (!report.repairedUnits().isEmpty()) {
            System.out.println("Đơn vị được sửa ranh giới / units with repaired boundaries: "
                    + String.join(" ", report.repairedUnits()));
        }
        return 0;
    }
}
