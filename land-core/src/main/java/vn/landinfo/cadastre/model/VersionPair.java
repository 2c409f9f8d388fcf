package vn.landinfo.cadastre.model;

import java.util.OptionalInt;

/**
 * The two versions of a parcel a diff compares. Unspecified ends default to "the previous version against
 * the current (or last) one": {@code to} = the latest version, {@code from} = the one before {@code to}
 * (or {@code to} itself for a parcel that has only one version, an empty diff).
 */
public record VersionPair(int from, int to) {

    public VersionPair {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("versions must satisfy 1 <= from <= to, got " + from + ".." + to);
        }
    }

    /** Resolves the requested ends against the parcel's versions 1..latest; an end outside them is unknown. */
    public static VersionPair resolve(long parcelId, OptionalInt from, OptionalInt to, int latest) {
        int t = to.orElse(latest);
        if (t < 1 || t > latest) {
            throw new UnknownParcelVersion(parcelId, t, latest);
        }
        int f = from.orElse(Math.max(1, t - 1));
        if (f < 1 || f > latest) {
            throw new UnknownParcelVersion(parcelId, f, latest);
        }
        if (f > t) {
            throw new IllegalArgumentException("from (" + f + ") must not be after to (" + t + ")");
        }
        return new VersionPair(f, t);
    }
}
