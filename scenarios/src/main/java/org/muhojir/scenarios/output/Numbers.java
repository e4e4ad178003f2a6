package org.muhojir.scenarios.output;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Numbers as text: for CSV and JSON the shortest exact decimal, never in exponent form, NaN as an empty cell; for a
 * reader, shares as percentages.
 */
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

    /** A number of months for a reader: {@code 1 month}, {@code 120 months}. */
    public static String months(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? "month" : "months");
    }

    /** A share (0 to 1) as a percentage for a reader: whole percents from 1%, two significant digits below. */
    public static String percent(double f) {
        return f >= 0.01 ? String.format(Locale.ROOT, "%.0f%%", f * 100)
                : String.format(Locale.ROOT, "%.2g%%", f * 100);
    }
}
