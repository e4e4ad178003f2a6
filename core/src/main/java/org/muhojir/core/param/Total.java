package org.muhojir.core.param;

/** A rule on a whole list of numbers. */
public enum Total {
    /** No rule beyond each element's range. */
    NONE,
    /** Shares that sum to 1 (within 1e-3: shares copied with four decimals may sum to 0.9999 or 1.0001). */
    SUM_ONE,
    /** Seasonal weights that average 1 (within 1e-3). */
    MEAN_ONE
}
