package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/** What the start's progress dialog says the start is simulating, month by month. */
class StartProgressTest {
    @Test
    void namesTheWarmUpMonthByNumberAndTheHistoryMonthByDate() {
        Scenario baseline = TajikistanDefaults.baseline();
        int warmUp = baseline.warmUpMonths();
        YearMonth history = baseline.historyStart();
        assertEquals("Warm-up: month 1 of " + warmUp, StartProgress.describe(baseline, 0));
        assertEquals("Warm-up: month " + warmUp + " of " + warmUp, StartProgress.describe(baseline, warmUp - 1));
        assertEquals("History: January 2010", StartProgress.describe(baseline, warmUp));
        assertEquals(YearMonth.of(2010, 1), history);
        // the last month before the start is December 2022: the baseline's first reported month is January 2023
        assertEquals("History: December 2022", StartProgress.describe(baseline, baseline.monthsBeforeStart() - 1));
    }
}
