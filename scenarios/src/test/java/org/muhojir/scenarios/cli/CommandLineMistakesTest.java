package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Cli tooMany = Cli.run("run", "baseline", "-r", "99999999999");
        assertTrue(tooMany.err().startsWith("error: Invalid value for option '--replications': '99999999999' is too "
                + "large a whole number\n"), tooMany.err());
        assertTrue(Cli.run("run", "baseline", "--threads", "-99999999999").err().contains("'-99999999999' is too far "
                + "below zero"));
    }

    @Test
    void anOutcomeYearOutsideTheScenarioIsRefusedNotSimulatedBeyondItsEnd() {
        for (String command : List.of("sobol", "sensitivity")) {
            Cli c = Cli.run(command, "--year", "2050", "--sample", "0.001", "-r", "1");
            assertEquals(2, c.code(), c.toString());
            assertTrue(c.err().contains("--year 2050 is not a whole year of scenario 'baseline' (2023-01 to 2032-12): "
                    + "give years from 2023 to 2032, or a scenario file whose \"start\" and \"months\" cover the year"),
                    c.err());
        }
        assertTrue(Cli.run("sobol", "--year", "2020").err().contains("--year 2020 is before the start"));
    }

    @Test
    void aYearTheScenarioEndsInBeforeDecemberIsRefusedAndTheDefaultYearIsAWholeOne(@TempDir Path dir)
            throws Exception {
        Path shorter = Files.writeString(dir.resolve("short.json"), "{\"schemaVersion\": 1, \"extends\": "
                + "\"baseline\", \"name\": \"short\", \"months\": 18}"); // 2023-01 to 2024-06
        Cli c = Cli.run("sobol", "--scenario", shorter.toString(), "--year", "2024");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("--year 2024 is not a whole year of scenario 'short' (2023-01 to 2024-06): give "
                + "years from 2023 to 2023"), c.err());
        // without --year, the second year (2024) is not whole: the screening's outcomes are of 2023
        Cli screened = Cli.run("sensitivity", "--scenario", shorter.toString(), "--trajectories", "2", "--parameters",
                "behaviour.considerRate", "--outcomes", "migrants_abroad", "--sample", "0.001", "-r", "1", "--out",
                dir.resolve("morris").toString(), "--quiet");
        assertEquals(0, screened.code(), screened.toString());
        assertTrue(Files.readString(dir.resolve("morris/morris.csv")).contains("migrants_abroad_2023"),
                Files.readString(dir.resolve("morris/morris.csv")));
    }

    @Test
    void aMisspeltOptionIsTheOneUnknownOptionNotItsValueToo() {
        Cli c = Cli.run("run", "baseline", "--sampel", "0.005");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().startsWith("error: Unknown option: '--sampel' (and '0.005' after it)\nPossible solutions: "
                + "--sample\n"), c.err());
    }

    @Test
    void aSecondScenarioForRunPointsToCompare() {
        Cli c = Cli.run("run", "baseline", "cheaper-transfers");
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("(run takes one scenario; to set scenarios side by side, compare them: muhojir "
                + "compare baseline cheaper-transfers, with the same options)"), c.err());
    }

    @Test
    void anOutputFolderThatCannotBeMadeIsRefusedBeforeAnythingIsSimulated(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("afile"), "a user's file");
        for (String[] command : List.of(
                new String[] {"calibrate", "--evaluations", "1", "--sample", "0.001", "-r", "1"},
                new String[] {"sensitivity", "--trajectories", "2", "--sample", "0.001", "-r", "1"})) {
            List<String> args = new java.util.ArrayList<>(List.of(command));
            args.addAll(List.of("-o", file.resolve("out").toString()));
            Cli c = Cli.run(args.toArray(String[]::new));
            assertEquals(2, c.code(), c.toString());
            assertTrue(c.err().contains("cannot create the output folder " + file.resolve("out") + ": " + file
                    + " is not a writable folder; choose another with --out"), c.err());
            assertFalse(c.err().contains("muhojir " + command[0] + ":"), "announced a simulation: " + c.err());
            assertEquals("a user's file", Files.readString(file));
        }
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
