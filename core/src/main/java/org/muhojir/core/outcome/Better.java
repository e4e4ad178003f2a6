package org.muhojir.core.outcome;

/**
 * Which way a metric should move for the people the model is about (households in Tajikistan and their migrants),
 * so that a report can colour a change as better or worse rather than merely higher or lower. Declared per metric by
 * {@link Metric#better()}.
 */
public enum Better {
    /** More is better: remittances, consumption. */
    HIGHER,
    /** Less is better: poverty, inequality, deportations, detentions, bans, migrants without papers. */
    LOWER,
    /** Neither by itself: how many migrate, where and with which papers, exchange rates. */
    NEITHER;

    /** Whether a change of sign {@code signum} (1 up, -1 down) is an improvement; false for {@link #NEITHER}. */
    public boolean improves(double signum) {
        return this == HIGHER ? signum > 0 : this == LOWER && signum < 0;
    }

    /** Whether a change of sign {@code signum} is a deterioration; false for {@link #NEITHER}. */
    public boolean worsens(double signum) {
        return this == HIGHER ? signum < 0 : this == LOWER && signum > 0;
    }
}
