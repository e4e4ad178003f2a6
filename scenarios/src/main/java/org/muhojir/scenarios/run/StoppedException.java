package org.muhojir.scenarios.run;

/** The batch was stopped (Ctrl-C) before it finished; nothing of it should be written. */
public final class StoppedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final long monthsDone;
    private final long monthsTotal;

    public StoppedException(long monthsDone, long monthsTotal) {
        super("stopped after " + monthsDone + " of " + monthsTotal + " simulated months", null, false, false);
        this.monthsDone = monthsDone;
        this.monthsTotal = monthsTotal;
    }

    public long monthsDone() {
        return monthsDone;
    }

    public long monthsTotal() {
        return monthsTotal;
    }
}
