package vn.landinfo.transaction.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One land-use purpose of a parcel version as the register holds it: current code, the code as recorded
 * when it was a legacy one, area (m², 1 decimal), term (null end = lâu dài, long-term) and origin code.
 */
public record LandUse(String code, String recordedCode, BigDecimal area, LocalDate termEnd, String origin) {

    public boolean longTerm() {
        return termEnd == null;
    }
}
