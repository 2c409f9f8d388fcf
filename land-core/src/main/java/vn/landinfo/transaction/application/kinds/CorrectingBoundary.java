package vn.landinfo.transaction.application.kinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.PurposeInputs;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.infrastructure.ParcelStore;
import vn.landinfo.transaction.model.BoundaryAdjustment;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.ParcelState;
import vn.landinfo.transaction.model.PolygonInput;
import vn.landinfo.transaction.model.RegisterSnap;
import vn.landinfo.transaction.model.Slivers;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Chỉnh lý ranh giới, diện tích: the parcel gets a new version with the corrected geometry and keeps its
 * national ID; every current neighbour the move affects gets a new version in the same transaction
 * ({@link BoundaryAdjustment}: land taken is cut from it, land given up goes to the neighbour bordering
 * it most), so no gap and no overlap appears. The changes are endorsed on the valid certificates.
 *
 * <p>Kind rules: the new geometry is a valid polygon (and differs from the current one); every
 * neighbour that would change was declared in {@code neighbours} — the parcels whose versions the
 * client sent in If-Match — so a client that drew on a stale map cannot change a parcel it did not look
 * at (NEIGHBOUR_NOT_DECLARED names them); land given up that no neighbour borders would be a gap
 * (BOUNDARY_WOULD_LEAVE_GAP); a neighbour cannot be swallowed whole (NEIGHBOUR_WOULD_VANISH — that is a
 * merge) nor cut into separate pieces (NEIGHBOUR_WOULD_BE_DIVIDED — that is a split). Legal areas: the corrected parcel's as given, else its computed area; each changed
 * neighbour's becomes its new computed area. Purposes keep their shares of the legal area. A boundary
 * drawn in another CRS than the parcel's TM-3 zone is first snapped onto the register ({@link RegisterSnap}).
 */
