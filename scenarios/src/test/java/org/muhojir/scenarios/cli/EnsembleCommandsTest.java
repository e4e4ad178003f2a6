package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code muhojir sobol} and {@code muhojir uncertainty} on tiny designs, on this machine. */
class EnsembleCommandsTest {
    @TempDir
    Path dir;

    @Test
    void sobolWritesOneRowPerOutcomeAndFactorAndTheDesignsPoints() throws Exception {
        Path out = dir.resolve("sobol");
        // 8 x (2 + 2) = 32 runs of 2023-2025 at 0.2% of households
        Cli c = Cli.run("sobol", "--base-samples", "8", "--bootstrap", "20", "--sample", "0.002", "--replications",
                "1", "--parameters", "behaviour.considerRate,economy.savingRate", "--outcomes",
                "migrants_abroad,poverty_fgt0", "--year", "2024,2025", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        List<String> rows = Files.readAllLines(out.resolve("sobol.csv"));
        assertEquals("outcome,factor,first_order,first_order_ci95_low,first_order_ci95_high,total,total_ci95_low,"
                + "total_ci95_high,rank", rows.get(0));
        assertEquals(1 + 2 * 2 * 2, rows.size(), "two outcomes in two years, two factors");
        assertTrue(rows.get(3).startsWith("migrants_abroad_2025,"), "then the next year: " + rows);
        assertTrue(rows.get(1).startsWith("migrants_abroad_2024,behaviour.considerRate,"),
                "the rate of considering migration moves the stock most: " + rows);
        List<String> points = Files.readAllLines(out.resolve("sobol-points.csv"));
        assertEquals(1 + 32, points.size());
        assertTrue(points.get(1).startsWith("0,A,") && points.get(3).startsWith("2,AB1,"), points.toString());
        assertTrue(c.out().contains("migrants_abroad_2024:\n  1. behaviour.considerRate"), c.out());
        // what ran, so that it can be repeated: the model's version, the seed, the sample and the design
        com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("manifest.json").toFile());
        assertEquals(org.muhojir.scenarios.output.ModelVersion.get(), m.get("model").asText());
        assertEquals("sobol", m.get("command").asText());
        assertEquals(0.002, m.get("sampleFraction").asDouble());
        assertEquals(8, m.get("baseSamples").asInt());
        assertEquals("behaviour.considerRate", m.get("factors").get(0).get("name").asText());
    }

    @Test
    void anOutcomeNoFactorMovesIsSaidNotToVaryAndLeftUnranked() throws Exception {
        // South Korea's living costs move no migrant while its quota is closed: migrants abroad are the same at every
        // point, so there is no variance to share
        Path out = dir.resolve("flat");
        Cli c = Cli.run("sobol", "--parameters", "destinations.South Korea.labour.livingCost",
                "--base-samples", "8", "--bootstrap", "0", "--sample", "0.002", "--replications", "1", "--outcomes",
                "migrants_abroad", "--year", "2024", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().contains("migrants_abroad_2024:\n  does not vary over the design"), c.out());
        List<String> rows = Files.readAllLines(out.resolve("sobol.csv"));
        assertTrue(rows.get(1).endsWith(","), "no rank: " + rows.get(1));
    }

