package vn.landinfo.transaction.application.kinds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.HolderInputs;
import vn.landinfo.transaction.application.PurposeInputs;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.FirstRegistration;
import vn.landinfo.transaction.application.command.SheetRef;
import vn.landinfo.transaction.infrastructure.CodeLists;
import vn.landinfo.transaction.infrastructure.ParcelStore;
import vn.landinfo.transaction.infrastructure.SheetDirectory;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.party.model.Holder;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.LandUse;
import vn.landinfo.transaction.model.ParcelState;
import vn.landinfo.transaction.model.SheetInfo;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Đăng ký đất đai lần đầu: a parcel enters the register on a map sheet, with a national ID, its purposes,
 * a land-use right for its holders and, unless declined, a first certificate.
 *
 * <p>The sheet is found by its legal address part (commune, sheet number, and the survey unit where the
 * commune holds several sheets of that number, docs/decisions/0005-legal-address-with-survey-units.md). The geometry is
 * read into the sheet's TM-3
 * zone; it must be a valid polygon, and must not overlap current parcels (the common rule). The parcel
 * number is the next on the sheet unless given; a given number must never have been used on the sheet
 * (numbers written on certificates are not reused). The land-use right's term is long-term unless every
 * purpose has an end date, then the latest of them.
 */
public final class RegisteringFirstTime implements ChangeHandler<FirstRegistration> {

    private final PurposeInputs purposes;
    private final HolderInputs holders;
    private final SheetDirectory sheets;
    private final CodeLists codes;

