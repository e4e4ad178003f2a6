package org.muhojir.core.calibration;

import java.util.List;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * One row of a fit table: a target, the simulated moment in each replication, their mean with a 95% interval,
 * the error relative to the target, and whether the mean is within the target's tolerance.
 *
 * @param anchor       name of the anchor whose runs gave the moment
 * @param target       the target
 * @param replications the moment in each replication, in replication order
 */
public record TargetFit(String anchor, Target target, List<Double> replications) {
    /**
     * Copies the replications.
     *
     * @throws IllegalArgumentException if there is no replication
     */
    public TargetFit {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one replication");
        }
    }

    /** The mean of the moment over replications with its 95% interval (Student's t), in the moment's unit. */
    public ConfidenceInterval interval() {
        return ConfidenceInterval.of(replications.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** Mean of the moment over replications, in the moment's unit. */
    public double mean() {
        return interval().mean();
    }

    /** Standard deviation of the moment across replications (n - 1 denominator); NaN with one replication. */
    public double standardDeviation() {
        return interval().sd();
    }

    /** Half-width of the 95% confidence interval of the mean; NaN with one replication. */
    public double halfWidth95() {
        return interval().halfWidth();
    }

    /** Lower end of the 95% interval of the mean; NaN with one replication. */
    public double lower95() {
        return interval().low();
    }

    /** Upper end of the 95% interval of the mean; NaN with one replication. */
    public double upper95() {
        return interval().high();
    }

    /** {@code (mean - target) / |target|}. */
    public double relativeError() {
        return target.relativeError(mean());
    }

    /** Whether the mean is within the target's tolerance. */
    public boolean passes() {
        return target.passes(mean());
    }

    /** {@code (mean - target) / tolerance}: the error in tolerances (at most 1 in size when the target passes). */
    public double errorInTolerances() {
        return target.errorInTolerances(mean());
    }

    /** This target's term of the objective: weight times the squared error in tolerances. */
    public double objectiveTerm() {
        double e = errorInTolerances();
        return target.weight() * e * e;
    }
}
