package vn.landinfo.adminunit.infrastructure;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.adminunit.model.AdminLevel;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;
import vn.landinfo.adminunit.model.ReferenceUnit;
import vn.landinfo.adminunit.model.UnitType;

/**
 * {@code units.json} of the reference data: provinces, each with its {@code Wards} (communes, wards and special
 * zones). 1.5 MB, so it is read as a tree; only the boundaries need streaming.
 */
public final class ReferenceUnitsFile {

    private ReferenceUnitsFile() {
    }

    /** Provinces first, then communes, each in file order. */
    public static List<ReferenceUnit> read(Path file) {
        JsonNode root;
        try (var in = Files.newInputStream(file)) {
            root = JsonMapper.shared().readTree(in);
        } catch (JacksonException | java.io.IOException e) {
            throw new InvalidAdminUnitInput(file + ": cannot read the unit list: " + e.getMessage());
        }
        return parse(root, file.toString());
    }

    static List<ReferenceUnit> parse(JsonNode root, String source) {
        if (!root.isArray()) {
            throw new InvalidAdminUnitInput(source + ": expected a JSON array of provinces");
        }
        List<ReferenceUnit> provinces = new ArrayList<>();
        List<ReferenceUnit> communes = new ArrayList<>();
        for (JsonNode province : root) {
            ReferenceUnit p = unit(province, AdminLevel.PROVINCE, text(province, "Code", source), source);
            provinces.add(p);
            for (JsonNode ward : province.path("Wards")) {
                String provinceCode = ward.path("ProvinceCode").asString(p.code());
                if (!provinceCode.equals(p.code())) {
                    throw new InvalidAdminUnitInput(source + ": commune " + ward.path("Code").asString()
                            + " is listed under province " + p.code() + " but says ProvinceCode " + provinceCode);
                }
                communes.add(unit(ward, AdminLevel.COMMUNE, p.code(), source));
            }
        }
        List<ReferenceUnit> all = new ArrayList<>(provinces);
        all.addAll(communes);
        return all;
    }

    private static ReferenceUnit unit(JsonNode node, AdminLevel level, String provinceCode, String source) {
        String code = text(node, "Code", source);
        try {
            return new ReferenceUnit(level, code,
                    UnitType.fromShortName(text(node, "AdministrativeUnitShortName", source), level),
                    text(node, "Name", source), text(node, "NameEn", source),
                    text(node, "FullName", source), text(node, "FullNameEn", source), provinceCode);
        } catch (IllegalArgumentException e) {
            throw new InvalidAdminUnitInput(source + ": unit " + code + ": " + e.getMessage());
        }
    }

    private static String text(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.asString().isBlank()) {
            throw new InvalidAdminUnitInput(source + ": a unit (" + node.path("Code").asString("no code")
                    + ") has no '" + field + "'");
        }
        return value.asString().strip();
    }
}