    @Test
    void sobolListsTheAssumedInputsAsFactors() {
        Cli c = Cli.run("sobol", "--assumptions", "--list-factors");
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().contains("behaviour.considerRate"), "free parameters first");
        assertTrue(c.out().contains("destinations.Russia.labour.livingCost"), "then the assumed inputs");
    }

    @Test
    void anUnknownFactorIsAUserErrorWithASuggestion() {
        Cli c = Cli.run("sobol", "--parameters", "behaviour.considerRat", "--out", dir.resolve("x").toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("Did you mean \"behaviour.considerRate\"?"), c.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void anInputTheScenarioSetsIsNotAFactorAndTheMessageSaysWhy() throws Exception {
        Path file = dir.resolve("dearer.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"name\": \"dearer\", \"extends\": \"baseline\", "
                + "\"destinations\": {\"Russia\": {\"labour\": {\"livingCost\": 12000}}}}");
        Cli c = Cli.run("sobol", "--scenario", file.toString(), "--parameters", "destinations.Russia.labour.livingCost",
                "--out", dir.resolve("y").toString());
        assertEquals(2, c.code(), c.toString());
        assertTrue(c.err().contains("\"destinations.Russia.labour.livingCost\" is not an assumed input of dearer: its "
                + "file (or one it extends) gives the value"), c.err());
        assertFalse(Files.exists(dir.resolve("y")));
    }

    /**
     * A user reads the parameters' uncertainty from uncertainty.csv: across the draws, each draw's mean over its
     * replications, summarised by their mean, sd and 2.5%, 50% and 97.5% quantiles, each recomputed here from
     * runs.csv.
     */
    @Test
    void uncertaintySummarisesTheDrawsMeans() throws Exception {
        Path draws = dir.resolve("draws.csv");
        Files.writeString(draws, "behaviour.considerRate\n0.04\n0.07\n0.10\n");
        Path out = dir.resolve("u");
        Cli c = Cli.run("uncertainty", "baseline", "--draws", draws.toString(), "--sample", "0.002",
                "--replications", "2", "--months", "12", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals("scenario,point,replication,year,months,metric,group,value", runs.get(0));
        // each draw's mean departures over its two replications, from every run's value
        double[] drawMean = new double[3];
        int n = 0;
        for (String r : runs) {
            if (r.contains(",departures,all,")) {
                String[] cells = r.split(",");
                drawMean[Integer.parseInt(cells[1])] += Double.parseDouble(cells[7]) / 2;
                n++;
            }
        }
        assertEquals(6, n, "three draws, two replications");
        double[] m = drawMean.clone();
        java.util.Arrays.sort(m);
        assertTrue(m[0] < m[1] && m[1] < m[2], "the draws' departures differ: " + java.util.Arrays.toString(m));
        double mean = (m[0] + m[1] + m[2]) / 3;
        double sd = Math.sqrt(((m[0] - mean) * (m[0] - mean) + (m[1] - mean) * (m[1] - mean)
                + (m[2] - mean) * (m[2] - mean)) / 2);
        // quantiles linear between the order statistics (Hyndman and Fan's type 7, R's and NumPy's default): the
        // q-quantile of 3 sorted values is at position q x (3 - 1), so 2.5% is 5% of the way from the least to the
        // middle one, 50% the middle one, and 97.5% 95% of the way from the middle one to the greatest
        double p2_5 = m[0] + 0.05 * (m[1] - m[0]);
        double p50 = m[1];
        double p97_5 = m[1] + 0.95 * (m[2] - m[1]);
        String row = Files.readAllLines(out.resolve("uncertainty.csv")).stream()
                .filter(l -> l.contains(",departures,all,")).findFirst().orElseThrow();
        String[] cells = row.split(",");
        assertEquals("scenario,year,months,metric,group,unit,draws,mean,sd,p2_5,p50,p97_5",
                Files.readAllLines(out.resolve("uncertainty.csv")).get(0));
        assertEquals("3", cells[6], "draws");
        double tolerance = 1e-9 * m[2];
        assertEquals(mean, Double.parseDouble(cells[7]), tolerance, "the mean of the draws' means");
        assertEquals(sd, Double.parseDouble(cells[8]), tolerance, "their sd (n - 1)");
        assertEquals(p2_5, Double.parseDouble(cells[9]), tolerance, "2.5% quantile of the draws' means");
        assertEquals(p50, Double.parseDouble(cells[10]), tolerance, "their median");
        assertEquals(p97_5, Double.parseDouble(cells[11]), tolerance, "97.5% quantile of the draws' means");
        assertEquals(4, Files.readAllLines(out.resolve("draws.csv")).size());
        assertTrue(c.out().contains("wrote draws.csv, runs.csv and uncertainty.csv in "), c.out());
        // the file's rows are the draws: --samples beside it is a mistake, said before anything runs
        Cli both = Cli.run("uncertainty", "baseline", "--draws", draws.toString(), "--samples", "5", "--sample",
                "0.002", "--months", "12", "--out", dir.resolve("u2").toString());
        assertEquals(2, both.code(), both.toString());
        assertTrue(both.err().contains("--samples does not apply to --draws"), both.err());
        assertFalse(Files.exists(dir.resolve("u2")));
    }

    @Test
    void uncertaintyDrawsFromTheCalibrationsPosteriorAsRunDoes() throws Exception {
        Path out = dir.resolve("p");
        Cli c = Cli.run("uncertainty", "baseline", "--posterior", "--samples", "3", "--sample", "0.002",
                "--replications", "1", "--months", "12", "--seed", "4", "--out", out.toString());
        assertEquals(0, c.code(), c.toString());
        List<String> draws = Files.readAllLines(out.resolve("draws.csv"));
        assertEquals(4, draws.size());
        assertTrue(draws.get(0).startsWith("draw,behaviour.considerRate,"), draws.get(0));
        org.muhojir.scenarios.calibrate.UncertaintyFile file = ParameterDrawsOption.named("bundled").file();
        org.muhojir.core.scenario.Scenario base = org.muhojir.scenarios.load.ScenarioLoader.standard()
                .load("baseline").scenario().withSampleFraction(0.002);
        double expected = file.parameters().get(0).valueIn(file.draws(4).forReplication(base, 2));
        assertEquals(expected, Double.parseDouble(draws.get(3).split(",")[1]), 0.0,
                "draw 2 is what replication 2 of run --parameter-draws --seed 4 runs with");
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"drawsFrom\" : \"posterior: bundled "),
                "the manifest names the file drawn from");
        assertTrue(c.err().contains("warning: with --months 12, 'baseline' ends in 2023-12, before 4 of the world's "
                + "dated events start"), "--months' help promises a warning naming what is cut off: " + c.err());
    }

    @Test
    void withoutBootstrapNoIntervalIsPrinted() {
        Cli c = Cli.run("sobol", "--parameters", "behaviour.considerRate", "--base-samples", "8", "--bootstrap", "0",
                "--sample", "0.002", "--replications", "1", "--months", "12", "--year", "2023", "--outcomes",
                "migrants_abroad", "--out", dir.resolve("b0").toString());
        assertEquals(0, c.code(), c.toString());
        assertTrue(c.out().contains("1. behaviour.considerRate"), c.out());
        assertFalse(c.out().contains("NaN"), "no '[NaN, NaN]' for intervals not made: " + c.out());
        assertTrue(c.err().contains("the world's event russia-crackdown-2024 from 2024-04"), c.err());
    }

    @Test
    void quietStudiesPrintTheResultsPathAlone() throws Exception {
        Path out = dir.resolve("quiet");
        Cli c = Cli.run("uncertainty", "baseline", "--posterior", "--samples", "2", "--sample", "0.002",
                "--replications", "1", "--months", "12", "--out", out.toString(), "--quiet");
        assertEquals(0, c.code(), c.toString());
        assertEquals(out.toString(), c.out().strip(), c.toString());
        assertEquals("", c.err().strip(), c.toString());
        Path sobol = dir.resolve("quiet-sobol");
        Cli s = Cli.run("sobol", "--parameters", "behaviour.considerRate", "--base-samples", "8", "--bootstrap", "5",
                "--sample", "0.002", "--replications", "1", "--months", "12", "--year", "2023", "--out",
                sobol.toString(), "--quiet");
        assertEquals(0, s.code(), s.toString());
        assertEquals(sobol.toString(), s.out().strip(), s.toString());
    }

    @Test
    void designsTooLargeOrRunsTooShortAreRefusedBeforeAnythingRuns() {
        Path out = dir.resolve("never");
        // 300 million base samples of 10 factors: 3.6 billion points
        Cli huge = Cli.run("sobol", "--base-samples", "300000000", "--out", out.toString());
        assertEquals(2, huge.code(), huge.toString());
        assertTrue(huge.err().contains("a design may have at most"), huge.err());
        // the outcomes of 2024 need the run to reach December 2024; 12 months from January 2023 do not
        Cli shortRun = Cli.run("sobol", "--months", "12", "--year", "2024", "--base-samples", "4", "--out",
                out.toString());
        assertEquals(2, shortRun.code(), shortRun.toString());
        assertTrue(shortRun.err().contains("--months 12 ends the run in 2023-12, before the end of the outcome "
                + "year 2024"), shortRun.err());
        // the Morris screening too (it used to run on to the end of 2024 and report it)
        Cli shortScreen = Cli.run("sensitivity", "--months", "12", "--year", "2024", "--out", out.toString());
        assertEquals(2, shortScreen.code(), shortScreen.toString());
        assertTrue(shortScreen.err().contains("--months 12 ends the run in 2023-12, before the end of the outcome "
                + "year 2024"), shortScreen.err());
        Cli draws = Cli.run("uncertainty", "baseline", "--posterior", "--samples", "100000000", "--out",
                out.toString());
        assertEquals(2, draws.code(), draws.toString());
        assertTrue(draws.err().contains("need --samples from 1 to 100000"), draws.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aDrawsFileThatCannotBeUsedIsNamedWithItsOptionItsLineAndWhy() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path bad = Files.writeString(dir.resolve("bad.csv"), "behaviour.considerRate\n\n0.05\n99\n");
        String[][] cases = {
            {"--draws", dir.resolve("d.csv").toString(), "error: --draws " + dir.resolve("d.csv") + ": no such file"},
            {"--normal", dir.resolve("d.csv").toString(), "error: --normal " + dir.resolve("d.csv") + ": no such file"},
            {"--draws", folder.toString(), "error: --draws " + folder + ": is a folder, not a CSV file; name a .csv "
                    + "file"},
            {"--draws", bad.toString(), "error: --draws " + bad + ":4: behaviour.considerRate = 99.0 is outside "
                    + "its bounds 0.01 to 0.2"}};
        for (String[] c : cases) {
            Path out = dir.resolve("never");
            Cli cli = Cli.run("uncertainty", "baseline", c[0], c[1], "--out", out.toString());
            assertEquals(2, cli.code(), cli.toString());
            assertEquals(c[2], cli.err().strip(), cli.toString());
            assertFalse(Files.exists(out), cli.toString());
        }
    }
}
