package vn.landinfo.cadastre.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Makes a set of non-overlapping polygons into a topologically clean partition: all boundaries are
 * noded together once (snap-rounded to the precision model) and polygonized, and each face goes back
 * to the piece that contains it. Neighbours then share exactly the same vertices — a vertex that one
 * side gained where a third parcel's edge meets it (a T-junction) exists on the other side too.
 */
public final class PartitionNoder {

    private final PrecisionModel precision;
    private final GeometryFactory factory;

    public PartitionNoder(PrecisionModel precision) {
        this.precision = precision;
        this.factory = new GeometryFactory(precision);
    }

    /**
     * Returns, in the order of {@code pieces}, each piece rebuilt from the noded faces (a Polygon or,
     * rarely, a MultiPolygon), or {@code null} where a piece vanished under snap-rounding.
     */
    public List<Geometry> node(List<? extends Geometry> pieces) {
        List<LineString> rings = new ArrayList<>();
        STRtree index = new STRtree();
        for (int i = 0; i < pieces.size(); i++) {
            Geometry piece = pieces.get(i);
            for (int p = 0; p < piece.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) piece.getGeometryN(p);
                rings.add(factory.createLineString(polygon.getExteriorRing().getCoordinateSequence()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(factory.createLineString(polygon.getInteriorRingN(h).getCoordinateSequence()));
                }
            }
            index.insert(piece.getEnvelopeInternal(), i);
        }
        Geometry noded = UnaryUnionNG.union(factory.createMultiLineString(rings.toArray(LineString[]::new)), precision);
        Polygonizer polygonizer = new Polygonizer(false);
        polygonizer.add(noded);
        List<List<Polygon>> facesOf = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            facesOf.add(new ArrayList<>(1));
        }
        // The polygonizer hands its faces over in an order that follows identity hash codes, which change from run
        // to run: each face is normalised (ring start and orientation) and the faces sorted by their coordinates, so
        // the same pieces always give the same parcels, vertex for vertex (docs/decisions/0080-reproducible-demo-register.md).
        List<Polygon> sorted = new ArrayList<>();
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) ((Polygon) o).copy();
            face.normalize();
            sorted.add(face);
        }
        sorted.sort(Comparator.naturalOrder());
        for (Polygon face : sorted) {
            Point inside = face.getInteriorPoint();
            int owner = -1;
            double nearest = Double.MAX_VALUE;
            for (Object candidate : index.query(inside.getEnvelopeInternal())) {
                int i = (Integer) candidate;
                // Snap-rounding moves edges by up to half a millimetre: a sliver face may fall just
                // outside every piece, so it goes to the nearest one within a millimetre.
                double d = pieces.get(i).distance(inside);
                if (d < nearest) {
                    nearest = d;
                    owner = i;
                }
                if (d == 0) {
                    break;
                }
            }
            if (owner >= 0 && nearest <= 0.001) {
                facesOf.get(owner).add(face);
            }
            // A face farther from every piece is a hole of the area being partitioned (an enclave): dropped.
        }
        List<Geometry> result = new ArrayList<>(pieces.size());
        for (List<Polygon> faces : facesOf) {
            if (faces.isEmpty()) {
                result.add(null);
            } else if (faces.size() == 1) {
                result.add(faces.get(0));
            } else {
                // Faces of one piece are edge-matched, so the coverage union removes shared edges exactly.
                Geometry union = CoverageUnion.union(faces.toArray(Geometry[]::new));
                union.normalize();
                result.add(union);
            }
        }
        return result;
    }
}
