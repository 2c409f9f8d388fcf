package vn.landinfo.transaction.application.kinds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.PurposeInputs;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.application.command.SplitChild;
import vn.landinfo.transaction.infrastructure.ParcelStore;
import vn.landinfo.rights.infrastructure.RestrictionCarryOver;
import vn.landinfo.transaction.infrastructure.SplitMinimums;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.rights.model.Encumbrances;
import vn.landinfo.transaction.model.Frontage;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.LandUse;
import vn.landinfo.transaction.model.ParcelCutter;
import vn.landinfo.transaction.model.ParcelState;
import vn.landinfo.transaction.model.PolygonInput;
import vn.landinfo.transaction.model.Slivers;
import vn.landinfo.transaction.model.SplitMinimum;
import vn.landinfo.transaction.model.SplitPartition;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Tách thửa: the parent ends (retired, its national ID never reused) and each child is a new parcel with
 * a national ID of its own, the next numbers on the parent's sheet, the parent's address, lineage
 * 'split', the parent's rights and planning restrictions, and a new certificate replacing the parent's.
 * Children come from cutting lines (computed exactly, see {@link ParcelCutter}) or from child polygons
 * that must partition the parent ({@link SplitPartition}). Neighbours are not touched.
 *
 * <p>Kind rules: the parent carries no mortgage, seizure or dispute; every line splits; the children
 * partition the parent; each child keeps the minimum split area of its main purpose (the province's
 * row, else the national one) and, where the row sets a minimum frontage and the child lies on a road
 * parcel (DGT), that frontage. A child with no road frontage is not measured: the register cannot see
 * an access lane that is not itself a parcel.
 */
public final class Splitting implements ChangeHandler<Split> {

    private final PurposeInputs purposes;
    private final SplitMinimums minimums;
    private final RestrictionCarryOver restrictions;

