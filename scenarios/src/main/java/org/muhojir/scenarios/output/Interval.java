package org.muhojir.scenarios.output;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A mean across replications with its 95% confidence interval from Student's t distribution:
 * {@code mean ± t(0.975, n-1) · sd / √n}. With one replication there is no interval (NaN bounds).
 *
 * @param n    replications
 * @param mean the sample mean
 * @param sd   the sample standard deviation (n - 1 in the denominator); NaN when n is 1
 * @param low  lower bound of the 95% interval of the mean
 * @param high upper bound
 */
public record Interval(int n, double mean, double sd, double low, double high) {

    /** The mean and 95% interval of {@code values}. */
    public static Interval of(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / n;
        if (n < 2) {
            return new Interval(n, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(squares / (n - 1));
        double half = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Interval(n, mean, sd, mean - half, mean + half);
    }
}
