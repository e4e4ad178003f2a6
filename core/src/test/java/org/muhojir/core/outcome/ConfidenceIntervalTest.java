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
        ConfidenceInterval one = ConfidenceInterval.of(new double[] {7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()) && Double.isNaN(one.sd()));
        assertThrows(IllegalArgumentException.class, () -> ConfidenceInterval.of(new double[0]));
    }

    @Test
    void aPredictionIntervalCoversOneMoreDrawNotOnlyTheMean() {
        // 1..5 as above: sd 1.58114, t(0.975, 4) = 2.776445; for one more draw the half-width is
        // t * sd * sqrt(1 + 1/5) = 2.776445 * 1.58114 * 1.095445 = 4.80895, against 1.96324 for the mean
        ConfidenceInterval p = ConfidenceInterval.predictive(new double[] {1, 2, 3, 4, 5});
        assertEquals(3, p.mean(), 1e-12);
        assertEquals(4.80895, p.halfWidth(), 1e-5);
        assertEquals(3 - 4.80895, p.low(), 1e-5);
        assertTrue(Double.isNaN(ConfidenceInterval.predictive(new double[] {7}).low()));
    }

    @Test
    void theIntervalKindSaysWhichIntervalAndDescribesIt() {
        double[] v = {1, 2, 3, 4, 5};
        assertEquals(ConfidenceInterval.of(v), IntervalKind.MONTE_CARLO.of(v));
        assertEquals(ConfidenceInterval.predictive(v), IntervalKind.PARAMETERS.of(v));
        assertTrue(IntervalKind.MONTE_CARLO.description().contains("Monte Carlo noise only"));
        assertTrue(IntervalKind.PARAMETERS.description().contains("draw of the calibrated parameters"));
    }
}
