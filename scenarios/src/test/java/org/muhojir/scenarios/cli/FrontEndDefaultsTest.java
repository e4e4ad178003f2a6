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
        // picocli may break a line after the dot of a name (settings.sample)
        return help.substring(from, help.indexOf("--full", from)).replaceAll("\\s+", " ")
                .replaceAll("\\. (?=[a-z])", ".");
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
        assertTrue(sampleHelp("run").contains("the scenario's own share if its file sets one "
                + "(population.sampleFraction), else the default below."), sampleHelp("run"));
    }

    @Test
    void eachCommandSaysWhereItsShareComesFromWithoutSample() {
        for (String c : new String[] {"run", "compare", "backcast", "history", "gui", "sensitivity", "sobol",
            "uncertainty", "calibrate", "bench", "check-responses"}) {
            assertEquals(c.equals("calibrate"), sampleHelp(c).contains("targets file"), c + ": " + sampleHelp(c));
        }
        assertTrue(sampleHelp("calibrate").contains("Without it: the targets file's settings.sample (0.01 in the "
                + "bundled targets)."), sampleHelp("calibrate"));
        assertFalse(sampleHelp("calibrate").contains("default below"), sampleHelp("calibrate"));
        for (String c : new String[] {"bench", "check-responses"}) { // no scenario file: the default alone
            assertTrue(sampleHelp(c).contains("Without it: the default below. Default: "), c + ": " + sampleHelp(c));
        }
    }

    @Test
    void calibratesHelpGivesTheBundledTargetsSettings() throws Exception {
        var bundled = org.muhojir.scenarios.calibrate.TargetsFile.read("bundled",
                org.muhojir.scenarios.calibrate.TargetsFile.bundledText()).settings();
        String help = Cli.run("calibrate", "--help").out().replaceAll("\\s+", " ");
        assertEquals(0.01, bundled.sample());
        assertTrue(help.contains("in the bundled targets a 1% sample, " + bundled.replications() + " replications, "
                + bundled.evaluations() + " evaluations, seed " + bundled.seed() + " and " + bundled.parallel()
                + " thread "), help);
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
