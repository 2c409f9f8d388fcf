package vn.landinfo.transaction.application.command;

import java.math.BigDecimal;

/**
 * One land-use purpose (mục đích sử dụng): code (current or legacy), area in m² (1 decimal), term
 * ("long_term" or an ISO end date) and origin code (nguồn gốc sử dụng). A null area means "the whole
 * parcel" when the parcel has a single purpose.
 */
public record PurposeInput(String code, BigDecimal area, String term, String origin) {
}
