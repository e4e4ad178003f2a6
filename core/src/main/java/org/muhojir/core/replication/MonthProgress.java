package org.muhojir.core.replication;

/**
 * Hears how far a batch of replications has got, counted in simulated months: one replication of a 120-month
 * scenario counts 120, so a batch of two scenarios with five replications each counts 1,200.
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
     * @param total months the whole batch simulates when it is not stopped
     */
    void monthSimulated(long done, long total);
}
