package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Mistakes in the command line that picocli alone reports without saying what was meant: a scenario that
 * {@code --parameter-draws} (whose file is optional) took as its file, a misspelt command, a sample that is not a
 * number.
 */
class CommandLineMistakesTest {
    @Test
    void aMisspeltCommandGetsTheClosest() {
        Cli c = Cli.run("rnu", "baseline");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("('rnu' is not a command. Did you mean \"run\"? Commands: run, compare, "),
                c.err());
    }

    @Test
    void aSampleThatIsNotANumberIsSaidToBe() {
        Cli c = Cli.run("run", "baseline", "--sample", "NaN");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("--sample must be between 0.001 and 1, was not a number of ordinary size"),
                c.err());
    }

    @Test
    void aScenarioTakenAsTheDrawsFileIsSaidToBe() {
        Cli c = Cli.run("run", "--sample", "0.002", "--parameter-draws", "baseline");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("Missing required parameter: 'SCENARIO'"), c.err());
        assertTrue(c.err().contains("(--parameter-draws took 'baseline' as its file: name the scenario before "
                + "--parameter-draws, or write --parameter-draws=FILE)"), c.err());
    }

    @Test
    void aScenarioTakenAsThePosteriorFileIsSaidToBe() {
        Cli c = Cli.run("uncertainty", "--posterior", "baseline");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("Missing required parameter: 'SCENARIO'"), c.err());
        assertTrue(c.err().contains("(--posterior took 'baseline' as its file: name the scenario before "
                + "--posterior, or write --posterior=FILE)"), c.err());
    }
}
