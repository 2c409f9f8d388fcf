package vn.landinfo.transaction.application.command;

import java.math.BigDecimal;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** One parcel a split makes. With cutting lines the geometry is computed and this may be omitted or carry attributes only. */
public record SplitChild(Geometry geometry, BigDecimal legalArea, List<PurposeInput> purposes, String address) {
}
