package vn.landinfo.transaction.application.kinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.PurposeInputs;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.Merge;
import vn.landinfo.rights.infrastructure.RestrictionCarryOver;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.rights.model.Encumbrances;
import vn.landinfo.party.model.Holder;
import vn.landinfo.transaction.model.LandUse;
import vn.landinfo.transaction.model.MergeGeometry;
import vn.landinfo.transaction.model.ParcelState;
import vn.landinfo.transaction.model.Slivers;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Hợp thửa: the inputs end (retired) and their union becomes one new parcel with a new national ID, the
 * next number on its sheet, lineage 'merge' from each input, the common holders' rights and one new
 * certificate replacing the inputs' certificates.
 *
 * <p>Kind rules: at least two current inputs, none mortgaged, seized or in dispute; adjacent (their
 * union is one polygon, each sharing a boundary with the rest); the same holders with the same shares;
 * on one map sheet unless {@code crossSheet} acknowledges otherwise — then the result goes on the
 * sheet of the largest input (the documented cross-sheet rule), in that sheet's TM-3 zone. The legal
 * area is the sum of the inputs' legal areas (the areas on their certificates); purposes are summed by
 * code unless given. Rights are those of the largest input (the land-use right of the common holders,
 * with its form, term and origin); a lease on a smaller input does not spread to the whole.
 */
public final class Merging implements ChangeHandler<Merge> {

    private final PurposeInputs purposes;
    private final RestrictionCarryOver restrictions;