    public Splitting(PurposeInputs purposes, SplitMinimums minimums, RestrictionCarryOver restrictions) {
        this.purposes = purposes;
        this.minimums = minimums;
        this.restrictions = restrictions;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.SPLIT);
    }

    @Override
    public Class<Split> commandType() {
        return Split.class;
    }

    @Override
    public void apply(Split split, RegisterSession session) {
        CurrentParcel parent = session.requireCurrent(split.parcelId(), "parcelId");
        boolean byLines = split.cuttingLines() != null && !split.cuttingLines().isEmpty();
        List<SplitChild> attributes = split.children() == null ? List.of() : split.children();
        if (!byLines && attributes.isEmpty()) {
            throw InvalidChange.malformed("cuttingLines", "a split needs cuttingLines (GeoJSON LineStrings) or children[].geometry");
        }
        Encumbrances.blocking(session.rights().currentRestrictions(parent.parcelId()), parent.parcelId(),
                parent.state().parcelNumber(), "tách thửa", "split").forEach(session::violate);

        double noise = Slivers.NOISE_M2;
        Optional<List<MultiPolygon>> pieces = byLines ? cut(split, attributes, parent, session)
                : drawn(attributes, parent, session, noise);
        if (pieces.isEmpty() || !session.violations().isEmpty()) {
            return;
        }
        List<ParcelState> children = new ArrayList<>();
        for (int i = 0; i < pieces.get().size(); i++) {
            children.add(child(parent, pieces.get().get(i), i < attributes.size() ? attributes.get(i) : null, "children[" + i + "]"));
        }
        checkMinimums(parent, children, session);
        if (!session.violations().isEmpty()) {
            return;
        }

        List<Long> ids = new ArrayList<>();
        for (ParcelState c : children) {
            int number = session.parcels().nextParcelNumber(c.mapSheetId());
            long id = session.newParcel(c.withNumber(c.mapSheetId(), number));
            session.lineage(parent.parcelId(), id, "split");
            session.rights().copyCurrentRights(parent.parcelId(), id, session.transactionId(), session.instant());
            ids.add(id);
        }
        restrictions.planning(parent.parcelId(), ids, session.transactionId(), session.instant());
        CertificateReplacement.replace(session, List.of(parent.parcelId()), ids, "Tách thửa");
        session.rights().endCurrentRights(parent.parcelId(), session.transactionId(), session.instant());
        session.retire(parent);
    }

    private static Optional<List<MultiPolygon>> cut(Split split, List<SplitChild> attributes, CurrentParcel parent, RegisterSession session) {
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < split.cuttingLines().size(); i++) {
            lines.addAll(line(split.cuttingLines().get(i), parent.srid(), "cuttingLines[" + i + "]", session));
        }
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i) != null && attributes.get(i).geometry() != null) {
                throw InvalidChange.malformed("children[" + i + "].geometry", "children[" + i + "].geometry must be omitted when "
                        + "cuttingLines are given: the lines make the children (ordered north to south, then west to east)");
            }
        }
        ParcelCutter.Cut cut = ParcelCutter.cut(parent.state().geomTm3(), lines);
        for (int i : cut.idleLines()) {
            session.violate(new Violation("CUTTING_LINE_DOES_NOT_SPLIT",
                    "Đường cắt thứ %d không chia thửa đất: phải cắt ngang qua thửa từ ranh giới này sang ranh giới kia".formatted(i + 1),
                    "Cutting line %d does not split the parcel: it must cross it from boundary to boundary".formatted(i + 1),
                    parent.parcelId(), lines.get(i)));
        }
        if (!session.violations().isEmpty()) {
            return Optional.empty();
        }
        if (!attributes.isEmpty() && attributes.size() != cut.pieces().size()) {
            session.violate(new Violation("CHILDREN_DO_NOT_MATCH_CUT",
                    "Các đường cắt chia thửa thành %d thửa nhưng hồ sơ khai %d thửa tách".formatted(cut.pieces().size(), attributes.size()),
                    "The lines cut the parcel into %d children but %d are described".formatted(cut.pieces().size(), attributes.size()),
                    parent.parcelId(), PolygonInput.asMultiPolygon(parent.state().geomTm3().getFactory()
                            .createMultiPolygon(cut.pieces().toArray(Polygon[]::new)), parent.srid())));
            return Optional.empty();
        }
        return Optional.of(cut.pieces().stream().map(PolygonInput::asMultiPolygon).toList());
    }

    /** A cutting line from the request, as the LineStrings it is made of, in the parcel's SRID. */
    private static List<LineString> line(Geometry given, int srid, String field, RegisterSession session) {
        Geometry g = session.geometry(given, srid, field);
        List<LineString> out = new ArrayList<>();
        if (g instanceof LineString l && !l.isEmpty()) {
            out.add(l);
        } else if (g instanceof MultiLineString m && !m.isEmpty()) {
            for (int i = 0; i < m.getNumGeometries(); i++) {
                out.add((LineString) m.getGeometryN(i));
            }
        } else {
            throw InvalidChange.malformed(field, field + " phải là đường cắt (LineString) không rỗng, không phải "
                    + (g.isEmpty() ? "một " + g.getGeometryType() + " rỗng" : g.getGeometryType()) + " / " + field
                    + " must be a non-empty GeoJSON LineString or MultiLineString, not " + (g.isEmpty() ? "an empty " : "a ") + g.getGeometryType());
        }
        return out;
    }

    private static Optional<List<MultiPolygon>> drawn(List<SplitChild> attributes, CurrentParcel parent, RegisterSession session, double noise) {
        if (attributes.size() < 2) {
            throw InvalidChange.malformed("children", "a split makes at least two parcels; children lists " + attributes.size());
        }
        List<Geometry> polygons = new ArrayList<>();
        for (int i = 0; i < attributes.size(); i++) {
            String field = "children[" + i + "].geometry";
            if (attributes.get(i) == null || attributes.get(i).geometry() == null) {
                throw InvalidChange.malformed(field, field + " is required when no cuttingLines are given");
            }
            Geometry g = session.geometry(attributes.get(i).geometry(), parent.srid(), field);
            PolygonInput.check(g, "thửa tách thứ " + (i + 1) + " / child " + (i + 1), parent.parcelId()).map(v -> v.about(field))
                    .ifPresent(session::violate);
            polygons.add(g);
        }
        if (!session.violations().isEmpty()) {
            return Optional.empty();
        }
        MultiPolygon whole = parent.state().geomTm3();
        SplitPartition.check(whole, polygons, session.settings().areaConservationM2(), parent.parcelId()).forEach(session::violate);
        if (!session.violations().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(SplitPartition.fit(whole, polygons, noise));
    }

    private ParcelState child(CurrentParcel parent, MultiPolygon piece, SplitChild attrs, String field) {
        BigDecimal legal = attrs != null && attrs.legalArea() != null ? attrs.legalArea().setScale(1, java.math.RoundingMode.HALF_EVEN)
                : ParcelStore.legalArea(piece.getArea());
        List<LandUse> uses = attrs != null && attrs.purposes() != null && !attrs.purposes().isEmpty()
                ? purposes.read(attrs.purposes(), legal, field + ".purposes")
                : PurposeInputs.proportional(parent.state().purposes(), parent.state().legalArea(), legal);
        String address = attrs != null && attrs.address() != null ? attrs.address() : parent.state().address();
        ParcelState p = parent.state();
        // The number is taken when the child is written, so the numbers follow one another on the sheet.
        return new ParcelState(p.communeId(), p.mapSheetId(), p.parcelNumber(), piece, legal, address, uses);
    }

    private void checkMinimums(CurrentParcel parent, List<ParcelState> children, RegisterSession session) {
        List<Geometry> roads = null;
        for (int i = 0; i < children.size(); i++) {
            ParcelState c = children.get(i);
            Optional<LandUse> main = c.purposes().stream().max(Comparator.comparing(LandUse::area));
            Optional<SplitMinimum> min = main.flatMap(u -> minimums.forPurpose(parent.provinceCode(), u.code()));
            if (min.isEmpty()) {
                continue;
            }
            SplitMinimum m = min.get();
            if (c.legalArea().compareTo(m.minimumArea()) < 0) {
                session.violate(new Violation("SPLIT_BELOW_MINIMUM_AREA",
                        "Thửa tách thứ %d có diện tích %s m², nhỏ hơn diện tích tối thiểu được tách thửa %s m² đối với đất %s (%s)"
                                .formatted(i + 1, c.legalArea().toPlainString(), m.minimumArea().toPlainString(), m.purposeCode(), m.legalBasis()),
                        "Child %d would have %s m², below the minimum split area of %s m² for %s land (%s)"
                                .formatted(i + 1, c.legalArea().toPlainString(), m.minimumArea().toPlainString(), m.purposeCode(), m.legalBasis()),
                        parent.parcelId(), c.geomTm3()));
            }
            if (m.minimumFrontage() != null) {
                if (roads == null) {
                    roads = roads(parent, session);
                }
                double frontage = Frontage.along(c.geomTm3(), roads);
                if (frontage > 0 && frontage < m.minimumFrontage().doubleValue()) {
                    session.violate(new Violation("SPLIT_BELOW_MINIMUM_FRONTAGE",
                            "Thửa tách thứ %d có mặt tiền %s m, nhỏ hơn mặt tiền tối thiểu %s m đối với đất %s (%s)"
                                    .formatted(i + 1, metres(frontage), m.minimumFrontage().toPlainString(), m.purposeCode(), m.legalBasis()),
                            "Child %d would have a frontage of %s m, below the minimum of %s m for %s land (%s)"
                                    .formatted(i + 1, metres(frontage), m.minimumFrontage().toPlainString(), m.purposeCode(), m.legalBasis()),
                            parent.parcelId(), c.geomTm3()));
                }
            }
        }
    }

    /** The road parcels (DGT) around the parent, in its SRID. */
    private static List<Geometry> roads(CurrentParcel parent, RegisterSession session) {
        MultiPolygon g = parent.state().geomTm3();
        List<Geometry> out = new ArrayList<>();
        Geometry near = g.buffer(0.01);
        near.setSRID(parent.srid());
        for (CurrentParcel n : session.parcels().currentIntersecting(near, Set.of(parent.parcelId()))) {
            if (n.state().purposes().stream().anyMatch(u -> u.code().equals("DGT"))) {
                out.add(n.srid() == parent.srid() ? n.state().geomTm3() : session.parcels().transform(n.state().geomTm3(), parent.srid()));
            }
        }
        return out;
    }

    private static String metres(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
