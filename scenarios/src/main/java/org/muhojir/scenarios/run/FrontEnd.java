package org.muhojir.scenarios.run;

/**
 * The programs that run scenarios, and each one's defaults: the one place where the default sample fraction,
 * seed, replications and threads are written. A default applies only when neither the command line nor the input
 * file says otherwise (see {@link RunSettings#sampleFor}).
 */
public enum FrontEnd {
    /** {@code run}, {@code compare}, {@code backcast}: 2% (about 33,000 households), ten years in seconds. */
    BATCH(new Defaults(0.02, 1, 5, Defaults.ALL_PROCESSORS)),
    /** The visualizer: 1% (about 16,500 households), so that a month passes in a blink; one thread. */
    GUI(new Defaults(0.01, 42, 1, 1)),
    /** {@code sensitivity}: 1% and two replications, for the hundreds of points of a Morris screening. */
    SENSITIVITY(new Defaults(0.01, 99, 2, Defaults.ALL_PROCESSORS)),
    /** {@code calibrate}, where the targets file's settings say nothing: 1%, four replications. */
    CALIBRATION(new Defaults(0.01, 20230101, 4, Defaults.ALL_PROCESSORS)),
    /** {@code bench}: every household (about 1.65 million), one replication on one thread, timed. */
    BENCH(new Defaults(1.0, 1, 1, 1)),
    /**
     * {@code check-responses} and its test: 2% and sixteen replications of three years after the history (the
     * baseline and 20 policies sharing their history, about a minute on two cores), with intervals narrow enough to
     * sign every response of the battery: the rouble's fall raises departures to Kazakhstan by a few hundred persons,
     * inconclusive at eight replications once pay in Russia had its season (+230, -192 to +652) and at four once the
     * history's dated events were in the world.
     */
    RESPONSES(new Defaults(0.02, 1, 16, Defaults.ALL_PROCESSORS), 2);

    private final Defaults defaults;
    private final int leastReplications;

    FrontEnd(Defaults defaults) {
        this(defaults, 1);
    }

    FrontEnd(Defaults defaults, int leastReplications) {
        this.defaults = defaults;
        this.leastReplications = leastReplications;
    }

    /**
     * A front end's defaults.
     *
     * @param sample       share of households simulated (0 &lt; f &le; 1)
     * @param seed         master seed
     * @param replications replications per scenario
     * @param threads      worker threads, or {@link #ALL_PROCESSORS}
     */
    private record Defaults(double sample, long seed, int replications, int threads) {
        /** Threads meaning "every processor of this machine". */
        static final int ALL_PROCESSORS = 0;
    }

    /** Share of households simulated when neither the command line nor the input file says (0 &lt; f &le; 1). */
    public double sample() {
        return defaults.sample();
    }

    /** The master seed when the command line does not give one. */
    public long seed() {
        return defaults.seed();
    }

    /** The fewest replications per scenario it accepts: 2 where what it reports is an interval across them. */
    public int leastReplications() {
        return leastReplications;
    }

    /** Replications per scenario when the command line does not say. */
    public int replications() {
        return defaults.replications();
    }

    /** Worker threads when the command line does not say: a fixed number, or every processor of this machine. */
    public int threads() {
        int t = defaults.threads();
        return t == Defaults.ALL_PROCESSORS ? Runtime.getRuntime().availableProcessors() : t;
    }
}
