package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code --parameter-draws} takes an optional file, so a scenario written after it is taken as its file: said so. */
class ParameterDrawsMistakeTest {
    @Test
    void aScenarioTakenAsTheDrawsFileIsSaidToBe() {
        Cli c = Cli.run("run", "--sample", "0.002", "--parameter-draws", "baseline");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("Missing required parameter: 'SCENARIO'"), c.err());
        assertTrue(c.err().contains("(--parameter-draws took 'baseline' as its file: name the scenario before "
                + "--parameter-draws, or write --parameter-draws=FILE)"), c.err());
    }
}
