package org.muhojir.core.outcome;

/**
 * What the 95% intervals of a set of replications say: Monte Carlo noise only, or also what is not known about the
 * calibrated parameters. Every report states which (see {@link #description()}).
 */
public enum IntervalKind {
    /**
     * Every replication runs the same parameters: a 95% confidence interval of the mean across replications
     * (Student t, {@link ConfidenceInterval#of}); it narrows as replications are added and says nothing about
     * whether the parameters are right.
     */
    MONTE_CARLO("95% confidence intervals of the mean across replications (Student t): Monte Carlo noise only, "
            + "every replication at the same calibrated parameters"),
    /**
     * Each replication runs its own draw of the calibrated parameters
     * ({@link org.muhojir.core.calibration.ParameterDraws}): the central 95% of the replications' values
     * ({@link ConfidenceInterval#centralRange}), the parameters' uncertainty plus one run's Monte Carlo noise; it
     * does not narrow as replications are added.
     */
    PARAMETERS("95% ranges (2.5th to 97.5th percentiles) across replications, each run at its own draw of the "
            + "calibrated parameters: what is not known about the parameters, plus one run's Monte Carlo noise");

    private final String description;

    IntervalKind(String description) {
        this.description = description;
    }

    /** The kind as output files name it: {@code monte_carlo} or {@code parameters}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** What the intervals are, in a sentence for reports. */
    public String description() {
        return description;
    }

    /** The mean and 95% interval of {@code values} of this kind. */
    public ConfidenceInterval of(double[] values) {
        return this == MONTE_CARLO ? ConfidenceInterval.of(values) : ConfidenceInterval.centralRange(values);
    }
}
