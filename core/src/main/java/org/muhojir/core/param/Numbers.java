package org.muhojir.core.param;

import java.math.BigDecimal;

/** Numbers as a person would write them in a message. */
final class Numbers {
    private Numbers() {
    }

    /**
     * Whole numbers without a decimal point ({@code 1200}, not {@code 1200.0}); others with the digits Java gives
     * them, written out ({@code 0.0001}, not {@code 1.0E-4}); infinities and NaN as Java writes them.
     */
    static String format(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
