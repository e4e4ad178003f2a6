package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.Arrays;
import org.muhojir.core.world.Destination;

/**
 * Each destination's quota places in the current calendar year, in persons at national scale: those released so far
 * (a twelfth of the annual quota a month, places not taken carried over) and those taken. A candidate of weight
 * {@code w} (the persons one simulated household stands for) needs {@code w} places.
 */
final class QuotaPlaces implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] released = new double[Destination.COUNT];
    private final double[] taken = new double[Destination.COUNT];

    /** Starts a year (or a run): nothing released, nothing taken. */
    void clear() {
        Arrays.fill(released, 0);
        Arrays.fill(taken, 0);
    }

    /** Releases a twelfth of each destination's annual quota, persons a year, as in force this month. */
    void releaseMonth(int[] annualQuota) {
        for (int d = 0; d < released.length; d++) {
            released[d] += annualQuota[d] / 12.0;
        }
    }

    /** Whether {@code persons} places are left at destination {@code d}. */
    boolean left(int d, double persons) {
        return taken[d] + persons <= released[d];
    }

    /** Takes {@code persons} places at destination {@code d}. */
    void take(int d, double persons) {
        taken[d] += persons;
    }
}
