package org.muhojir.core.scenario;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * How far apart two poverty methodologies' lines are, from the headcounts both give for one year. Tajikistan's
 * poverty figures to 2019 are on TajStat's old methodology (a line of 145 TJS in 2013/14); the 2023 figure is on the
 * World Bank's methodology of its 2025 Poverty and Equity Assessment, which gives 56% for 2010 where the old series
 * gives 45% (data:poverty_national_rate_to_2019). The new methodology's line is not in data/.
 *
 * <p>Read as two lines on one distribution of consumption, log-normal with the dispersion its Gini implies (for a
 * log-normal, {@code G = 2 Phi(sigma / sqrt 2) - 1}), the lines are the distribution's quantiles at the two headcounts,
 * {@code exp(sigma (z(new) - z(old)))} apart, whatever the median. Assumption: the change of methodology acts as a
 * higher line on one consumption aggregate (Aitchison and Brown, 1957, for the log-normal; Kakwani, 1980, for
 * poverty lines on it).
 */
public final class PovertyLineRatio {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private PovertyLineRatio() {
    }

    /**
     * The ratio of the line giving {@code newShare} to the line giving {@code oldShare} (shares 0..1 of persons
     * below), for consumption log-normal with Gini {@code gini} (0..1).
     */
    public static double of(double oldShare, double newShare, double gini) {
        double sigma = logNormalSigma(gini);
        return Math.exp(sigma * (STANDARD_NORMAL.inverseCumulativeProbability(newShare)
                - STANDARD_NORMAL.inverseCumulativeProbability(oldShare)));
    }

    /** The standard deviation of log consumption of a log-normal distribution with Gini {@code gini} (0..1). */
    static double logNormalSigma(double gini) {
        return Math.sqrt(2) * STANDARD_NORMAL.inverseCumulativeProbability((1 + gini) / 2);
    }
}
