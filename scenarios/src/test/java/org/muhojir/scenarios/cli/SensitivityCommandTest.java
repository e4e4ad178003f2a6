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
        // every point evaluated, in the parameters' own units, so that the table can be recomputed (and it is)
        List<String> points = Files.readAllLines(out.resolve("morris-points.csv"));
        assertEquals("trajectory,step,behaviour.considerRate,economy.incomeDispersion,migrants_abroad_2024,"
                + "poverty_fgt0_2024", points.get(0));
        assertEquals(1 + 2 * 3, points.size(), "two trajectories of three points");
        for (String p : points.subList(1, points.size())) {
            double rate = Double.parseDouble(p.split(",")[2]);
            assertTrue(rate >= 0.01 && rate <= 0.2, "considerRate in its bounds, not on the unit interval: " + p);
        }
        assertTheTableIsRecomputedFromThePoints(rows, points);
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

    /**
     * What docs/calibration.md promises of morris-points.csv, "enough to recompute every elementary effect", done:
     * within a trajectory each step moves one parameter, and its elementary effect on an outcome is the outcome's
     * change over the parameter's change as a share of its whole range (its bounds: "in the outcome's unit per full
     * range of the parameter"). Per outcome and parameter, over the trajectories, mu* is the mean of the effects'
     * absolute values, mu their mean, sigma their standard deviation (n - 1), and relative_mu_star mu* over the
     * absolute mean of the outcome at every point; morris.csv must hold those, to its printed precision.
     */
    private static void assertTheTableIsRecomputedFromThePoints(List<String> table, List<String> points) {
        String[] header = points.get(0).split(",");
        int k = 2; // parameters, in columns 2 and 3; then the outcomes
        int outcomes = header.length - 2 - k;
        double[] range = new double[k];
        for (int i = 0; i < k; i++) {
            String name = header[2 + i];
            org.muhojir.core.calibration.FreeParameter p = org.muhojir.core.calibration.FreeParameters.defaults()
                    .stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            range[i] = p.upper() - p.lower();
        }
        // effects.get(o * k + i): the elementary effects of parameter i on outcome o, one a trajectory
        List<List<Double>> effects = new java.util.ArrayList<>();
        for (int j = 0; j < outcomes * k; j++) {
            effects.add(new java.util.ArrayList<>());
        }
        double[] outcomeSum = new double[outcomes];
        double[] previous = null;
        for (String line : points.subList(1, points.size())) {
            double[] row = java.util.Arrays.stream(line.split(",")).mapToDouble(Double::parseDouble).toArray();
            for (int o = 0; o < outcomes; o++) {
                outcomeSum[o] += row[2 + k + o];
            }
            if (row[1] > 0) { // a step from the trajectory's point before
                int moved = -1;
                for (int i = 0; i < k; i++) {
                    if (row[2 + i] != previous[2 + i]) {
                        assertEquals(-1, moved, "one parameter moves a step: " + line);
                        moved = i;
                    }
                }
                double unitChange = (row[2 + moved] - previous[2 + moved]) / range[moved];
                for (int o = 0; o < outcomes; o++) {
                    effects.get(o * k + moved).add((row[2 + k + o] - previous[2 + k + o]) / unitChange);
                }
            }
            previous = row;
        }
        int checked = 0;
        for (String line : table.subList(1, table.size())) {
            String[] cells = line.split(",");
            int o = java.util.Arrays.asList(header).indexOf(cells[0]) - 2 - k;
            int i = java.util.Arrays.asList(header).indexOf(cells[1]) - 2;
            List<Double> e = effects.get(o * k + i);
            assertEquals(2, e.size(), "one effect a trajectory: " + line);
            double mu = (e.get(0) + e.get(1)) / 2;
            double muStar = (Math.abs(e.get(0)) + Math.abs(e.get(1))) / 2;
            double sigma = Math.sqrt((e.get(0) - mu) * (e.get(0) - mu) + (e.get(1) - mu) * (e.get(1) - mu));
            double relative = muStar / Math.abs(outcomeSum[o] / (points.size() - 1));
            double tolerance = 1e-9 * Math.max(Math.abs(e.get(0)), Math.abs(e.get(1)));
            assertEquals(muStar, Double.parseDouble(cells[2]), tolerance, "mu*: " + line + " from " + e);
            assertEquals(mu, Double.parseDouble(cells[3]), tolerance, "mu: " + line + " from " + e);
            assertEquals(sigma, Double.parseDouble(cells[4]), tolerance, "sigma: " + line + " from " + e);
            assertEquals(relative, Double.parseDouble(cells[5]), 1e-9 * relative, "relative mu*: " + line);
            checked++;
        }
        assertEquals(outcomes * k, checked, "a row for every outcome and parameter");
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

    @Test
    void anImpossibleDesignNamesItsOptionWhatItAllowsAndTheValue() {
        String[][] cases = {
            {"--trajectories", "1", "error: --trajectories must be at least 2, was 1"},
            {"--top", "0", "error: --top must be at least 1, was 0"},
            {"--levels", "2", "error: --levels must be an even number, 4 or more, was 2"},
            {"--levels", "5", "error: --levels must be an even number, 4 or more, was 5"}};
        for (String[] c : cases) {
            Path out = dir.resolve("design" + c[0] + c[1]);
            Cli cli = Cli.run("sensitivity", c[0], c[1], "--out", out.toString());
            assertEquals(2, cli.code(), cli.toString());
            assertEquals(c[2], cli.err().strip(), "refused before anything runs: " + cli);
            assertFalse(Files.exists(out), "nothing written: " + out);
        }
        String help = Cli.run("sensitivity", "--help").out().replaceAll("\\s+", " ");
        assertTrue(help.contains("--levels=P Grid levels per parameter: an even number, 4 or more."), help);
    }
}
