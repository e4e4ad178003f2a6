package org.muhojir.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The smoothest path at its edges, where a mutation audit (PIT, December 2026) found no test: a single year, no
 * averages at all, and free months that must join fixed ones before or after them. Expected values are the minima of
 * the squared month-to-month changes, worked out by hand.
 */
class SmoothestPathPinnedTest {
    private static final int YEAR = 2020;

    private static Map<YearMonth, Double> zeros(int fromMonth, int toMonth) {
        Map<YearMonth, Double> fixed = new TreeMap<>();
        for (int m = fromMonth; m <= toMonth; m++) {
            fixed.put(YearMonth.of(YEAR, m), 0.0);
        }
        return fixed;
    }

    @Test
    void aSingleYearIsItsAverageEveryMonth() {
        MonthlySeries s = MonthlySeries.keepingAnnualAverages(Map.of(YEAR, 5.0));
        for (int m = 1; m <= 12; m++) {
            assertEquals(5.0, s.at(YearMonth.of(YEAR, m)), 1e-12, "month " + m);
        }
    }

    @Test
    void fixedMonthsWithoutAveragesAreJoinedByEqualSteps() {
        MonthlySeries s = MonthlySeries.splicing(Map.of(YearMonth.of(YEAR, 1), 0.0, YearMonth.of(YEAR, 12), 11.0),
                Map.of());
        for (int m = 1; m <= 12; m++) {
            assertEquals(m - 1, s.at(YearMonth.of(YEAR, m)), 1e-9, "month " + m);
        }
    }

    @Test
    void theLastFreeMonthsJoinTheFixedMonthBeforeThem() {
        // January to October fixed at 0, the year's average 1: November N and December 12 - N minimise
        // N^2 + (12 - 2N)^2, so N = 4.8
        MonthlySeries s = MonthlySeries.splicing(zeros(1, 10), Map.of(YEAR, 1.0));
        assertEquals(4.8, s.at(YearMonth.of(YEAR, 11)), 1e-9);
        assertEquals(7.2, s.at(YearMonth.of(YEAR, 12)), 1e-9);
    }

    @Test
    void freeMonthsAtBothEndsJoinTheFixedMonthsBetween() {
        // February to November fixed at 0, the year's average 1: January J and December 12 - J minimise J^2 + D^2
        MonthlySeries s = MonthlySeries.splicing(zeros(2, 11), Map.of(YEAR, 1.0));
        assertEquals(6, s.at(YearMonth.of(YEAR, 1)), 1e-9);
        assertEquals(6, s.at(YearMonth.of(YEAR, 12)), 1e-9);
    }
}
