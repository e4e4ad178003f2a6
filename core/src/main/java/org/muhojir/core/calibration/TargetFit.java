package org.muhojir.core.calibration;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * One row of a fit table: a target, the simulated moment in each replication, their mean with a 95% interval,
 * the error relative to the target, and whether the mean is within the target's tolerance.
 *
 * @param anchor       name of the anchor whose runs gave the moment
 * @param target       the target
 * @param replications the moment in each replication, in replication order
 */
public record TargetFit(String anchor, Target target, List<Double> replications) {
    public TargetFit {
        replications = List.copyOf(replications);
        if (replications.isEmpty()) {
            throw new IllegalArgumentException("a fit needs at least one replication");
        }
    }

    /** Mean of the moment over replications, in the moment's unit. */
    public double mean() {
        return replications.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** Standard deviation of the moment across replications (n - 1 denominator); NaN with one replication. */
    public double standardDeviation() {
        int n = replications.size();
        if (n < 2) {
            return Double.NaN;
        }
        double mean = mean();
        double ss = 0;
        for (double v : replications) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (n - 1));
    }

    /** Half-width of the 95% confidence interval of the mean (Student's t, n - 1 degrees of freedom). */
    public double halfWidth95() {
        int n = replications.size();
        if (n < 2) {
            return Double.NaN;
        }
        double t = new TDistribution(n - 1).inverseCumulativeProbability(0.975);
        return t * standardDeviation() / Math.sqrt(n);
    }

    /** Lower end of the 95% interval of the mean; NaN with one replication. */
    public double lower95() {
        return mean() - halfWidth95();
    }

    /** Upper end of the 95% interval of the mean; NaN with one replication. */
    public double upper95() {
        return mean() + halfWidth95();
    }

    /** {@code (mean - target) / |target|}. */
    public double relativeError() {
        return target.relativeError(mean());
    }

    /** Whether the mean is within the target's tolerance. */
    public boolean passes() {
        return target.passes(mean());
    }

    /** This target's term of the objective: weight times the squared relative error. */
    public double objectiveTerm() {
        double e = relativeError();
        return target.weight() * e * e;
    }
}