    public RegisteringFirstTime(PurposeInputs purposes, HolderInputs holders, SheetDirectory sheets, CodeLists codes) {
        this.purposes = purposes;
        this.holders = holders;
        this.sheets = sheets;
        this.codes = codes;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.FIRST_REGISTRATION);
    }

    @Override
    public Class<FirstRegistration> commandType() {
        return FirstRegistration.class;
    }

    @Override
    public void apply(FirstRegistration r, RegisterSession session) {
        SheetInfo sheet = sheet(r.sheet(), session);
        if (r.useForm() != null && !Set.of("rieng", "chung").contains(r.useForm())) {
            throw InvalidChange.malformed("useForm", "useForm must be 'rieng' (sole) or 'chung' (joint)");
        }
        if (r.origin() != null && !codes.isOrigin(r.origin())) {
            throw InvalidChange.malformed("origin", "origin '" + r.origin() + "' is not a land-use origin code");
        }
        if (r.address() != null && r.address().length() > 500) {
            throw InvalidChange.malformed("address", "address is longer than 500 characters");
        }
        MultiPolygon geom = polygons(session.geometry(r.geometry(), sheet.srid(), "geometry"));
        if (r.legalArea() != null && (r.legalArea().signum() <= 0 || r.legalArea().stripTrailingZeros().scale() > 1)) {
            throw InvalidChange.malformed("legalArea", "legalArea must be a positive number of m² with at most one decimal");
        }
        TopologyValidationError invalid = new IsValidOp(geom).getValidationError();
        if (invalid != null) {
            session.violate(new Violation("INVALID_GEOMETRY",
                    "Hình thửa đất không hợp lệ: " + invalid.getMessage() + " tại " + invalid.getCoordinate(),
                    "The parcel's geometry is not valid: " + invalid.getMessage() + " at " + invalid.getCoordinate(), null,
                    point(geom, invalid)).about("geometry"));
            // The holders are still checked, so the officer sees every violation at once; the purposes
            // cannot be, as an invalid shape has no area to compare them with.
            holders.check(r.holders(), "holders", session);
            return;
        }
        BigDecimal legalArea = r.legalArea() != null ? r.legalArea().setScale(1) : ParcelStore.legalArea(geom.getArea());
        List<LandUse> uses = purposes.read(r.purposes(), legalArea, "purposes");
        HolderInputs.Plan plan = holders.check(r.holders(), "holders", session);
        if (r.useForm() != null && r.useForm().equals("rieng") && plan.size() > 1) {
            throw InvalidChange.malformed("useForm", "useForm 'rieng' (sole) names one holder; " + plan.size() + " are given");
        }

        // The commune lock keeps a concurrent edit nearby from passing the overlap rule against the
        // register as it was before this parcel; then two registrations on one sheet number in turn.
        // Commune before sheet, the order a split or merge takes them in, so the two never deadlock.
        session.parcels().lockCommunes(List.of(sheet.communeId()));
        sheets.lock(sheet.id());
        int number = number(r.parcelNumber(), sheet, session);
        if (!session.violations().isEmpty()) {
            return;
        }

        ParcelState state = new ParcelState(sheet.communeId(), sheet.id(), number, geom, legalArea,
                r.address() == null || r.address().isBlank() ? null : r.address().trim(), uses);
        long parcelId = session.newParcel(state);
        List<Holder> owners = plan.create(session);
        String useForm = r.useForm() != null ? r.useForm() : owners.size() == 1 ? "rieng" : "chung";
        String origin = r.origin() != null ? r.origin() : uses.stream().map(LandUse::origin).filter(Objects::nonNull).findFirst().orElse(null);
        LocalDate term = uses.stream().anyMatch(LandUse::longTerm) ? null
                : uses.stream().map(LandUse::termEnd).max(LocalDate::compareTo).orElse(null);
        session.rights().openRight(parcelId, "land_use", useForm, term, origin, owners, session.transactionId(), session.instant());
        if (!Boolean.FALSE.equals(r.issueCertificate())) {
            CertificateInfo c = session.certificates().issue(List.of(parcelId), owners.stream().map(Holder::partyId).toList(),
                    session.transactionId(), session.instant());
            session.certificateEffect("issued " + c.serial());
        }
    }

    private SheetInfo sheet(SheetRef ref, RegisterSession session) {
        if (ref == null || ref.commune() == null || ref.commune().isBlank() || ref.sheet() == null) {
            throw InvalidChange.malformed("sheet", "sheet must give commune (5-digit code) and sheet (map sheet number)");
        }
        List<SheetInfo> found = session.parcels().sheets(ref.commune().trim(), ref.sheet());
        if (ref.surveyUnit() != null && !ref.surveyUnit().isBlank()) {
            found = found.stream().filter(s -> s.surveyUnitCode().equals(ref.surveyUnit().trim())).toList();
        }
        if (found.isEmpty()) {
            throw InvalidChange.notFound("sheet", "there is no current map sheet " + ref.sheet() + " in commune " + ref.commune()
                    + (ref.surveyUnit() == null ? "" : " surveyed in " + ref.surveyUnit())
                    + " (không có tờ bản đồ này trong xã/phường)");
        }
        if (found.size() > 1) {
            Map<String, String> names = sheets.surveyUnitNames(found.stream().map(SheetInfo::surveyUnitCode).toList());
            String units = String.join(", ", found.stream().map(s -> s.surveyUnitCode() + " (" + names.getOrDefault(s.surveyUnitCode(), "?") + ")").toList());
            throw InvalidChange.malformed("sheet.surveyUnit", "commune " + ref.commune() + " has " + found.size() + " sheets numbered "
                    + ref.sheet() + ", one per survey unit: " + units + "; give sheet.surveyUnit "
                    + "(xã/phường có nhiều tờ bản đồ số " + ref.sheet() + " theo đơn vị đo đạc: " + units + "; hãy chọn đơn vị đo đạc)");
        }
        return found.get(0);
    }

    /** The given number if never used on the sheet, else PARCEL_NUMBER_TAKEN; the next free number if none is given. */
    private int number(Integer given, SheetInfo sheet, RegisterSession session) {
        if (given == null) {
            return session.parcels().nextParcelNumber(sheet.id());
        }
        if (given <= 0) {
            throw InvalidChange.malformed("parcelNumber", "parcelNumber must be a positive integer");
        }
        SheetDirectory.NumberUse use = sheets.numberUse(sheet.id(), given);
        if (use == SheetDirectory.NumberUse.CURRENT) {
            session.violate(Violation.of("PARCEL_NUMBER_TAKEN",
                    "Số thửa " + given + " đã có trên tờ bản đồ số " + sheet.sheetNumber(),
                    "Parcel number " + given + " is already in use on map sheet " + sheet.sheetNumber()));
        } else if (use == SheetDirectory.NumberUse.RETIRED) {
            session.violate(Violation.of("PARCEL_NUMBER_TAKEN",
                    "Số thửa " + given + " đã từng dùng trên tờ bản đồ số " + sheet.sheetNumber() + "; số thửa đã dùng không được cấp lại",
                    "Parcel number " + given + " was used on map sheet " + sheet.sheetNumber() + " before; a number is never reused"));
        }
        return given;
    }

    /** A parcel is one or more polygons; anything else is not a parcel geometry. */
    private static MultiPolygon polygons(Geometry g) {
        if (g instanceof MultiPolygon mp && !mp.isEmpty()) {
            return mp;
        }
        if (g instanceof Polygon p && !p.isEmpty()) {
            MultiPolygon mp = g.getFactory().createMultiPolygon(new Polygon[] {p});
            mp.setSRID(g.getSRID());
            return mp;
        }
        String got = g == null ? "nothing" : (g.isEmpty() ? "an empty " : "a ") + g.getGeometryType();
        throw InvalidChange.malformed("geometry", "geometry phải là vùng (Polygon/MultiPolygon) không rỗng / "
                + "geometry must be a non-empty Polygon or MultiPolygon, got " + got);
    }

    private static Geometry point(Geometry g, TopologyValidationError e) {
        if (e.getCoordinate() == null) {
            return null;
        }
        Geometry p = new GeometryFactory(g.getPrecisionModel(), g.getSRID()).createPoint(e.getCoordinate());
        p.setSRID(g.getSRID());
        return p;
    }
}
