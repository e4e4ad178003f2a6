package org.muhojir.scenarios.run;

/** Hears how far a batch of runs has got, in simulated months (each replication's months count). */
public interface Progress {
    /** A progress that shows nothing. */
    Progress NONE = new Progress() {
        @Override
        public void start(long totalMonths) {
        }

        @Override
        public void advance() {
        }

        @Override
        public void finish() {
        }
    };

    /** The batch starts; {@code totalMonths} months will be simulated in all. */
    void start(long totalMonths);

    /** One more month was simulated (called from worker threads). */
    void advance();

    /** The batch ended (completed or stopped). */
    void finish();
}
