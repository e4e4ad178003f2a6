package org.muhojir.core.param;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annual figures spread over months keep each year's average. */
class MonthlySeriesTest {
    private static final double EPS = 1e-9;

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
    void aYearMissingInTheMiddleIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> MonthlySeries.keepingAnnualAverages(Map.of(2013, 1.0, 2015, 1.0)));
    }
}
