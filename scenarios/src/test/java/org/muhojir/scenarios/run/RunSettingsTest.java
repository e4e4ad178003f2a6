package org.muhojir.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.LoadedScenario;

/** The one rule for the share of households: the command line's, else the file's, else the front end's default. */
class RunSettingsTest {
    private static final Scenario BASE = Muhojir.defaultScenario();
    /** A file that sets population.sampleFraction to 0.003. */
    private static final LoadedScenario SAMPLED = new LoadedScenario(BASE.withSampleFraction(0.003), List.of(), true);
    /** A file that does not set it (the scenario carries core's default, which no front end uses). */
    private static final LoadedScenario UNSAMPLED = new LoadedScenario(BASE, List.of(), false);

    @Test
    void theCommandLineWinsOverTheFileAndTheDefault() {
        for (FrontEnd f : FrontEnd.values()) {
            RunSettings given = RunSettings.defaults(f).withSample(0.004);
            assertEquals(0.004, given.sampleFor(SAMPLED), f.name());
            assertEquals(0.004, given.sampleFor(UNSAMPLED), f.name());
        }
    }

    @Test
    void theFileWinsOverTheFrontEndsDefault() {
        for (FrontEnd f : FrontEnd.values()) {
            assertEquals(0.003, RunSettings.defaults(f).sampleFor(SAMPLED), f.name());
        }
    }

    @Test
    void withNeitherEachFrontEndHasItsDocumentedDefault() {
        assertEquals(0.02, RunSettings.defaults(FrontEnd.BATCH).sampleFor(UNSAMPLED));
        assertEquals(0.01, RunSettings.defaults(FrontEnd.GUI).sampleFor(UNSAMPLED));
        assertEquals(0.01, RunSettings.defaults(FrontEnd.SENSITIVITY).sampleFor(UNSAMPLED));
        assertEquals(1.0, RunSettings.defaults(FrontEnd.BENCH).sampleFor(UNSAMPLED));
        assertEquals(1.0, RunSettings.defaults(FrontEnd.BENCH).sampleWithoutFile());
    }

    @Test
    void resolveAppliesTheShareAndShortensTheRun() throws UserError {
        RunSettings s = new RunSettings(FrontEnd.BATCH, null, 1, 1, 1, 7, null, false, true);
        Scenario r = s.resolve(SAMPLED);
        assertEquals(0.003, r.population().sampleFraction());
        assertEquals(7, r.months());
        assertEquals(BASE.start(), r.start());
        assertEquals(BASE.months(), RunSettings.defaults(FrontEnd.BATCH).resolve(UNSAMPLED).months(), "all months");
    }

    @Test
    void threadsAreSplitBetweenRunsAtOnceAndTheRunsOwnThreads() {
        RunSettings four = new RunSettings(FrontEnd.BATCH, null, 9, 4, 5, null, null, false, true);
        assertEquals(4, four.parallelRuns(10), "ten runs: four at once");
        assertEquals(1, four.runOptions(10).threads(), "one thread each");
        assertEquals(2, four.parallelRuns(2), "two runs: both at once");
        assertEquals(2, four.runOptions(2).threads(), "two threads each");
        assertEquals(9, four.runOptions(2).seed());
    }

    @Test
    void badValuesNameTheOption() {
        assertTrue(assertThrows(UserError.class, () -> RunSettings.defaults(FrontEnd.BATCH).withSample(1.5)
                .checked()).getMessage().startsWith("--sample must be between 0.001 and 1, was 1.5"));
        assertTrue(assertThrows(UserError.class, () -> new RunSettings(FrontEnd.BATCH, null, 1, 0, 1, null, null,
                false, false).checked()).getMessage().startsWith("--threads must be between 1 and 256"));
        assertTrue(assertThrows(UserError.class, () -> new RunSettings(FrontEnd.BATCH, null, 1, 1, 0, null, null,
                false, false).checked()).getMessage().startsWith("--replications must be between 1 and 1000"));
        assertTrue(assertThrows(UserError.class, () -> new RunSettings(FrontEnd.BATCH, null, 1, 1, 1, 0, null,
                false, false).checked()).getMessage().startsWith("--months must be between 1 and 1200"));
    }
}
