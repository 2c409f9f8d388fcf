package vn.landinfo.transaction.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.landinfo.transaction.application.command.PurposeInput;
import vn.landinfo.transaction.infrastructure.CodeLists;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.LandUse;

/**
 * Reads the purposes of a request into the register's form: legacy codes are mapped to current ones and
 * kept as recorded; a single purpose without an area takes the whole legal area; terms are "long_term"
 * or an ISO date. Unknown codes and malformed values are client errors naming the field.
 */
public final class PurposeInputs {

    private final CodeLists codes;

    public PurposeInputs(CodeLists codes) {
        this.codes = codes;
    }

    public List<LandUse> read(List<PurposeInput> inputs, BigDecimal legalArea, String field) {
        if (inputs == null || inputs.isEmpty()) {
            throw InvalidChange.malformed(field, field + " must list at least one land-use purpose");
        }
        List<LandUse> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            PurposeInput p = inputs.get(i);
            String f = field + "[" + i + "]";
            if (p == null || p.code() == null || p.code().isBlank()) {
                throw InvalidChange.malformed(f + ".code", f + ".code is required (a land-use code such as ODT, LUC, CLN)");
            }
            String recorded = p.code().trim().toUpperCase(java.util.Locale.ROOT);
            String code = codes.currentPurpose(recorded).orElseThrow(() -> InvalidChange.malformed(f + ".code",
                    f + ".code '" + p.code() + "' is not a land-use code of Circular 08/2024 nor a known legacy code"));
            if (!seen.add(code)) {
                throw InvalidChange.malformed(f + ".code", f + ".code " + code + " is listed twice");
            }
            BigDecimal area = p.area();
            if (area == null) {
                if (inputs.size() > 1) {
                    throw InvalidChange.malformed(f + ".area", f + ".area is required when the parcel has several purposes");
                }
                area = legalArea;
            }
            if (area == null || area.signum() <= 0) {
                throw InvalidChange.malformed(f + ".area", f + ".area must be a positive number of m²");
            }
            LocalDate termEnd = null;
            if (p.term() != null && !p.term().isBlank() && !p.term().equals("long_term")) {
                try {
                    termEnd = LocalDate.parse(p.term());
                } catch (DateTimeParseException e) {
                    throw InvalidChange.malformed(f + ".term", f + ".term must be \"long_term\" or an ISO date (YYYY-MM-DD), got '" + p.term() + "'");
                }
            }
            if (p.origin() != null && !codes.isOrigin(p.origin())) {
                throw InvalidChange.malformed(f + ".origin", f + ".origin '" + p.origin() + "' is not a land-use origin code");
            }
            out.add(new LandUse(code, recorded.equals(code) ? null : recorded, area.setScale(1, RoundingMode.HALF_EVEN), termEnd, p.origin()));
        }
        return out;
    }

    /** The purposes of a parcel carried over to a part of it (split child), in proportion to the part's area. */
    public static List<LandUse> proportional(List<LandUse> parent, BigDecimal parentArea, BigDecimal partArea) {
        List<LandUse> out = new ArrayList<>();
        BigDecimal left = partArea;
        for (int i = 0; i < parent.size(); i++) {
            LandUse u = parent.get(i);
            BigDecimal a = i == parent.size() - 1 ? left
                    : u.area().multiply(partArea).divide(parentArea, 1, RoundingMode.HALF_EVEN);
            left = left.subtract(a);
            if (a.signum() > 0) {
                out.add(new LandUse(u.code(), u.recordedCode(), a, u.termEnd(), u.origin()));
            }
        }
        return out;
    }
}
