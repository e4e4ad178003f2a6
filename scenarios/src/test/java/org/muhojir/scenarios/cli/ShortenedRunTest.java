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
 * russia-crackdown-2024 (raids and bans from 2024-04, tightened rules from 2024-05 and 2025-02) to a year would
 * otherwise get a report named after a crackdown that never happened in it.
 */
class ShortenedRunTest {
    @TempDir
    Path dir;

    @Test
    void aRunEndingBeforeShocksStartNamesThem() throws IOException {
        Cli c = Cli.run("run", "russia-crackdown-2024", "--months", "12", "--sample", "0.002", "--replications",
                "1", "--out", dir.resolve("short").toString());
        assertEquals(0, c.code(), c.toString());
        // 2023-01 plus 12 months ends in 2023-12: all four shocks start later
        assertTrue(c.err().contains("warning: with --months 12, 'russia-crackdown-2024' ends in 2023-12, before 4 of "
                + "its shocks start; they are not simulated: raidWave from 2024-04, banPolicy from 2024-04, "
                + "tightenedRules from 2024-05, tightenedRules from 2025-02"), c.toString());
        // and the report says it too, where its reader looks
        String report = Files.readString(dir.resolve("short/report.html"));
        assertTrue(report.contains("with --months 12, 'russia-crackdown-2024' ends in 2023-12, before 4 of its "
                + "shocks start"), "the report's warnings");
    }

    @Test
    void aRunReachingEveryShockSaysNothing() {
        // to 2025-02, the start of the last shock
        Cli c = Cli.run("run", "russia-crackdown-2024", "--months", "26", "--sample", "0.002", "--replications",
                "1", "--out", dir.resolve("long").toString());
        assertEquals(0, c.code(), c.toString());
        assertFalse(c.err().contains("warning"), c.toString());
    }
}
