package vn.landinfo.transaction.application.lifecycle;

import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Lineal;
import vn.landinfo.transaction.application.command.BoundaryCorrection;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.application.command.FirstRegistration;
import vn.landinfo.transaction.application.command.InformationChange;
import vn.landinfo.transaction.application.command.Merge;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.transaction.application.command.MortgageRelease;
import vn.landinfo.transaction.application.command.PurposeChange;
import vn.landinfo.transaction.application.command.RightsTransfer;
import vn.landinfo.transaction.application.command.Split;
import vn.landinfo.transaction.application.command.SplitChild;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.PolygonInput;

/**
 * What a draft refuses at once, because it can be judged from the change alone (docs/decisions/
 * 0092-a-draft-refuses-what-it-can-judge-alone.md): a change that names nothing to change (no parcel, no
 * geometry, no cutting line, no holder) and a drawn polygon that can never be a parcel (empty, not a
 * polygon, self-intersecting). Everything that needs the register (neighbours, areas, holders, versions)
 * waits for the preview, since a desktop GIS delivers a change in several steps that break those rules
 * one by one. Each refusal is a 400 naming the field; nothing is stored.
 */
final class DraftChecks {

    private DraftChecks() {
    }

    static void requireJudgeableAlone(ChangeCommand c) {
        if (c instanceof BoundaryCorrection b) {
            required(b.parcelId(), "parcelId");
            polygon(b.geometry(), "geometry");
        } else if (c instanceof Split s) {
            required(s.parcelId(), "parcelId");
            split(s);
        } else if (c instanceof FirstRegistration r) {
            required(r.sheet(), "sheet");
            polygon(r.geometry(), "geometry");
            notEmpty(r.holders(), "holders");
        } else if (c instanceof Merge m) {
            if (m.parcelIds() == null || m.parcelIds().size() < 2) {
                throw InvalidChange.malformed("parcelIds", "parcelIds phải có ít nhất hai thửa / a merge needs at least two parcels in parcelIds");
            }
        } else if (c instanceof PurposeChange p) {
            required(p.parcelId(), "parcelId");
            notEmpty(p.purposes(), "purposes");
        } else if (c instanceof RightsTransfer t) {
            required(t.parcelId(), "parcelId");
            notEmpty(t.to(), "to");
        } else if (c instanceof MortgageRegistration m) {
            required(m.parcelId(), "parcelId");
            required(m.mortgagee(), "mortgagee");
        } else if (c instanceof MortgageRelease m) {
            required(m.parcelId(), "parcelId");
            required(m.mortgageId(), "mortgageId");
        } else if (c instanceof InformationChange i) {
            required(i.parcelId(), "parcelId");
            if ((i.address() == null || i.address().isBlank()) && (i.parties() == null || i.parties().isEmpty())) {
                throw InvalidChange.malformed("address", "không có gì để thay đổi / give the parcel's new address, holders' changes (parties), or both");
            }
        } else if (c instanceof CertificateChange cc) {
            if (cc.serial() == null || cc.serial().isBlank()) {
                throw InvalidChange.malformed("serial", "serial (số phát hành của Giấy chứng nhận) là bắt buộc / serial is required");
            }
        }
    }

    private static void split(Split s) {
        List<Geometry> lines = s.cuttingLines() == null ? List.of() : s.cuttingLines();
        List<SplitChild> children = s.children() == null ? List.of() : s.children();
        if (lines.isEmpty() && children.isEmpty()) {
            throw InvalidChange.malformed("cuttingLines", "tách thửa cần đường cắt hoặc các thửa tách / "
                    + "a split needs cuttingLines (GeoJSON LineStrings) or children[].geometry");
        }
        for (int i = 0; i < lines.size(); i++) {
            Geometry g = lines.get(i);
            if (!(g instanceof Lineal) || g.isEmpty()) {
                String f = "cuttingLines[" + i + "]";
                throw InvalidChange.malformed(f, f + " phải là đường cắt (LineString) không rỗng / " + f
                        + " must be a non-empty GeoJSON LineString or MultiLineString, not " + (g.isEmpty() ? "an empty " : "a ") + g.getGeometryType());
            }
        }
        if (lines.isEmpty()) {
            if (children.size() < 2) {
                throw InvalidChange.malformed("children", "tách thửa tạo ít nhất hai thửa / a split makes at least two parcels; children lists " + children.size());
            }
            for (int i = 0; i < children.size(); i++) {
                polygon(children.get(i) == null ? null : children.get(i).geometry(), "children[" + i + "].geometry");
            }
        }
    }

    private static void polygon(Geometry g, String field) {
        required(g, field);
        PolygonInput.check(g, field, null).ifPresent(v -> {
            throw InvalidChange.malformed(field, v.messageVi() + " / " + v.messageEn() + " (" + v.code() + "); "
                    + "a draft keeps only what can become a parcel");
        });
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw InvalidChange.malformed(field, field + " là bắt buộc / " + field + " is required");
        }
    }

    private static void notEmpty(Collection<?> values, String field) {
        if (values == null || values.isEmpty()) {
            throw InvalidChange.malformed(field, field + " không được rỗng / " + field + " must list at least one entry");
        }
    }
}
