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
    void aValueOfTheWrongKindIsSaidInWordsNotJavasTypes() {
        Cli seed = Cli.run("run", "baseline", "--seed", "x");
        assertEquals(2, seed.code(), seed.toString());
        assertTrue(seed.err().startsWith("error: Invalid value for option '--seed': 'x' is not a whole number\n"),
                seed.err());
        Cli replications = Cli.run("run", "baseline", "-r", "1.5");
        assertTrue(replications.err().contains("'1.5' is not a whole number"), replications.err());
        assertEquals("Invalid value for option '--rate': 'y' is not a number (such as 0.05)",
                Main.plain("Invalid value for option '--rate': 'y' is not a double"));
        assertEquals("'an integer' is not an intruder", Main.plain("'an integer' is not an intruder"));
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
