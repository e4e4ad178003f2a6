package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each command's --help shows its own defaults for the shared options; calibrate shows none (its file decides). */
class FrontEndDefaultsTest {
    /** The text of the --sample option in a command's help, up to the next option. */
    private static String sampleHelp(String command) {
        Cli c = Cli.run(command, "--help");
        assertEquals(0, c.code(), c.toString());
        String help = c.out();
        int from = help.indexOf("--sample=FRACTION");
        return help.substring(from, help.indexOf("--full", from)).replaceAll("\\s+", " ");
    }

    @Test
    void everyCommandShowsItsOwnDefaultShare() {
        for (String c : new String[] {"run", "compare", "backcast"}) {
            assertTrue(sampleHelp(c).contains("Default: 0.02"), c + ": " + sampleHelp(c));
        }
        assertTrue(sampleHelp("gui").contains("Default: 0.01"), sampleHelp("gui"));
        assertTrue(sampleHelp("sensitivity").contains("Default: 0.01"), sampleHelp("sensitivity"));
        assertTrue(sampleHelp("bench").contains("Default: 1.0"), sampleHelp("bench"));
        assertFalse(sampleHelp("calibrate").contains("Default:"), "the targets file's: " + sampleHelp("calibrate"));
        assertTrue(sampleHelp("run").contains("the input file's own share"), sampleHelp("run"));
    }

    @Test
    void seedsAndReplicationsToo() {
        String run = Cli.run("run", "--help").out().replaceAll("\\s+", " ");
        assertTrue(run.matches(".*--replications=N .*? Default: 5 .*"), run);
        assertTrue(run.matches(".*--seed=SEED .*? Default: 1 .*"), run);
        String gui = Cli.run("gui", "--help").out().replaceAll("\\s+", " ");
        assertTrue(gui.matches(".*--seed=SEED .*? Default: 42 .*"), gui);
        assertFalse(gui.contains("--replications") || gui.contains("--months") || gui.contains("--out"),
                "gui declares only what the visualizer honours: " + gui);
    }
}
