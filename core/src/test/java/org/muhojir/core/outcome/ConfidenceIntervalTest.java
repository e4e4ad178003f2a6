package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConfidenceIntervalTest {
    @Test
    void studentTIntervalOfTheMeanMatchesATextbookQuantile() {
        // 1..5: mean 3; sd = sqrt((4+1+0+1+4)/4) = sqrt(2.5) = 1.58114; t(0.975, 4) = 2.776 in every t table
        // (2.776445 to seven figures); half-width = 2.776445 * 1.58114 / sqrt(5) = 1.96324
        ConfidenceInterval i = ConfidenceInterval.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, i.n());
        assertEquals(3, i.mean(), 1e-12);
        assertEquals(1.58114, i.sd(), 1e-5);
        assertEquals(3 - 1.96324, i.low(), 1e-5);
        assertEquals(3 + 1.96324, i.high(), 1e-5);
        assertEquals(1.96324, i.halfWidth(), 1e-5);
    }

    @Test
    void theQuantileIsStudentsTNotTheNormalOne() {
        // textbook table values of t(0.975, df): 12.706 (1), 2.228 (10), 2.042 (30); the normal's is 1.960
        assertEquals(12.706, ConfidenceInterval.tQuantile(1), 1e-3);
        assertEquals(2.228, ConfidenceInterval.tQuantile(10), 1e-3);
        assertEquals(2.042, ConfidenceInterval.tQuantile(30), 1e-3);
    }

    @Test
    void identicalValuesHaveAZeroWidthIntervalAndOneValueHasNone() {
        ConfidenceInterval same = ConfidenceInterval.of(new double[] {7, 7, 7});
        assertEquals(7, same.low());
        assertEquals(7, same.high());
        // the UAE dirham's peg in each of five replications: a plain sum over 5 reads 3.6725000000000003, with a
        // standard deviation of 5e-16 and an interval of non-zero width; the values are the same, so are the mean
        // and both ends, and the deviation is 0
        double[] peg = {3.6725, 3.6725, 3.6725, 3.6725, 3.6725};
        ConfidenceInterval pegged = ConfidenceInterval.of(peg);
        assertEquals(3.6725, pegged.mean(), 0);
        assertEquals(0, pegged.sd(), 0);
        assertEquals(3.6725, pegged.low(), 0);
        assertEquals(3.6725, pegged.high(), 0);
        ConfidenceInterval one = ConfidenceInterval.of(new double[] {7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()) && Double.isNaN(one.sd()));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[0]));
    }

    @Test
    void theCentralRangeIsThePercentilesAndStaysWithinTheValues() {
        // type 7: the p-quantile of n sorted values is at position h = (n - 1) p + 1, interpolated linearly;
        // 1..5: h = 1.1 for p = 0.025 (1.1) and h = 4.9 for p = 0.975 (4.9)
        ConfidenceInterval r = ConfidenceInterval.centralRange(new double[] {5, 3, 1, 4, 2});
        assertEquals(3, r.mean(), 1e-12);
        assertEquals(1.1, r.low(), 1e-12);
        assertEquals(4.9, r.high(), 1e-12);
        // a skewed non-negative outcome: a normal-theory range would go below 0, this one does not
        ConfidenceInterval skewed = ConfidenceInterval.centralRange(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 1, 30});
        assertTrue(skewed.low() >= 0 && skewed.mean() - 1.96 * skewed.sd() < 0);
        assertTrue(Double.isNaN(ConfidenceInterval.centralRange(new double[] {7}).low()));
    }

    @Test
    void theIntervalKindSaysWhichIntervalAndDescribesIt() {
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(ConfidenceInterval.of(v), IntervalKind.MONTE_CARLO.of(v));
        assertEquals(ConfidenceInterval.centralRange(v), IntervalKind.PARAMETERS.of(v));
        assertTrue(IntervalKind.MONTE_CARLO.description().contains("Monte Carlo noise only"));
        assertTrue(IntervalKind.PARAMETERS.description().contains("draw of the calibrated parameters"));
    }
}
