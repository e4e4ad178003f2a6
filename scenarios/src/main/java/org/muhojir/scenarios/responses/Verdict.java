package org.muhojir.scenarios.responses;

/** What the measured response says about an expectation. */
public enum Verdict {
    /**
     * The 95% interval of the paired difference has the expected sign; for a range, its mean is in the range (the
     * interval may reach across a bound) and, for a range of one sign, the interval excludes zero.
     */
    PASS,
    /** The interval lies wholly on the wrong side of zero, or wholly outside the expected range. */
    FAIL,
    /**
     * The interval straddles zero where a sign is expected; for a range, it reaches into the range while its mean
     * lies outside, or, for a range of one sign, it reaches across zero.
     */
    INCONCLUSIVE;

    /** Lower case, for tables. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
