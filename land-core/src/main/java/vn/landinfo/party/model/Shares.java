package vn.landinfo.party.model;

import java.math.BigInteger;
import java.util.Collection;

/**
 * Arithmetic on holders' shares (phần quyền sử dụng), kept as exact fractions: the shares of one right
 * must add up to exactly one whole, and 1/3 + 1/3 + 1/3 must be one, which no decimal type guarantees.
 */
public final class Shares {

    private Shares() {
    }

    /** The sum of the holders' shares as a reduced fraction {numerator, denominator}. */
    public static BigInteger[] sum(Collection<Holder> holders) {
        BigInteger num = BigInteger.ZERO;
        BigInteger den = BigInteger.ONE;
        for (Holder h : holders) {
            BigInteger d = BigInteger.valueOf(h.shareDenominator());
            num = num.multiply(d).add(BigInteger.valueOf(h.shareNumerator()).multiply(den));
            den = den.multiply(d);
            BigInteger g = num.gcd(den);
            if (g.signum() > 0) {
                num = num.divide(g);
                den = den.divide(g);
            }
        }
        return new BigInteger[] {num, den};
    }

    public static boolean addUpToOne(Collection<Holder> holders) {
        BigInteger[] s = sum(holders);
        return s[0].equals(s[1]);
    }

    /** The sum written for an officer: "2/3". */
    public static String describe(Collection<Holder> holders) {
        BigInteger[] s = sum(holders);
        return s[0] + "/" + s[1];
    }
}
