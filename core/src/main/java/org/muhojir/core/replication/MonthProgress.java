package org.muhojir.core.replication;

/**
 * Hears how far a batch of replications has got, counted in simulated months, those before each run's first
 * reported month included: one replication of the present-day baseline counts its 240 months of warm-up, its 156
 * of history and its 120 reported months, 516 in all. Scenarios of a batch that share their months before the start
 * (a baseline and its policies) count those months once a replication, and a run that continues from a kept state
 * ({@link StartStore}) does not count them.
 */
@FunctionalInterface
public interface MonthProgress {
    /** Hears nothing. */
    MonthProgress NONE = (done, total) -> { };

    /**
     * One more month was simulated. Called from the worker threads, once per simulated month, with {@code done}
     * counting up from 1 to {@code total} (calls from different threads may arrive out of order).
     *
     * @param done  months simulated so far in the whole batch
     * @param total months the whole batch simulates when it is not stopped, as known now: it goes down when a run
     *              continues from a kept state instead of simulating its months before the start, and up when a
     *              scenario cannot continue from the state its batch shares (a rule that does not serialise)
     */
    void monthSimulated(long done, long total);
}
