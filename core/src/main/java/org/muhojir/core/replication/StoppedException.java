package org.muhojir.core.replication;

/** A batch of replications was stopped (its stop check said so) before every run finished: it has no results. */
public final class StoppedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long monthsDone;
    private final long monthsTotal;

    /**
     * @param monthsDone  months simulated before the stop, in all the batch's runs
     * @param monthsTotal months the whole batch would have simulated
     */
    public StoppedException(long monthsDone, long monthsTotal) {
        super("stopped after " + monthsDone + " of " + monthsTotal + " simulated months", null, false, false);
        this.monthsDone = monthsDone;
        this.monthsTotal = monthsTotal;
    }

    /** Months simulated before the stop, in all the batch's runs. */
    public long monthsDone() {
        return monthsDone;
    }

    /** Months the whole batch would have simulated. */
    public long monthsTotal() {
        return monthsTotal;
    }
}
