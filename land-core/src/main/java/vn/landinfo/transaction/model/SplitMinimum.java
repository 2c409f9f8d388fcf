package vn.landinfo.transaction.model;

import java.math.BigDecimal;

/**
 * Diện tích tối thiểu được tách thửa for one purpose: minimum area (m²), minimum frontage (m, null when
 * the decision sets none), and the decision it comes from — a province's, or the national default.
 */
public record SplitMinimum(String purposeCode, BigDecimal minimumArea, BigDecimal minimumFrontage, String legalBasis) {
}
