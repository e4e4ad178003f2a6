package org.muhojir.core.policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Numbers in the shocks' descriptions, as people write them. */
final class Shown {
    private Shown() {
    }

    /**
     * {@code v} to four decimal places (three significant digits below 0.001), without trailing zeros: 2, 1.5, 0.72,
     * 1.0004, 0.1876 for a lever's 0.18762..., 0.00002 for a tiny hazard, 1255 for a visa of USD 1,255 and 20000 for a
     * fee of 20,000 (an amount the user wrote is not rounded to a few digits).
     */
    static String number(double v) {
        BigDecimal b = BigDecimal.valueOf(v);
        BigDecimal shown = v != 0 && Math.abs(v) < 0.001 ? b.round(new MathContext(3))
                : b.setScale(4, RoundingMode.HALF_UP);
        return shown.stripTrailingZeros().toPlainString();
    }

    /** A percentage to three significant digits: 50, 42.9, 0.04. */
    static String percent(double p) {
        return BigDecimal.valueOf(p).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
