package vn.landinfo.demo.model;

/**
 * An area band in m², both ends included: the areas a generated parcel may have for its land-use purposes to stay
 * what its layout made it (an urban lot of 40–200 m² is residential, ODT). The surveyor-shape repair keeps every
 * parcel inside its band (docs/decisions/0110-repairs-keep-the-outline-and-the-lot-sizes.md).
 */
record AreaRange(double min, double max) {

    /** No band: the parcel's purposes do not depend on its area. */
    static final AreaRange ANY = new AreaRange(0, Double.POSITIVE_INFINITY);

    AreaRange {
        if (!(min <= max)) {
            throw new IllegalArgumentException("empty area range " + min + "–" + max);
        }
    }

    boolean contains(double area) {
        return area >= min && area <= max;
    }
}
