package org.muhojir.core.random;

/**
 * The members of a run of independent Bernoulli trials with a common probability that succeed, found by drawing
 * the gaps between successes (geometric) instead of one uniform per trial: for an event that hits a few per cent
 * of households in a month this costs a few draws per hundred households instead of one each, with the same law
 * (every trial succeeds with probability {@code p}, independently).
 *
 * <p>The gaps are drawn from a keyed sequence (see {@link KeyedRandom#sequence}), so the successes are a pure
 * function of the key and {@code p}. Not thread-safe: one instance per sequence of trials.
 */
public final class BernoulliGaps {
    private final long sequence;
    private final double logFailure;
    private int draws;

    /**
     * @param sequence a keyed sequence, from {@link KeyedRandom#sequence}
     * @param p        the probability that a trial succeeds, in [0, 1]
     */
    public BernoulliGaps(long sequence, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a probability must be in [0, 1], not " + p);
        }
        this.sequence = sequence;
        this.logFailure = Math.log1p(-p);
    }

    /**
     * The number of failed trials before the next success: 0 if the next trial succeeds; {@link Integer#MAX_VALUE}
     * when {@code p} is 0 (or the gap is at least that long).
     */
    public int nextGap() {
        if (logFailure == 0) {
            return Integer.MAX_VALUE;
        }
        double u = KeyedRandom.uniform(sequence, draws++);
        // P(gap >= k) = (1 - p)^k; when p is 1, log(1 - p) is -infinity and every gap is 0
        // Math.log is an intrinsic, several times faster than log1p; 1 - u is exact enough here (u < 1)
        double gap = Math.floor(Math.log(1 - u) / logFailure);
        return gap >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) gap;
    }
}
