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
    void aSteadyTrendBecomesAStraightLineInsideTheData() {
        // 120 a year more: mid-2014 is 1,120, so months step by 10; June and July 2014 lie 5 either side of it
        MonthlySeries s = MonthlySeries.keepingAnnualAverages(Map.of(2013, 1000.0, 2014, 1120.0, 2015, 1240.0));
        assertEquals(1115, s.at(YearMonth.of(2014, 6)), EPS);
        assertEquals(1125, s.at(YearMonth.of(2014, 7)), EPS);
        assertEquals(10, s.at(YearMonth.of(2014, 12)) - s.at(YearMonth.of(2014, 11)), EPS);
        // within the data the months rise steadily; after the data December's value holds
        for (YearMonth m = YearMonth.of(2013, 1); m.isBefore(YearMonth.of(2015, 12)); m = m.plusMonths(1)) {
            assertTrue(s.at(m.plusMonths(1)) > s.at(m), m.toString());
        }
        assertEquals(s.at(YearMonth.of(2015, 12)), s.at(YearMonth.of(2019, 5)), EPS);
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
    void aYearMissingInTheMiddleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MonthlySeries.keepingAnnualAverages(Map.of(2013, 1.0, 2015, 1.0)));
    }

    @Test
    void recordedMonthsReplaceTheInterpolationAndAPartlyRecordedYearKeepsItsAverage() {
        Map<YearMonth, Double> months = new LinkedHashMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(YearMonth.of(2023, m), 80.0 + m);
        }
        months.put(YearMonth.of(2024, 1), 90.0);
        months.put(YearMonth.of(2024, 2), 92.0);
        MonthlySeries s = MonthlySeries.splicing(months, Map.of(2022, 70.0, 2023, 85.0, 2024, 95.0, 2025, 100.0));
        // recorded months as recorded, 2023 whole (its annual figure, 85, not used: the months average 86.5)
        assertEquals(81.0, s.at(YearMonth.of(2023, 1)), EPS);
        assertEquals(86.5, s.yearMean(YearMonth.of(2023, 1)), EPS);
        assertEquals(92.0, s.at(YearMonth.of(2024, 2)), EPS);
        // 2024 has two recorded months: the other ten move together so the year averages 95
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
