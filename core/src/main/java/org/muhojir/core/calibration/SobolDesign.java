package org.muhojir.core.calibration;

/**
 * A Saltelli design for Sobol indices: {@code baseSamples} rows of two independent matrices A and B on the unit cube
 * (from a Sobol low-discrepancy sequence in twice the number of factors), and for each factor i the matrix AB_i,
 * which is A with column i taken from B (Saltelli et al., 2010). An analysis of k factors costs
 * {@code baseSamples * (k + 2)} model evaluations.
 *
 * @param baseSamples rows N of A and B (8 or more; a few hundred to a few thousand is usual, a power of two best)
 * @param bootstrap   bootstrap resamples of the N rows for the 95% intervals (0 for none; 500 to 1,000 is usual)
 * @param seed        seed of the design's random digital shift ({@link SaltelliSample}) and of the bootstrap's
 *                    resampling
 */
public record SobolDesign(int baseSamples, int bootstrap, long seed) {
    /** The smallest base sample a design accepts. */
    public static final int MIN_BASE_SAMPLES = 8;

    /**
     * @throws IllegalArgumentException if {@code baseSamples} is less than {@link #MIN_BASE_SAMPLES} or
     *                                  {@code bootstrap} is negative
     */
    public SobolDesign {
        if (baseSamples < MIN_BASE_SAMPLES) {
            throw new IllegalArgumentException("a Sobol design needs at least " + MIN_BASE_SAMPLES
                    + " base samples, had " + baseSamples);
        }
        if (bootstrap < 0) {
            throw new IllegalArgumentException("bootstrap resamples must be 0 or more, were " + bootstrap);
        }
    }

    /** Model evaluations for {@code factors} factors: N (k + 2). */
    public int evaluations(int factors) {
        return Math.multiplyExact(baseSamples, factors + 2);
    }
}
