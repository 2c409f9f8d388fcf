package vn.landinfo.transaction.application.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Đăng ký lần đầu: a parcel enters the register. Its number is the next free on the sheet unless given;
 * it gets a national ID, a land-use right for the holders and, unless declined, a certificate.
 */
public record FirstRegistration(SheetRef sheet, Integer parcelNumber, Geometry geometry, BigDecimal legalArea,
                                List<PurposeInput> purposes, String address, List<HolderInput> holders,
                                String useForm, String origin, Boolean issueCertificate) implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return Set.of();
    }
}
