package io.zhclaims.claims;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact decimal a figure was written as. The scanner computes in binary floating point
 * ({@code 12.7 × 10^8} is 1269999999.9999998 there); every figure of an article is written
 * with at most 15 significant digits and a double keeps 15.9, so rounding to 15 digits gives
 * back the decimal the text wrote, and computed ones ({@code 三分之一}) to 15 digits.
 */
public final class Decimals {
    private static final MathContext WRITTEN = new MathContext(15, RoundingMode.HALF_EVEN);

    private Decimals() {
    }

    /** The decimal of {@code v}, without trailing zeros and never in E-notation; null when not finite. */
    public static BigDecimal of(double v) {
        if (!Double.isFinite(v)) {
            return null;
        }
        BigDecimal d = new BigDecimal(v).round(WRITTEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** The decimal of {@code v}, or null for null or a value that is not finite. */
    public static BigDecimal of(Double v) {
        return v == null ? null : of(v.doubleValue());
    }
}
