package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * The history of a scenario runs from its history's first month (its historyStart, else its start) to the last month
 * of data (December 2025, the last month of the recorded exchange rates, Russia's wages and Tajikistan's prices),
 * every month reported and nothing else changed.
 */
class HistoryScenarioTest {
    private static final YearMonth JANUARY_2013 = YearMonth.of(2013, 1);
    private static final YearMonth JANUARY_2010 = YearMonth.of(2010, 1);
    private static final YearMonth DECEMBER_2025 = YearMonth.of(2025, 12);

    @Test
    void aScenarioWithoutHistoryIsReportedFromItsStartToTheLastMonthOfData() throws Exception {
        Scenario from2013 = TajikistanDefaults.baseline().withPeriod(JANUARY_2013, 12).withHistoryStart(null)
                .named("from-2013", "");
        Scenario h = HistoryScenario.of(from2013);
        assertEquals(JANUARY_2013, h.start());
        assertEquals(DECEMBER_2025, h.end());
        assertEquals("from-2013-history", h.name());
        assertEquals(from2013.warmUpMonths(), h.warmUpMonths());
        assertEquals(from2013.behaviour(), h.behaviour());
    }

    @Test
    void aScenarioWithAHistoryIsReportedFromItsHistoryStart() throws Exception {
        Scenario window = TajikistanDefaults.baseline().withPeriod(YearMonth.of(2023, 1), 12);
        Scenario h = HistoryScenario.of(window);
        assertEquals(JANUARY_2010, h.start());
        assertEquals(DECEMBER_2025, h.end());
        assertNull(h.historyStart(), "the history's months are reported, not run silently");
        assertEquals(window.firstSimulatedMonth(), h.firstSimulatedMonth());
    }

    @Test
    void heldOutYearsAreGroupedIntoRuns() {
        List<int[]> ranges = HistoryFitHtml.heldOutRanges(List.of(2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
                2021, 2022, 2023, 2024, 2025));
        assertEquals(3, ranges.size());
        assertEquals(List.of(2014, 2016, 2020, 2022, 2024, 2025), List.of(ranges.get(0)[0], ranges.get(0)[1],
                ranges.get(1)[0], ranges.get(1)[1], ranges.get(2)[0], ranges.get(2)[1]));
    }
}
