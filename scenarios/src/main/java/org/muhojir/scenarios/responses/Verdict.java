package org.muhojir.scenarios.responses;

/** What the measured response says about an expectation. */
public enum Verdict {
    /** The 95% interval of the paired difference has the expected sign (and, for a range, its mean is in it). */
    PASS,
    /** The interval lies wholly on the wrong side of zero, or wholly outside the expected range. */
    FAIL,
    /** The interval straddles zero where a sign is expected, or straddles a bound of the range. */
    INCONCLUSIVE;

    /** Lower case, for tables. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
