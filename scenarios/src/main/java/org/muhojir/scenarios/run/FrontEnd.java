package org.muhojir.scenarios.run;

/**
 * The programs that run scenarios, and each one's defaults: the one place where the default sample fraction,
 * seed, replications and threads are written. A default applies only when neither the command line nor the input
 * file says otherwise (see {@link RunSettings#sampleFor}).
 */
public enum FrontEnd {
    /** {@code muhojir run}, {@code compare} and {@code backcast}: a ten-year run of 2% in seconds, five replications. */
    BATCH(0.02, "about 33,000 households: ten years, five replications, in seconds", 1, 5, 0),
    /** The visualizer: 1%, so that a month passes in a blink on screen; one replication on one thread. */
    GUI(0.01, "about 16,500 households: a month in a blink on screen", 42, 1, 1),
    /** {@code muhojir sensitivity}: 1%, two replications, for the hundreds of points of a Morris screening. */
    SENSITIVITY(0.01, "about 16,500 households: the hundreds of points of a screening in minutes", 99, 2, 0),
    /** {@code muhojir calibrate} when the targets file's settings say nothing: 1%, four replications. */
    CALIBRATION(0.01, "about 16,500 households: a thousand evaluations in minutes", 20230101, 4, 0),
    /** {@code muhojir bench}: every household, one replication on one thread, timed. */
    BENCH(1.0, "every household, about 1.65 million: the benchmark times the full scale", 1, 1, 1);

    private final double sample;
    private final String sampleReason;
    private final long seed;
    private final int replications;
    private final int threads;

    FrontEnd(double sample, String sampleReason, long seed, int replications, int threads) {
        this.sample = sample;
        this.sampleReason = sampleReason;
        this.seed = seed;
        this.replications = replications;
        this.threads = threads;
    }

    /** Share of households simulated when neither the command line nor the input file says (0 &lt; f &le; 1). */
    public double sample() {
        return sample;
    }

    /** What the default sample means, in words (households simulated, time taken). */
    public String sampleReason() {
        return sampleReason;
    }

    /** The master seed when the command line does not give one. */
    public long seed() {
        return seed;
    }

    /** Replications per scenario when the command line does not say. */
    public int replications() {
        return replications;
    }

    /** Worker threads when the command line does not say: a fixed number, or every processor of this machine. */
    public int threads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }
}
