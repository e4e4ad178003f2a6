package org.muhojir.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.gui.scenario.CatalogueScenarioSource;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.run.UserError;

/** The visualizer's command line: the options of {@code muhojir gui}, and the run settings' sample rule. */
class LaunchOptionsTest {
    @TempDir
    Path dir;

    private static LaunchOptions parse(String... args) throws UserError {
        return LaunchOptions.parse(new PrintWriter(new StringWriter()), args);
    }

    @Test
    void noArgumentsMeanTheBaselineWithTheGuisDefaults() throws UserError {
        LaunchOptions o = parse();
        assertEquals("baseline", o.scenario());
        assertNull(o.settings().sample(), "no --sample given");
        assertEquals(42, o.runOptions().seed());
        assertEquals(1, o.runOptions().threads());
    }

    @Test
    void readsEveryOption() throws UserError {
        LaunchOptions o = parse("crackdown.json", "--sample", "0.05", "--seed", "7", "--threads", "2");
        assertEquals("crackdown.json", o.scenario());
        assertEquals(0.05, o.settings().sample());
        assertEquals(7, o.runOptions().seed());
        assertEquals(2, o.runOptions().threads());
        assertEquals(1.0, parse("--full").settings().sample());
    }

    @Test
    void aFilesSampleFractionIsHonouredUnlessTheCommandLineSaysOtherwise() throws Exception {
        Files.writeString(dir.resolve("sampled.json"), "{\"schemaVersion\": 1, \"extends\": \"baseline\", "
                + "\"population\": {\"sampleFraction\": 0.003}}", StandardCharsets.UTF_8);
        CatalogueScenarioSource source = new CatalogueScenarioSource(Catalogue.bundled(), dir);
        assertEquals(0.003, sample(parse("sampled.json"), source), "the file's own share");
        assertEquals(0.004, sample(parse("sampled.json", "--sample", "0.004"), source), "the option wins");
        assertEquals(0.01, sample(parse("baseline"), source), "neither: the GUI's default, 1%");
    }

    private static double sample(LaunchOptions o, CatalogueScenarioSource source) {
        return o.scenarioFrom(source).population().sampleFraction();
    }

    @Test
    void badArgumentsAreNamed() {
        assertTrue(assertThrows(UserError.class, () -> parse("--sample", "0")).getMessage()
                .contains("--sample must be between 0.001 and 1"));
        assertTrue(assertThrows(UserError.class, () -> parse("--speed", "2")).getMessage()
                .contains("Unknown option: '--speed'"));
        assertTrue(assertThrows(UserError.class, () -> parse("--seed")).getMessage()
                .contains("Missing required parameter for option '--seed'"));
        assertTrue(assertThrows(UserError.class, () -> parse("--threads", "two")).getMessage()
                .contains("'two' is not an int"));
        assertTrue(assertThrows(UserError.class, () -> parse("a", "b")).getMessage()
                .contains("Unmatched argument"));
        assertTrue(assertThrows(UserError.class, () -> parse("--sample", "0.1", "--full")).getMessage()
                .contains("either --sample or --full"));
    }

    @Test
    void helpIsThatOfMuhojirGui() throws UserError {
        StringWriter help = new StringWriter();
        assertNull(LaunchOptions.parse(new PrintWriter(help), "--help"));
        assertTrue(help.toString().contains("Usage: muhojir gui"), help.toString());
        for (String option : new String[] {"--sample", "--full", "--seed", "--threads", "Default: 42"}) {
            assertTrue(help.toString().contains(option), option + " in\n" + help);
        }
        assertTrue(!help.toString().contains("--replications") && !help.toString().contains("--out"),
                "only options the visualizer honours:\n" + help);
    }

    @Test
    void menuSampleLabelsSayHowManyHouseholds() {
        // 1% of 1,649,178 households is 16,492, rounded to the hundred: 16,500
        assertEquals("1% (about 16,500 households)", ScenarioMenu.sampleLabel(0.01, 1_649_178));
        assertEquals("0.5% (about 8,200 households)", ScenarioMenu.sampleLabel(0.005, 1_649_178));
        // the whole population is offered with a warning about time and memory
        assertEquals("100% (about 1,649,200 households; slow: about a second a month, 300 MB of memory)",
                ScenarioMenu.sampleLabel(1.0, 1_649_178));
    }
}
