package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import sim.display.Console;

/**
 * While the Console plays, the date line above its buttons and MASON's counter beside them show the same month, the
 * one just simulated, after every month: the run is played through the Console's own play thread with no pause
 * between months (the Delay slider at its fastest), where MASON updates its counter at most every 40 ms and so had
 * left it a month or more behind the date line. Needs a display, as the smoke test.
 */
class PlayingDateTest {
    private static final int MONTHS = 30;

    @Test
    void theDateAndTheCounterShowTheMonthJustSimulatedAfterEveryMonth() throws Exception {
        assumeTrue(System.getenv("DISPLAY") != null && !GraphicsEnvironment.isHeadless(), "needs a display");
        MuhojirWithUI ui = new MuhojirWithUI(new LaunchOptions("baseline",
                RunSettings.defaults(FrontEnd.GUI).withSample(0.002)), MuhojirWithUI.scenarioSource());
        Console[] console = new Console[1];
        SwingUtilities.invokeAndWait(() -> console[0] = (Console) ui.createController());
        try {
            SwingUtilities.invokeAndWait(() -> console[0].pressPause()); // starts the run, paused
            YearMonth first = ui.model().scenario().start();
            List<String> seen = new ArrayList<>();
            // before each month is simulated, MASON's play thread has waited for Swing to handle everything the
            // month before posted: what the two labels show then is what a student sees between two months
            ui.scheduleRepeatingImmediatelyBefore(s -> {
                int done = seen.size();
                if (done > 0) {
                    seen.set(done - 1, seen.get(done - 1) + " | " + ui.date().label().getText() + " | "
                            + ui.date().counter().getText());
                }
                seen.add("after month " + (done + 1));
            });
            SwingUtilities.invokeAndWait(() -> {
                console[0].setPlaySleep(0);
                console[0].setWhenShouldPause(MONTHS);
                console[0].pressPause(); // plays on MASON's thread until the pause above
            });
            for (int i = 0; i < 600 && console[0].getPlayState() != Console.PS_PAUSED; i++) {
                Thread.sleep(100);
            }
            assertEquals(Console.PS_PAUSED, console[0].getPlayState(), "the run did not pause after " + MONTHS);
            assertTrue(seen.size() >= MONTHS, "months seen: " + seen.size());
            List<String> wrong = new ArrayList<>();
            for (int k = 1; k < MONTHS; k++) {
                YearMonth m = first.plusMonths(k - 1);
                String expected = "after month " + k + " | " + m.getMonth().getDisplayName(
                        java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + m.getYear() + " (month " + k
                        + " of " + ui.model().scenario().months() + ") | " + m;
                if (!expected.equals(seen.get(k - 1))) {
                    wrong.add("expected \"" + expected + "\", saw \"" + seen.get(k - 1) + "\"");
                }
            }
            assertTrue(wrong.isEmpty(), wrong.size() + " of " + (MONTHS - 1) + " months shown wrong: " + wrong);
        } finally {
            ConsoleTeardown.close(console[0], ui);
        }
    }
}
