package org.muhojir.core.outcome;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * A mean across replications with its 95% confidence interval from Student's t distribution (Commons Math's
 * {@link TDistribution}): {@code mean ± t(0.975, n-1) · sd / √n}. With one replication there is no interval (NaN
 * bounds). Used by every output table and by the calibration's fit tables.
 *
 * @param n    replications
 * @param mean the sample mean, in the values' unit
 * @param sd   the sample standard deviation (n - 1 in the denominator); NaN when n is 1
 * @param low  lower bound of the 95% interval of the mean; NaN when n is 1
 * @param high upper bound; NaN when n is 1
 */
public record ConfidenceInterval(int n, double mean, double sd, double low, double high) {

    /** The quantile of Student's t that bounds a two-sided 95% interval. */
    static final double UPPER_QUANTILE = 0.975;

    /**
     * The mean and 95% interval of {@code values}.
     *
     * @throws IllegalArgumentException if there are no values
     */
    public static ConfidenceInterval of(double[] values) {
        int n = values.length;
        if (n == 0) {
            throw new IllegalArgumentException("an interval needs at least one value");
        }
        // the mean as the first value plus the mean departure from it: exactly that value, with a standard deviation of
        // exactly 0, when every replication gave it (a rate held, a fixed price), where a plain sum over n rounds
        double first = values[0];
        double departures = 0;
        for (double v : values) {
            departures += v - first;
        }
        double mean = first + departures / n;
        if (n < 2) {
            return new ConfidenceInterval(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = tQuantile(n - 1) * sd / Math.sqrt(n);
        return new ConfidenceInterval(n, mean, sd, mean - half, mean + half);
    }

    /**
     * The mean of {@code values} with the range that holds the central 95% of them: their 2.5th and 97.5th
     * percentiles (linear interpolation between order statistics, Hyndman and Fan's type 7, R's default). Used when
     * each replication runs its own draw of uncertain parameters, where the spread of the outcomes, not the
     * precision of their mean, is the answer; unlike a normal-theory interval it never leaves the values' range (a
     * stock never gets a negative bound). With fewer than 40 values the bounds are close to the smallest and
     * largest value.
     *
     * @throws IllegalArgumentException if there are no values
     */
    public static ConfidenceInterval centralRange(double[] values) {
        ConfidenceInterval mean = of(values);
        if (mean.n < 2) {
            return mean;
        }
        Percentile p = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        p.setData(values);
        return new ConfidenceInterval(mean.n, mean.mean, mean.sd, p.evaluate(100 * (1 - UPPER_QUANTILE)),
                p.evaluate(100 * UPPER_QUANTILE));
    }

    /** The 0.975 quantile of Student's t with {@code degreesOfFreedom}. */
    static double tQuantile(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(UPPER_QUANTILE);
    }

    /** Half the width of the interval; NaN with one replication. */
    public double halfWidth() {
        return (high - low) / 2;
    }
}
