package org.muhojir.core.param;

/** Numbers as a person would write them in a message. */
final class Numbers {
    private Numbers() {
    }

    /** Whole numbers without a decimal point ({@code 1200}, not {@code 1200.0}); others as Java writes them. */
    static String format(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : Double.toString(v);
    }
}