    public Merging(PurposeInputs purposes, RestrictionCarryOver restrictions) {
        this.purposes = purposes;
        this.restrictions = restrictions;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.MERGE);
    }

    @Override
    public Class<Merge> commandType() {
        return Merge.class;
    }

    @Override
    public void apply(Merge merge, RegisterSession session) {
        List<CurrentParcel> inputs = inputs(merge, session);
        for (CurrentParcel p : inputs) {
            Encumbrances.blocking(session.rights().currentRestrictions(p.parcelId()), p.parcelId(), p.state().parcelNumber(),
                    "hợp thửa", "merge").forEach(session::violate);
        }
        checkHolders(inputs, session);
        CurrentParcel largest = inputs.stream().max(Comparator.comparingDouble((CurrentParcel p) -> p.state().geomTm3().getArea())
                .thenComparing(CurrentParcel::parcelId, Comparator.reverseOrder())).orElseThrow();
        if (inputs.stream().map(p -> p.state().mapSheetId()).distinct().count() > 1 && !Boolean.TRUE.equals(merge.crossSheet())) {
            session.violate(new Violation("MERGE_DIFFERENT_SHEETS",
                    "Các thửa hợp nằm trên các tờ bản đồ khác nhau; xác nhận hợp thửa qua tờ bản đồ (crossSheet) nếu đúng như vậy",
                    "The parcels to merge lie on different map sheets; set crossSheet to merge across sheets",
                    null, null));
        }

        List<Geometry> geometries = new ArrayList<>();
        for (CurrentParcel p : inputs) {
            geometries.add(p.srid() == largest.srid() ? p.state().geomTm3() : session.parcels().transform(p.state().geomTm3(), largest.srid()));
        }
        MergeGeometry.Union union = MergeGeometry.union(geometries, Slivers.NOISE_M2);
        if (!union.adjacent() && union.detached().isEmpty()) {
            session.violate(new Violation("MERGE_NOT_ADJACENT",
                    "Các thửa hợp tạo thành %d phần rời nhau, không thành một thửa".formatted(union.geometry().getNumGeometries()),
                    "The parcels would make %d separate pieces, not one parcel".formatted(union.geometry().getNumGeometries()),
                    null, union.geometry()));
        } else if (!union.adjacent()) {
            for (int i : union.detached()) {
                CurrentParcel p = inputs.get(i);
                session.violate(new Violation("MERGE_NOT_ADJACENT",
                        "Thửa đất số %d không có chung ranh giới với các thửa còn lại; chỉ hợp được các thửa liền kề".formatted(p.state().parcelNumber()),
                        "Parcel %d shares no boundary with the other parcels; only adjacent parcels can be merged".formatted(p.state().parcelNumber()),
                        p.parcelId(), geometries.get(i)));
            }
        }
        if (!session.violations().isEmpty()) {
            return;
        }

        BigDecimal legal = inputs.stream().map(p -> p.state().legalArea()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<LandUse> uses = merge.purposes() != null && !merge.purposes().isEmpty()
                ? purposes.read(merge.purposes(), legal, "purposes") : summed(inputs);
        String address = merge.address() != null ? merge.address() : largest.state().address();
        long sheet = largest.state().mapSheetId();
        int number = session.parcels().nextParcelNumber(sheet);
        long id = session.newParcel(new ParcelState(largest.state().communeId(), sheet, number, union.geometry(), legal, address, uses));
        List<Long> inputIds = inputs.stream().map(CurrentParcel::parcelId).toList();
        for (long p : inputIds) {
            session.lineage(p, id, "merge");
            restrictions.planning(p, List.of(id), session.transactionId(), session.instant());
        }
        session.rights().copyCurrentRights(largest.parcelId(), id, session.transactionId(), session.instant());
        CertificateReplacement.replace(session, inputIds, List.of(id), "Hợp thửa");
        for (CurrentParcel p : inputs) {
            session.rights().endCurrentRights(p.parcelId(), session.transactionId(), session.instant());
            session.retire(p);
        }
    }

    private static List<CurrentParcel> inputs(Merge merge, RegisterSession session) {
        if (merge.parcelIds() == null || merge.parcelIds().size() < 2) {
            throw vn.landinfo.transaction.model.InvalidChange.malformed("parcelIds", "a merge needs at least two parcels in parcelIds");
        }
        Set<Long> seen = new HashSet<>();
        List<CurrentParcel> out = new ArrayList<>();
        for (int i = 0; i < merge.parcelIds().size(); i++) {
            Long id = merge.parcelIds().get(i);
            if (id != null && !seen.add(id)) {
                throw vn.landinfo.transaction.model.InvalidChange.malformed("parcelIds[" + i + "]", "parcel " + id + " is listed twice");
            }
            out.add(session.requireCurrent(id, "parcelIds[" + i + "]"));
        }
        return out;
    }

    /** MERGE_DIFFERENT_HOLDERS: every input must have exactly the first input's holders, with the same shares. */
    private static void checkHolders(List<CurrentParcel> inputs, RegisterSession session) {
        Set<Holder> first = new HashSet<>(session.rights().currentHolders(inputs.get(0).parcelId()));
        for (int i = 1; i < inputs.size(); i++) {
            CurrentParcel p = inputs.get(i);
            Set<Holder> these = new HashSet<>(session.rights().currentHolders(p.parcelId()));
            if (!these.equals(first)) {
                session.violate(new Violation("MERGE_DIFFERENT_HOLDERS",
                        "Người sử dụng đất của thửa số %d khác với thửa số %d; chỉ hợp được các thửa của cùng người sử dụng với cùng tỷ lệ"
                                .formatted(p.state().parcelNumber(), inputs.get(0).state().parcelNumber()),
                        "Parcel %d has other holders (or shares) than parcel %d; only parcels of the same holders can be merged"
                                .formatted(p.state().parcelNumber(), inputs.get(0).state().parcelNumber()),
                        p.parcelId(), null));
            }
        }
    }

    /** The inputs' purposes summed by code, in the order they first appear; term and origin of the first. */
    private static List<LandUse> summed(List<CurrentParcel> inputs) {
        Map<String, LandUse> byCode = new LinkedHashMap<>();
        for (CurrentParcel p : inputs) {
            for (LandUse u : p.state().purposes()) {
                byCode.merge(u.code(), u, (a, b) -> new LandUse(a.code(), a.recordedCode(), a.area().add(b.area()), a.termEnd(), a.origin()));
            }
        }
        return List.copyOf(byCode.values());
    }
}
