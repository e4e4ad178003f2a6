package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The exact FGT and Gini measures on small vectors whose values are worked out by hand. */
class PovertyTest {
    private static final double EPS = 1e-12;

    // Four persons against a line z = 100: 50 and 80 are poor; 100 sits on the line and is not poor (y < z is
    // required); 150 is not poor. Gaps (z - y) / z: 0.5, 0.2.
    private static final double[] Y = {50, 80, 100, 150};
    private static final double Z = 100;

    @Test
    void headcountGapAndSeverityWithUnitWeights() {
        double[] w = {1, 1, 1, 1};
        // FGT0 = 2 poor / 4 = 0.5
        assertEquals(0.5, Poverty.fgt(Y, w, Z, 0), EPS);
        // FGT1 = (0.5 + 0.2) / 4 = 0.175
        assertEquals(0.175, Poverty.fgt(Y, w, Z, 1), EPS);
        // FGT2 = (0.25 + 0.04) / 4 = 0.0725
        assertEquals(0.0725, Poverty.fgt(Y, w, Z, 2), EPS);
    }

    @Test
    void headcountGapAndSeverityWithWeights() {
        double[] w = {3, 1, 2, 4}; // total weight 10
        // FGT0 = (3 + 1) / 10 = 0.4
        assertEquals(0.4, Poverty.fgt(Y, w, Z, 0), EPS);
        // FGT1 = (3 * 0.5 + 1 * 0.2) / 10 = 1.7 / 10 = 0.17
        assertEquals(0.17, Poverty.fgt(Y, w, Z, 1), EPS);
        // FGT2 = (3 * 0.25 + 1 * 0.04) / 10 = 0.79 / 10 = 0.079
        assertEquals(0.079, Poverty.fgt(Y, w, Z, 2), EPS);
    }

    @Test
    void weightsEqualReplicatingAValue() {
        double[] w = {3, 1, 2, 4};
        // the same population written out person by person: 50 three times, 80 once, 100 twice, 150 four times
        double[] replicated = {50, 50, 50, 80, 100, 100, 150, 150, 150, 150};
        double[] ones = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
        for (double alpha : new double[] {0, 1, 2}) {
            assertEquals(Poverty.fgt(replicated, ones, Z, alpha), Poverty.fgt(Y, w, Z, alpha), EPS,
                    "alpha " + alpha);
        }
        assertEquals(Poverty.gini(replicated, ones), Poverty.gini(Y, w), EPS);
    }

    @Test
    void nobodyPoorGivesZeroAndZeroConsumptionHasGapOne() {
        double[] w = {1, 1};
        assertEquals(0, Poverty.fgt(new double[] {100, 200}, w, Z, 0), EPS);
        assertEquals(0, Poverty.fgt(new double[] {100, 200}, w, Z, 2), EPS);
        // one of two persons has nothing: gap 1, so FGT0 = FGT1 = FGT2 = 1/2
        double[] y = {0, 200};
        assertEquals(0.5, Poverty.fgt(y, w, Z, 0), EPS);
        assertEquals(0.5, Poverty.fgt(y, w, Z, 1), EPS);
        assertEquals(0.5, Poverty.fgt(y, w, Z, 2), EPS);
    }

    @Test
    void noWeightGivesZeroNotNaN() {
        assertEquals(0, Poverty.fgt(new double[] {10, 20}, new double[] {0, 0}, Z, 0));
        assertEquals(0, Poverty.fgt(new double[0], new double[0], Z, 1));
        assertEquals(0, Poverty.gini(new double[] {10, 20}, new double[] {0, 0}));
    }

    @Test
    void equalIncomesHaveGiniZero() {
        assertEquals(0, Poverty.gini(new double[] {7, 7, 7, 7, 7}, new double[] {1, 1, 1, 1, 1}), EPS);
        assertEquals(0, Poverty.gini(new double[] {7, 7, 7}, new double[] {1, 5, 2}), EPS);
    }

    @Test
    void onePersonHoldingEverythingAmongNHasGiniNMinusOneOverN() {
        // sorted 0, 0, 0, 10: cumulative income S = 0, 0, 0, 10; sum of w (S_{i-1} + S_i) = 10;
        // G = 1 - 10 / (4 * 10) = 0.75 = (n - 1) / n for n = 4
        assertEquals(0.75, Poverty.gini(new double[] {0, 10, 0, 0}, new double[] {1, 1, 1, 1}), EPS);
        // n = 10: G = 9 / 10
        double[] y = new double[10];
        double[] w = new double[10];
        java.util.Arrays.fill(w, 1);
        y[3] = 1234;
        assertEquals(0.9, Poverty.gini(y, w), EPS);
    }

    @Test
    void textbookGiniOfOneToFive() {
        // y = 1..5, mean 3. Sum over unordered pairs of |y_i - y_j|: 4 pairs differ by 1, 3 by 2, 2 by 3, 1 by 4
        // = 4 + 6 + 6 + 4 = 20, so 40 over ordered pairs. G = 40 / (2 n^2 mean) = 40 / (2 * 25 * 3) = 4/15.
        double[] w = {1, 1, 1, 1, 1};
        assertEquals(4.0 / 15, Poverty.gini(new double[] {1, 2, 3, 4, 5}, w), EPS);
        // the order the values come in does not matter
        assertEquals(4.0 / 15, Poverty.gini(new double[] {5, 1, 4, 2, 3}, w), EPS);
    }

    @Test
    void weightedGiniByHand() {
        // y = {1, 2} with weights {1, 3} is the population {1, 2, 2, 2}: mean 7/4; three unordered pairs differ by 1,
        // so 6 over ordered pairs. G = 6 / (2 * 16 * 7/4) = 6 / 56 = 3/28.
        assertEquals(3.0 / 28, Poverty.gini(new double[] {2, 1}, new double[] {3, 1}), EPS);
    }

    @Test
    void giniIsScaleInvariantInIncomesAndWeights() {
        double[] y = {120, 340, 90, 1500, 610};
        double[] w = {2, 1, 4, 1, 3};
        double g = Poverty.gini(y, w);
        double[] y10 = new double[y.length];
        double[] w7 = new double[w.length];
        for (int i = 0; i < y.length; i++) {
            y10[i] = 10 * y[i];
            w7[i] = 7 * w[i];
        }
        assertEquals(g, Poverty.gini(y10, w), EPS);
        assertEquals(g, Poverty.gini(y, w7), EPS);
    }
}
