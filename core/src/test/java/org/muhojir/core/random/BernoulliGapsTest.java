package org.muhojir.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Successes drawn by geometric gaps have the law of independent Bernoulli trials. Tolerances are five standard
 * errors for the sample size; every test is deterministic for its key.
 */
class BernoulliGapsTest {
    private static final KeyedRandom RNG = new KeyedRandom(20230101L, 0);
    private static final int TRIALS = 2_000_000;

    @ParameterizedTest
    @ValueSource(doubles = {0.001, 0.05, 0.3, 0.9})
    void eachTrialSucceedsWithProbabilityP(double p) {
        boolean[] hit = successes(p, 0);
        long successes = 0;
        long pairs = 0; // consecutive trials that both succeed: p^2 if trials are independent
        for (int i = 0; i < TRIALS; i++) {
            successes += hit[i] ? 1 : 0;
            pairs += i > 0 && hit[i] && hit[i - 1] ? 1 : 0;
        }
        assertEquals(p, successes / (double) TRIALS, 5 * Math.sqrt(p * (1 - p) / TRIALS), "share of successes");
        assertEquals(p * p, pairs / (double) (TRIALS - 1), 5 * Math.sqrt(p * p * (1 - p * p) / TRIALS),
                "share of consecutive successes");
    }

    @Test
    void successesInTwoHalvesAreIndependent() {
        // the number of successes among the first and the second half of the trials are uncorrelated across keys
        double p = 0.02;
        int keys = 400;
        int n = 20_000;
        double[] first = new double[keys];
        double[] second = new double[keys];
        for (int k = 0; k < keys; k++) {
            BernoulliGaps gaps = new BernoulliGaps(RNG.sequence(k, 3, 41), p);
            for (long i = gaps.nextGap(); i < n; i += 1L + gaps.nextGap()) {
                if (i < n / 2) {
                    first[k]++;
                } else {
                    second[k]++;
                }
            }
        }
        assertEquals(0, correlation(first, second), 5 / Math.sqrt(keys));
    }

    @Test
    void probabilityZeroNeverSucceedsAndOneAlways() {
        assertEquals(Integer.MAX_VALUE, new BernoulliGaps(RNG.sequence(0, 0, 1), 0).nextGap());
        BernoulliGaps always = new BernoulliGaps(RNG.sequence(0, 0, 1), 1);
        for (int i = 0; i < 1000; i++) {
            assertEquals(0, always.nextGap());
        }
    }

    @Test
    void theSameKeyGivesTheSameSuccessesAndAnotherKeyOthers() {
        boolean[] a = successes(0.05, 7);
        boolean[] b = successes(0.05, 7);
        boolean[] c = successes(0.05, 8);
        assertEquals(java.util.Arrays.hashCode(a), java.util.Arrays.hashCode(b));
        assertNotEquals(java.util.Arrays.hashCode(a), java.util.Arrays.hashCode(c));
    }

    @Test
    void aProbabilityOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new BernoulliGaps(1, -0.1));
        assertThrows(IllegalArgumentException.class, () -> new BernoulliGaps(1, 1.5));
        assertThrows(IllegalArgumentException.class, () -> new BernoulliGaps(1, Double.NaN));
    }

    private static boolean[] successes(double p, int month) {
        boolean[] hit = new boolean[TRIALS];
        BernoulliGaps gaps = new BernoulliGaps(RNG.sequence(0, month, 41), p);
        for (long i = gaps.nextGap(); i < TRIALS; i += 1L + gaps.nextGap()) {
            hit[(int) i] = true;
        }
        return hit;
    }

    private static double correlation(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += x[i] / x.length;
            my += y[i] / y.length;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
