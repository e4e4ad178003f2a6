package org.muhojir.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Step-function semantics of {@link MonthlySeries}. */
class MonthlySeriesTest {
    private static final double EPS = 1e-9;
    // 10 from 2023-01, 20 from 2023-06, 30 from 2024-01
    private static final MonthlySeries SERIES = MonthlySeries.of(Map.of(
            YearMonth.of(2023, 6), 20.0,
            YearMonth.of(2024, 1), 30.0,
            YearMonth.of(2023, 1), 10.0));

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "1990-01, 10, before the first point the first value holds",
        "2022-12, 10, before the first point the first value holds",
        "2023-01, 10, each point holds until the next",
        "2023-05, 10, each point holds until the next",
        "2023-06, 20, each point holds until the next",
        "2023-12, 20, each point holds until the next",
        "2024-01, 30, each point holds until the next",
        "2024-02, 30, after the last point the last value holds",
        "2100-12, 30, after the last point the last value holds"})
    void aStepFunctionOfItsPoints(String month, double expected, String rule) {
        assertEquals(expected, SERIES.at(YearMonth.parse(month)), rule);
    }

    @Test
    void annualValuesStartInJanuary() {
        MonthlySeries s = MonthlySeries.annual(Map.of(2020, 5.0, 2022, 7.0));
        assertEquals(YearMonth.of(2020, 1), s.points().firstKey());
        assertEquals(YearMonth.of(2022, 1), s.points().lastKey());
        assertEquals(5, s.at(YearMonth.of(2019, 6))); // before the first year
        assertEquals(5, s.at(YearMonth.of(2021, 12))); // 2021 has no value: 2020's holds
        assertEquals(7, s.at(YearMonth.of(2022, 1)));
        assertEquals(7, s.at(YearMonth.of(2030, 7)));
        assertEquals(MonthlySeries.of(Map.of(YearMonth.of(2020, 1), 5.0, YearMonth.of(2022, 1), 7.0)), s);
    }

    @Test
    void printsASummaryNotEveryPoint() {
        assertEquals("MonthlySeries[3 points, 2023-01=10.0 ... 2024-01=30.0]", SERIES.toString());
        assertEquals("MonthlySeries[1 point, 2023-01=3.5]", MonthlySeries.of(Map.of(YearMonth.of(2023, 1), 3.5))
                .toString());
        String baseline = org.muhojir.core.scenario.TajikistanDefaults.baseline().toString();
        assertTrue(baseline.length() < 20_000, "a scenario prints in a few screens: " + baseline.length());
    }

    @Test
    void constantHoldsInEveryMonth() {
        MonthlySeries c = MonthlySeries.constant(3.5);
        assertEquals(3.5, c.at(YearMonth.of(1900, 1)));
        assertEquals(3.5, c.at(YearMonth.of(2023, 7)));
        assertEquals(3.5, c.at(YearMonth.of(2200, 12)));
        assertEquals(3.5, c.min());
    }

    @Test
    void equalityIsByPoints() {
        Map<YearMonth, Double> reversed = new LinkedHashMap<>();
        reversed.put(YearMonth.of(2024, 1), 30.0);
        reversed.put(YearMonth.of(2023, 6), 20.0);
        reversed.put(YearMonth.of(2023, 1), 10.0);
        MonthlySeries same = MonthlySeries.of(reversed);
        assertEquals(SERIES, same);
        assertEquals(SERIES.hashCode(), same.hashCode());
        reversed.put(YearMonth.of(2023, 1), 11.0);
        assertNotEquals(SERIES, MonthlySeries.of(reversed));
        assertNotEquals(MonthlySeries.constant(1), MonthlySeries.constant(2));
    }

    @Test
    void isImmutable() {
        Map<YearMonth, Double> source = new HashMap<>(Map.of(YearMonth.of(2023, 1), 1.0));
        MonthlySeries s = MonthlySeries.of(source);
        source.put(YearMonth.of(2023, 1), 99.0);
        assertEquals(1, s.at(YearMonth.of(2023, 1)));
        assertThrows(UnsupportedOperationException.class, () -> s.points().put(YearMonth.of(2024, 1), 2.0));
    }

    @Test
    void needsAtLeastOnePoint() {
        assertThrows(IllegalArgumentException.class, () -> MonthlySeries.of(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> MonthlySeries.annual(Map.of()));
    }

    // annual figures spread over months keep each year's average

    @Test
    void eachYearsTwelveMonthsAverageToThatYearsFigure() {
        // Russia's average nominal wage, RUB a month, 2013-2016 (data:rus_wage_nominal_avg_annual)
        Map<Integer, Double> wages = Map.of(2013, 29_792.0, 2014, 32_495.0, 2015, 34_030.0, 2016, 36_709.0);
        MonthlySeries s = MonthlySeries.keepingAnnualAverages(wages);
        wages.forEach((year, average) -> assertEquals(average, s.yearMean(YearMonth.of(year, 1)), EPS, "" + year));
        assertEquals(YearMonth.of(2013, 1), s.points().firstKey());
        assertEquals(YearMonth.of(2016, 12), s.points().lastKey());
    }

    @Test
    void aSteadyTrendRisesMonthByMonthAndHoldsAfterTheData() {
        MonthlySeries s = MonthlySeries.keepingAnnualAverages(Map.of(2013, 1000.0, 2014, 1120.0, 2015, 1240.0));
        // within the data the months rise steadily, about 10 a month in the middle year (a little more, as the path
        // flattens towards its ends); after it December's value holds
        for (YearMonth m = YearMonth.of(2013, 1); m.isBefore(YearMonth.of(2015, 12)); m = m.plusMonths(1)) {
            assertTrue(s.at(m.plusMonths(1)) > s.at(m), m.toString());
        }
        assertEquals(10, s.at(YearMonth.of(2014, 7)) - s.at(YearMonth.of(2014, 6)), 2.5);
        assertEquals(s.at(YearMonth.of(2015, 12)), s.at(YearMonth.of(2019, 5)), EPS);
    }

    @Test
    void aSharpDevaluationHasNoJumpAtNewYear() {
        // the tenge per dollar, 2014-2017 (data:kzt_per_usd_annual): 179 -> 222 -> 342 -> 326; spreading each year
        // on its own line broke the path at New Year (13.8% in January 2016, against 1.4% a month within the years):
        // now the change at New Year is of the size of the changes either side of it
        Map<Integer, Double> tenge = Map.of(2014, 179.19, 2015, 221.73, 2016, 342.16, 2017, 326.0);
        MonthlySeries s = MonthlySeries.keepingAnnualAverages(tenge);
        tenge.forEach((year, average) -> assertEquals(average, s.yearMean(YearMonth.of(year, 1)), EPS, "" + year));
        for (int year = 2015; year <= 2017; year++) {
            double newYear = Math.abs(s.at(YearMonth.of(year, 1)) - s.at(YearMonth.of(year - 1, 12)));
            double before = Math.abs(s.at(YearMonth.of(year - 1, 12)) - s.at(YearMonth.of(year - 1, 11)));
            double after = Math.abs(s.at(YearMonth.of(year, 2)) - s.at(YearMonth.of(year, 1)));
            assertTrue(newYear <= 1.25 * Math.max(before, after),
                    year + ": " + newYear + " vs " + before + ", " + after);
        }
    }

    @Test
    void noMoveOfOneMonthAgainstAnotherOfItsYearMakesThePathSmoother() {
        // the path is the smoothest with its averages and fixed months: moving any amount from one free month of a
        // year to another of the same year (every average kept) never lowers the sum of squared monthly changes
        Map<YearMonth, Double> fixed = Map.of(YearMonth.of(2014, 3), 40.0, YearMonth.of(2015, 1), 65.0,
                YearMonth.of(2015, 2), 70.0);
        Map<Integer, Double> averages = Map.of(2013, 32.0, 2014, 38.4, 2015, 61.0, 2016, 67.0);
        MonthlySeries s = MonthlySeries.splicing(fixed, averages);
        double[] x = s.points().values().stream().mapToDouble(Double::doubleValue).toArray();
        double best = roughness(x);
        for (int year = 0; year < 4; year++) {
            for (int a = 0; a < 12; a++) {
                for (int b = 0; b < 12; b++) {
                    int i = 12 * year + a;
                    int j = 12 * year + b;
                    if (a == b || fixed.containsKey(YearMonth.of(2013 + year, a + 1))
                            || fixed.containsKey(YearMonth.of(2013 + year, b + 1))) {
                        continue;
                    }
                    for (double eps : new double[] {0.01, -0.01}) {
                        double[] y = x.clone();
                        y[i] += eps;
                        y[j] -= eps;
                        assertTrue(roughness(y) >= best - 1e-9, "moving " + eps + " from month " + j + " to " + i);
                    }
                }
            }
        }
        fixed.forEach((m, v) -> assertEquals(v, s.at(m), EPS, m.toString()));
        averages.forEach((year, v) -> assertEquals(v, s.yearMean(YearMonth.of(year, 1)), 1e-9, "" + year));
    }

    private static double roughness(double[] x) {
        double sum = 0;
        for (int t = 1; t < x.length; t++) {
            sum += (x[t] - x[t - 1]) * (x[t] - x[t - 1]);
        }
        return sum;
    }

    @Test
    void heldFromStatesTheFirstValueEarlierWithoutChangingAnyMonth() {
        MonthlySeries s = MonthlySeries.of(Map.of(YearMonth.of(2013, 1), 2.0, YearMonth.of(2014, 1), 3.0));
        MonthlySeries held = s.heldFrom(YearMonth.of(2010, 1));
        assertEquals(YearMonth.of(2010, 1), held.points().firstKey());
        for (YearMonth m = YearMonth.of(2009, 1); m.isBefore(YearMonth.of(2016, 1)); m = m.plusMonths(1)) {
            assertEquals(s.at(m), held.at(m), 0, m.toString());
        }
        // a month at or after the first point leaves the series as it is
        assertEquals(s, s.heldFrom(YearMonth.of(2013, 1)));
        assertEquals(s, s.heldFrom(YearMonth.of(2013, 6)));
    }

    @Test
    void aValueThatIsNotANumberIsRefusedRatherThanSpreadOverEveryMonth() {
        assertThrows(IllegalArgumentException.class,
                () -> MonthlySeries.keepingAnnualAverages(Map.of(2013, 1.0, 2014, Double.NaN)));
        assertThrows(IllegalArgumentException.class, () -> MonthlySeries.splicing(
                Map.of(YearMonth.of(2013, 5), Double.POSITIVE_INFINITY), Map.of(2013, 1.0)));
    }

    @Test
    void aYearMissingInTheMiddleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MonthlySeries.keepingAnnualAverages(Map.of(2013, 1.0, 2015, 1.0)));
    }

    @Test
    void recordedMonthsAreKeptAndAPartlyRecordedYearKeepsItsAverage() {
        Map<YearMonth, Double> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(2023, m), 80.0 + m);
        }
        months.put(YearMonth.of(2024, 1), 90.0);
        months.put(YearMonth.of(2024, 2), 92.0);
        MonthlySeries s = MonthlySeries.splicing(months, Map.of(2022, 70.0, 2023, 85.0, 2024, 95.0, 2025, 100.0));
        // recorded months as recorded, 2023 whole (its annual figure, 85, not used: the months average 86.5)
        months.forEach((m, v) -> assertEquals(v, s.at(m), EPS, m.toString()));
        assertEquals(86.5, s.yearMean(YearMonth.of(2023, 1)), EPS);
        // 2024 has two recorded months: the other ten fill it so the year averages 95
        assertEquals(95.0, s.yearMean(YearMonth.of(2024, 1)), EPS);
        assertEquals(70.0, s.yearMean(YearMonth.of(2022, 1)), EPS);
        assertEquals(100.0, s.yearMean(YearMonth.of(2025, 1)), EPS);
        assertEquals(YearMonth.of(2025, 12), s.lastMonth());
    }

    @Test
    void beyondItsLastPointASeriesGrowsAtTheNamedRate() {
        MonthlySeries s = MonthlySeries.of(Map.of(YearMonth.of(2025, 12), 100.0));
        assertEquals(100.0, s.atGrowing(YearMonth.of(2025, 12), 10), EPS);
        assertEquals(110.0, s.atGrowing(YearMonth.of(2026, 12), 10), EPS);
        assertEquals(100 * Math.pow(1.1, 0.5), s.atGrowing(YearMonth.of(2026, 6), 10), EPS);
        assertEquals(100.0, s.atGrowing(YearMonth.of(2030, 1), 0), EPS);
        assertEquals(100.0, s.atGrowing(YearMonth.of(2020, 1), 10), EPS); // before the point: as at()
    }
}
