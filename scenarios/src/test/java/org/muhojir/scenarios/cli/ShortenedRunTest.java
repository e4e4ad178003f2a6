package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --months} that ends a run before some of its shocks start says so: a policy officer shortening
 * russia-crackdown-2026 (raids and bans from 2026-04) to three years would otherwise get a report named after a
 * crackdown that never happened in it.
 */
class ShortenedRunTest {
    @TempDir
    Path dir;

    @Test
    void aRunEndingBeforeShocksStartNamesThem() throws IOException {
        Cli c = Cli.run("run", "russia-crackdown-2026", "--months", "36", "--sample", "0.002", "--replications",
                "1", "--out", dir.resolve("short").toString());
        assertEquals(0, c.code(), c.toString());
        // 2023-01 plus 36 months ends in 2025-12: both shocks start later
        assertTrue(c.err().contains("warning: with --months 36, 'russia-crackdown-2026' ends in 2025-12, before 2 of "
                + "its shocks start; they are not simulated: raidWave from 2026-04, banPolicy from 2026-04"),
                c.toString());
        // and the report says it too, where its reader looks
        String report = Files.readString(dir.resolve("short/report.html"));
        assertTrue(report.contains("with --months 36, 'russia-crackdown-2026' ends in 2025-12, before 2 of its "
                + "shocks start"), "the report's warnings");
    }

    @Test
    void aRunEndingBeforeTheWorldsEventsNamesThoseTheScenarioWouldHaveReached() {
        // the pandemic's episode (2013-2021) cut to 2013: the bans of 2015, the closures of 2020 and the fares of 2021
        // are left out; the events of 2024-2025 fall after the episode anyway and are not named
        Cli c = Cli.run("backcast", "covid-closure-2020", "--months", "12", "--sample", "0.002", "--replications",
                "1", "--out", dir.resolve("episode").toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.err().contains("warning: with --months 12, 'covid-closure-2020' ends in 2013-12, before 3 of the "
                + "world's dated events start; they are not simulated: the world's event russia-mass-bans-2015 from "
                + "2015-01, the world's event border-closures-2020 from 2020-03, the world's event russia-fares-2021 "
                + "from 2021-04"), c.toString());
    }

    @Test
    void quietKeepsTheWarningForTheReportOnly() throws IOException {
        Cli c = Cli.run("run", "russia-crackdown-2026", "--months", "36", "--sample", "0.002", "--replications",
                "1", "--quiet", "--out", dir.resolve("quiet").toString());
        assertEquals(0, c.code(), c.toString());
        assertFalse(c.err().contains("warning"), "--quiet: no messages but errors: " + c);
        assertTrue(Files.readString(dir.resolve("quiet/report.html")).contains("with --months 36, "
                + "'russia-crackdown-2026' ends in 2025-12, before 2 of its shocks start"), "the report's warnings");
    }

    @Test
    void theStartLineSaysWhereTheSimulationBegins() {
        Cli present = Cli.run("run", "baseline", "--months", "1", "--sample", "0.002", "--replications", "1", "--out",
                dir.resolve("present").toString());
        assertTrue(present.err().contains("muhojir: baseline, 2023-01 to 2023-01 (simulated from 2010-01, its history, "
                + "after a 240-month warm-up), 1 replication each"), present.toString());
        Cli settled = Cli.run("run", "baseline-2010", "--months", "1", "--sample", "0.002", "--replications", "1",
                "--out", dir.resolve("settled").toString());
        assertTrue(settled.err().contains("muhojir: baseline-2010, 2010-01 to 2010-01 (after a 240-month warm-up), 1 "
                + "replication each"), settled.toString());
    }

    @Test
    void aRunReachingEveryShockSaysNothing() {
        // to 2026-04, the start of the shocks
        Cli c = Cli.run("run", "russia-crackdown-2026", "--months", "40", "--sample", "0.002", "--replications",
                "1", "--out", dir.resolve("long").toString());
        assertEquals(0, c.code(), c.toString());
        assertFalse(c.err().contains("warning"), c.toString());
    }
}
