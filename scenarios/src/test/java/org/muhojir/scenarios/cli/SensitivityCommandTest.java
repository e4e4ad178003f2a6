package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code muhojir sensitivity} on a tiny design. */
class SensitivityCommandTest {
    @TempDir
    Path dir;

    @Test
    void aTinyScreeningWritesARankedTableAndPrintsTheTopParameters() throws Exception {
        Path out = dir.resolve("morris");
        // 2 trajectories x (2 parameters + 1) = 6 runs of 2023-2024 at 0.2% of households
        Cli c = Cli.run("sensitivity", "--trajectories", "2", "--sample", "0.002", "--replications", "1",
                "--parameters", "behaviour.considerRate,economy.incomeDispersion", "--outcomes",
                "migrants_abroad,poverty_fgt0", "--top", "1", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        List<String> rows = Files.readAllLines(out.resolve("morris.csv"));
        assertEquals("outcome,parameter,mu_star,mu,sigma,relative_mu_star,rank", rows.get(0));
        assertEquals(1 + 2 * 2, rows.size(), "one row per outcome and parameter");
        for (int i = 1; i < rows.size(); i += 2) {
            String[] first = rows.get(i).split(",");
            String[] second = rows.get(i + 1).split(",");
            assertEquals(first[0], second[0], "an outcome's rows are together");
            assertEquals("1", first[6]);
            assertEquals("2", second[6]);
            assertTrue(Double.parseDouble(first[2]) >= Double.parseDouble(second[2]), "ranked by mu*");
            assertTrue(Double.parseDouble(first[2]) >= Math.abs(Double.parseDouble(first[3])), "mu* >= |mu|");
        }
        assertTrue(rows.get(1).startsWith("migrants_abroad_2024,"), "the default year is the second simulated");
        assertTrue(c.out().contains("migrants_abroad_2024:\n  1. "), c.out());
        assertFalse(c.out().contains("  2. "), "--top 1 prints one parameter per outcome");
        // every point evaluated, in the parameters' own units, so that the table can be recomputed
        List<String> points = Files.readAllLines(out.resolve("morris-points.csv"));
        assertEquals("trajectory,step,behaviour.considerRate,economy.incomeDispersion,migrants_abroad_2024,"
                + "poverty_fgt0_2024", points.get(0));
        assertEquals(1 + 2 * 3, points.size(), "two trajectories of three points");
        for (String p : points.subList(1, points.size())) {
            double rate = Double.parseDouble(p.split(",")[2]);
            assertTrue(rate >= 0.01 && rate <= 0.2, "considerRate in its bounds, not on the unit interval: " + p);
        }
        // what ran, so that it can be repeated
        var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("manifest.json")
                .toFile());
        assertEquals("sensitivity", manifest.get("command").asText());
        assertEquals(99, manifest.get("seed").asLong(), "the default seed");
        assertEquals(1, manifest.get("replications").asInt());
        assertEquals(0.002, manifest.get("sampleFraction").asDouble());
        assertEquals(2, manifest.get("trajectories").asInt());
        assertEquals(4, manifest.get("levels").asInt());
        assertEquals("[\"behaviour.considerRate\",\"economy.incomeDispersion\"]", manifest.get("parameters")
                .toString());
        assertEquals("[\"migrants_abroad_2024\",\"poverty_fgt0_2024\"]", manifest.get("outcomes").toString());
    }

    @Test
    void quietPrintsTheResultsPathAlone() {
        Path out = dir.resolve("quiet");
        Cli c = Cli.run("sensitivity", "--trajectories", "2", "--sample", "0.002", "--replications", "1",
                "--parameters", "behaviour.considerRate", "--outcomes", "migrants_abroad", "--months", "12", "--year",
                "2023", "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.toString());
        assertEquals(out.toString(), c.out().strip(), c.toString());
        assertEquals("", c.err().strip(), c.toString());
    }

    @Test
    void anUnknownOutcomeIsAUserErrorWithASuggestion() {
        Cli c = Cli.run("sensitivity", "--outcomes", "povrty_fgt0", "--out", dir.resolve("x").toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("Did you mean \"poverty_fgt0\"?"), c.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }
}
