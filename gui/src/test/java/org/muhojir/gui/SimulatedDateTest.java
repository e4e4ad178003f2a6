package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/** Before the first month, the Console's date says what the run simulated before it and does not show. */
class SimulatedDateTest {
    private static final YearMonth START = YearMonth.of(2023, 1);

    @Test
    void beforeTheFirstMonthItNamesTheWarmUpAndTheHistory() {
        assertEquals("starts January 2023 (36 months, after a 60-month warm-up and the history from January 2013)",
                SimulatedDate.text(null, 0, 36, START, SimulatedDate.before(60, YearMonth.of(2013, 1))));
        assertEquals("starts January 2023 (36 months, after the history from January 2013)",
                SimulatedDate.text(null, 0, 36, START, SimulatedDate.before(0, YearMonth.of(2013, 1))));
        assertEquals("starts January 2023 (36 months)", SimulatedDate.text(null, 0, 36, START,
                SimulatedDate.before(0, null)));
    }

    @Test
    void onceRunningItShowsTheLastMonthOnly() {
        assertEquals("March 2023 (month 3 of 36)", SimulatedDate.text(YearMonth.of(2023, 3), 3, 36, START,
                SimulatedDate.before(60, null)));
    }
}
