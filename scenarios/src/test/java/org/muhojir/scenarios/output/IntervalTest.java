package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IntervalTest {
    @Test
    void studentTIntervalOfTheMean() {
        // 1..5: mean 3; sd = sqrt(((4+1+0+1+4)/4)) = sqrt(2.5) = 1.58114; t(0.975, 4) = 2.776445;
        // half-width = 2.776445 * 1.58114 / sqrt(5) = 1.96324
        Interval i = Interval.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, i.n());
        assertEquals(3, i.mean(), 1e-12);
        assertEquals(1.58114, i.sd(), 1e-5);
        assertEquals(3 - 1.96324, i.low(), 1e-5);
        assertEquals(3 + 1.96324, i.high(), 1e-5);
    }

    @Test
    void identicalValuesHaveAZeroWidthIntervalAndOneValueHasNone() {
        Interval same = Interval.of(new double[] {7, 7, 7});
        assertEquals(7, same.low());
        assertEquals(7, same.high());
        Interval one = Interval.of(new double[] {7});
        assertEquals(7, one.mean());
        assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()));
    }

    @Test
    void numbersAreWrittenInFullWithoutExponents() {
        assertEquals("12345678", Numbers.csv(1.2345678E7));
        assertEquals("0.00001", Numbers.csv(1.0E-5));
        assertEquals("-0.25", Numbers.csv(-0.25));
        assertEquals("", Numbers.csv(Double.NaN));
    }
}