public final class CorrectingBoundary implements ChangeHandler<BoundaryCorrection> {

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.BOUNDARY_CORRECTION);
    }

    @Override
    public Class<BoundaryCorrection> commandType() {
        return BoundaryCorrection.class;
    }

    @Override
    public void apply(BoundaryCorrection correction, RegisterSession session) {
        CurrentParcel parcel = session.requireCurrent(correction.parcelId(), "parcelId");
        int srid = parcel.srid();
        Geometry drawn = session.geometry(correction.geometry(), srid, "geometry");
        PolygonInput.check(drawn, "thửa đất số " + parcel.state().parcelNumber() + " / parcel " + parcel.state().parcelNumber(),
                parcel.parcelId()).map(v -> v.about("geometry")).ifPresent(session::violate);
        if (!session.violations().isEmpty()) {
            return;
        }
        MultiPolygon current = parcel.state().geomTm3();
        Map<Long, CurrentParcel> around = new LinkedHashMap<>();
        List<BoundaryAdjustment.Neighbour> neighbours = new ArrayList<>();
        Geometry reach = OverlayNGRobust.overlay(current, drawn, OverlayNG.UNION).buffer(0.01);
        reach.setSRID(srid);
        for (CurrentParcel n : session.parcels().currentIntersecting(reach, Set.of(parcel.parcelId()))) {
            around.put(n.parcelId(), n);
            Geometry g = n.srid() == srid ? n.state().geomTm3() : session.parcels().transform(n.state().geomTm3(), srid);
            neighbours.add(new BoundaryAdjustment.Neighbour(n.parcelId(), g));
        }
        MultiPolygon corrected = PolygonInput.asMultiPolygon(onTheRegister(drawn, current, neighbours, session.reprojects(srid)), srid);
        double noise = Slivers.NOISE_M2;
        if (OverlayNGRobust.overlay(current, corrected, OverlayNG.SYMDIFFERENCE).getArea() <= noise
                && (correction.legalArea() == null || correction.legalArea().compareTo(parcel.state().legalArea()) == 0)) {
            session.violate(new Violation("NOTHING_CHANGES", "Ranh giới mới trùng với ranh giới hiện tại",
                    "The new boundary is the parcel's current one", parcel.parcelId(), null));
            return;
        }

        BoundaryAdjustment.Result result = BoundaryAdjustment.adjust(current, corrected, neighbours, noise);

        for (Geometry orphan : result.orphans()) {
            session.violate(new Violation("BOUNDARY_WOULD_LEAVE_GAP",
                    "Phần đất %.2f m² mà thửa đất số %d trả lại không giáp thửa nào, sẽ thành khoảng hở".formatted(orphan.getArea(), parcel.state().parcelNumber()),
                    "The %.2f m² parcel %d gives up borders no neighbour and would become a gap".formatted(orphan.getArea(), parcel.state().parcelNumber()),
                    parcel.parcelId(), orphan));
        }
        for (long id : result.vanished()) {
            CurrentParcel n = around.get(id);
            session.violate(new Violation("NEIGHBOUR_WOULD_VANISH",
                    "Ranh giới mới phủ toàn bộ thửa đất số %d; muốn gộp thửa đó phải làm thủ tục hợp thửa".formatted(n.state().parcelNumber()),
                    "The new boundary covers all of parcel %d; joining it is a merge, not a boundary correction".formatted(n.state().parcelNumber()),
                    id, n.state().geomTm3()));
        }
        for (long id : result.divided()) {
            CurrentParcel n = around.get(id);
            session.violate(new Violation("NEIGHBOUR_WOULD_BE_DIVIDED",
                    "Ranh giới mới chia thửa đất số %d thành các phần rời nhau; muốn vậy phải làm thủ tục tách thửa".formatted(n.state().parcelNumber()),
                    "The new boundary would cut parcel %d into separate pieces; dividing a parcel is a split, not a boundary correction"
                            .formatted(n.state().parcelNumber()),
                    id, result.changed().get(id)));
        }
        Set<Long> declared = correction.neighbours() == null ? Set.of() : new HashSet<>(correction.neighbours());
        for (Map.Entry<Long, MultiPolygon> e : result.changed().entrySet()) {
            if (!declared.contains(e.getKey())) {
                CurrentParcel n = around.get(e.getKey());
                Geometry part = OverlayNGRobust.overlay(neighbourIn(neighbours, e.getKey()), e.getValue(), OverlayNG.SYMDIFFERENCE);
                part.setSRID(srid);
                session.violate(new Violation("NEIGHBOUR_NOT_DECLARED",
                        "Chỉnh lý làm thay đổi thửa đất số %d tờ bản đồ số %d (id %d) nhưng thửa này không được khai trong danh sách thửa liền kề; tải lại bản đồ và khai thửa này"
                                .formatted(n.state().parcelNumber(), sheetNumber(n, session), n.parcelId()),
                        "The correction changes parcel %d of sheet %d (id %d), which is not among the declared neighbours; reload the map and declare it"
                                .formatted(n.state().parcelNumber(), sheetNumber(n, session), n.parcelId()),
                        n.parcelId(), part));
            }
        }
        for (Map.Entry<Long, MultiPolygon> e : result.changed().entrySet()) {
            PolygonInput.check(e.getValue(), "thửa liền kề " + e.getKey() + " / neighbour " + e.getKey(), e.getKey()).ifPresent(session::violate);
        }
        if (!session.violations().isEmpty()) {
            return;
        }

        BigDecimal legal = correction.legalArea() != null ? correction.legalArea().setScale(1, java.math.RoundingMode.HALF_EVEN)
                : ParcelStore.legalArea(corrected.getArea());
        if (legal.signum() <= 0) {
            throw InvalidChange.malformed("legalArea", "legalArea must be a positive number of m²");
        }
        reshape(parcel, corrected, legal, session);
        for (Map.Entry<Long, MultiPolygon> e : result.changed().entrySet()) {
            CurrentParcel n = around.get(e.getKey());
            MultiPolygon g = n.srid() == srid ? e.getValue()
                    : PolygonInput.asMultiPolygon(session.parcels().transform(e.getValue(), n.srid()), n.srid());
            reshape(n, g, ParcelStore.legalArea(g.getArea()), session);
        }
    }

    /**
     * A boundary drawn in the parcel's own TM-3 zone is taken as drawn; one drawn in another CRS came back
     * a millimetre or so off the register, so it is snapped onto the parcel's and its neighbours' lines
     * first ({@link RegisterSnap}): the edges the officer kept are then the register's, exactly as if drawn
     * in TM-3, and only the land really moved changes hands.
     */
    private static Geometry onTheRegister(Geometry drawn, MultiPolygon current, List<BoundaryAdjustment.Neighbour> neighbours, boolean reprojected) {
        if (!reprojected) {
            return drawn;
        }
        List<Geometry> register = new ArrayList<>();
        register.add(current);
        neighbours.forEach(n -> register.add(n.geometry()));
        return RegisterSnap.onto(drawn, register, RegisterSnap.REPROJECTED_M);
    }

    /** A new version with the new geometry and legal area, purposes keeping their shares; endorsed on the certificates. */
    private static void reshape(CurrentParcel p, MultiPolygon g, BigDecimal legal, RegisterSession session) {
        ParcelState next = p.state().withGeometry(g, legal)
                .withPurposes(PurposeInputs.proportional(p.state().purposes(), p.state().legalArea(), legal));
        session.newVersion(p, next, true);
        for (CertificateInfo c : session.certificates().validFor(p.parcelId())) {
            session.certificates().endorse(c.id(), session.transactionId(), session.instant(),
                    "Chỉnh lý ranh giới, diện tích thửa đất số %d: %s m² thành %s m²".formatted(p.state().parcelNumber(),
                            p.state().legalArea().toPlainString(), legal.toPlainString()));
            session.certificateEffect("endorsed " + c.serial() + " (parcel " + p.parcelId() + ")");
        }
    }

    private static Geometry neighbourIn(List<BoundaryAdjustment.Neighbour> ns, long id) {
        return ns.stream().filter(n -> n.parcelId() == id).findFirst().orElseThrow().geometry();
    }

    private static int sheetNumber(CurrentParcel p, RegisterSession session) {
        return session.parcels().sheet(p.state().mapSheetId()).map(s -> s.sheetNumber()).orElse(0);
    }
}
