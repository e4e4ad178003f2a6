package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.gui.scenario.ScenarioSource;
import sim.engine.Schedule;

/**
 * Before the first month, the Console's date says what the run simulated before it and does not show; every line of
 * it fits the narrowest Console; and the Console's counter shows the simulated month.
 */
class SimulatedDateTest {
    private static final YearMonth START = YearMonth.of(2023, 1);

    @Test
    void beforeTheFirstMonthItNamesTheWarmUpAndTheHistory() {
        assertEquals("starts January 2023 (36 months)\nafter a 60-month warm-up and history from January 2013",
                SimulatedDate.text(null, 0, 36, START, SimulatedDate.before(60, YearMonth.of(2013, 1))));
        assertEquals("starts January 2023 (36 months)\nafter the history from January 2013",
                SimulatedDate.text(null, 0, 36, START, SimulatedDate.before(0, YearMonth.of(2013, 1))));
        assertEquals("starts January 2023 (36 months)\nafter a 60-month warm-up",
                SimulatedDate.text(null, 0, 36, START, SimulatedDate.before(60, null)));
        assertEquals("starts January 2023 (36 months)", SimulatedDate.text(null, 0, 36, START,
                SimulatedDate.before(0, null)));
    }

    @Test
    void onceRunningItShowsTheLastMonthOnly() {
        assertEquals("March 2023 (month 3 of 36)", SimulatedDate.text(YearMonth.of(2023, 3), 3, 36, START,
                SimulatedDate.before(60, null)));
    }

    /**
     * The reviewer's 1600 x 1000 screen gives the Console 400 pixels, the layout's narrowest: the date (once cut off
     * at "starts January 2023 (120 months, a") fits it for every bundled scenario, before and during the run.
     */
    @Test
    void everyLineFitsTheNarrowestConsole() throws Exception {
        ScenarioSource source = MuhojirWithUI.scenarioSource();
        int room = ScreenLayout.MIN_CONSOLE_WIDTH - 20; // the Console's borders and a little margin
        for (String name : source.names()) {
            Scenario s = source.load(name);
            String before = SimulatedDate.before(s.warmUpMonths(), s.historyStart());
            for (String text : new String[] {SimulatedDate.text(null, 0, s.months(), s.start(), before),
                    SimulatedDate.text(s.end(), s.months(), s.months(), s.start(), before)}) {
                SimulatedDate date = new SimulatedDate();
                int[] width = new int[1];
                SwingUtilities.invokeAndWait(() -> {
                    date.showNow(text);
                    width[0] = date.label().getPreferredSize().width;
                });
                assertTrue(width[0] <= room, name + ": \"" + text + "\" is " + width[0] + " pixels wide, more than "
                        + room);
            }
        }
    }

    /** MASON's counter asks the schedule for its time: it reads as the simulated month, not as steps. */
    @Test
    void theCounterShowsTheSimulatedMonth() {
        MonthSchedule schedule = new MonthSchedule(START, YearMonth.of(2032, 12));
        assertEquals("At Start", schedule.getTimestamp(Schedule.BEFORE_SIMULATION, "At Start", "At End"));
        assertEquals("2023-01", schedule.getTimestamp(0, "At Start", "At End")); // the first step: January
        assertEquals("2024-03", schedule.getTimestamp(14, "At Start", "At End"));
        assertEquals("2032-12", schedule.getTimestamp(Schedule.AFTER_SIMULATION, "At Start", "At End"));
    }
}
