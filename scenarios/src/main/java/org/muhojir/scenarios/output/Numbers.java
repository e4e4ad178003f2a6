package org.muhojir.scenarios.output;

import java.math.BigDecimal;

/** Numbers as CSV and JSON text: the shortest exact decimal, never in exponent form; NaN as an empty cell. */
public final class Numbers {
    private Numbers() {
    }

    public static String csv(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
