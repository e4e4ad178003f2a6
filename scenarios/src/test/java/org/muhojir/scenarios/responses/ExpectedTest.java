package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.ConfidenceInterval;

/** The verdicts, on intervals written by hand. */
class ExpectedTest {
    private static ConfidenceInterval interval(double low, double mean, double high) {
        return new ConfidenceInterval(4, mean, 1, low, high);
    }

    @Test
    void aSignPassesOnlyWhenTheWholeIntervalIsOnItsSide() {
        assertEquals(Verdict.PASS, Expected.up().judge(interval(0.1, 0.5, 0.9)));
        assertEquals(Verdict.FAIL, Expected.up().judge(interval(-0.9, -0.5, -0.1)));
        assertEquals(Verdict.INCONCLUSIVE, Expected.up().judge(interval(-0.1, 0.5, 1.1)));
        assertEquals(Verdict.PASS, Expected.down().judge(interval(-0.9, -0.5, -0.1)));
        assertEquals(Verdict.FAIL, Expected.down().judge(interval(0.1, 0.5, 0.9)));
    }

    @Test
    void aRangePassesWhenItsMeanIsInsideAndTheSignIsEstablished() {
        Expected range = Expected.between(0.1, 0.4);
        assertEquals(Verdict.PASS, range.judge(interval(0.2, 0.25, 0.3)));
        assertEquals(Verdict.PASS, range.judge(interval(0.05, 0.3, 0.55)), "straddling a bound, mean inside");
        assertEquals(Verdict.FAIL, range.judge(interval(0.45, 0.5, 0.55)), "wholly above");
        assertEquals(Verdict.FAIL, range.judge(interval(-0.3, -0.2, -0.1)), "wholly below");
        assertEquals(Verdict.INCONCLUSIVE, range.judge(interval(0.35, 0.42, 0.5)), "mean outside, overlapping");
        assertEquals(Verdict.INCONCLUSIVE, range.judge(interval(-0.1, 0.2, 0.5)), "sign not established");
    }

    @Test
    void aRangeAroundZeroNeedsNoSign() {
        Expected small = Expected.between(-5e-4, 0);
        assertEquals(Verdict.PASS, small.judge(interval(-3e-5, -1e-5, 1e-5)));
        assertEquals(Verdict.INCONCLUSIVE, small.judge(interval(-1e-5, 1e-5, 3e-5)));
        assertEquals(Verdict.FAIL, small.judge(interval(-3e-3, -2e-3, -1e-3)));
    }
}
