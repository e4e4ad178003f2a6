package org.muhojir.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.muhojir.scenarios.output.OutputFolder;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.ScenarioLoader;

/** {@code muhojir run} and {@code compare} on tiny samples: every file, CSVs that parse, identical bytes. */
class EndToEndTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** About 3,300 households, 14 months (2023-01 to 2024-02), 2 replications: well under a second. */
    private static final String[] TINY = {"--sample", "0.002", "--months", "14", "--replications", "2", "--quiet"};

    @TempDir
    Path dir;

    private Cli run(String... args) {
        return Cli.run(args);
    }

    private static String[] with(String[] base, String... more) {
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    private static List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    @Test
    void runWritesEveryFileAndTheCsvsParse() throws Exception {
        Path out = dir.resolve("base");
        Cli r = run(with(new String[] {"run", "baseline", "--out", out.toString()}, TINY));
        assertEquals(0, r.code(), r.toString());
        assertEquals(out.resolve("report.html").toString(), r.out().strip(), "prints where the report is");
        assertEquals(List.of(OutputFolder.MARK, "manifest.json", "monthly.csv", "report.html",
                "scenario.resolved.json", "summary.csv", "summary.json"), files(out));
        assertEquals(List.of("base"), files(dir), "no staging folder left behind");

        List<String[]> monthly = csv(out.resolve("monthly.csv"));
        assertArrayEquals(new String[] {"scenario", "replication", "month", "metric", "group", "value"},
                monthly.get(0));
        Set<String> series = new LinkedHashSet<>();
        for (String[] row : monthly.subList(1, monthly.size())) {
            assertEquals(6, row.length);
            assertEquals("baseline", row[0]);
            Double.parseDouble(row[5]);
            series.add(row[3] + "/" + row[4]);
        }
        // one row per replication (2), month (14) and metric-group pair
        assertEquals(2 * 14 * series.size(), monthly.size() - 1);
        assertTrue(series.contains("poverty_fgt0/Khatlon") && series.contains("migrants_abroad/South Korea"));

        // summary.csv: departures in 2023 are the yearly sum, averaged over the two replications, with a Student t
        // interval: t(0.975, 1 df) = 12.7062, sd = |a - b| / sqrt 2, so the half-width is 12.7062 * |a - b| / 2
        double[] perReplication = new double[2];
        for (String[] row : monthly.subList(1, monthly.size())) {
            if (row[3].equals("departures") && row[4].equals("all") && row[2].startsWith("2023-")) {
                perReplication[Integer.parseInt(row[1])] += Double.parseDouble(row[5]);
            }
        }
        String[] summary = csv(out.resolve("summary.csv")).stream()
                .filter(row -> row[1].equals("2023") && row[3].equals("departures") && row[4].equals("all"))
                .findFirst().orElseThrow();
        double mean = (perReplication[0] + perReplication[1]) / 2;
        double half = 12.7062 * Math.abs(perReplication[0] - perReplication[1]) / 2;
        assertEquals("12", summary[2], "months of 2023 simulated");
        assertEquals("persons per year", summary[5]);
        assertEquals("sum", summary[6]);
        assertEquals(mean, Double.parseDouble(summary[8]), 1e-6 * mean);
        assertEquals(mean - half, Double.parseDouble(summary[10]), 1e-4 * mean);
        assertEquals(mean + half, Double.parseDouble(summary[11]), 1e-4 * mean);
        assertEquals(Math.abs(perReplication[0] - perReplication[1]) / Math.sqrt(2), Double.parseDouble(summary[9]),
                1e-6 * mean, "sd: of two values, their distance over the square root of 2");

        // the share of GDP of a year is the year's remittances over the year's GDP (not a mean of monthly shares)
        double[] remittances = new double[2];
        double[] gdp = new double[2];
        for (String[] row : monthly.subList(1, monthly.size())) {
            if (row[2].startsWith("2023-") && row[4].equals("all")) {
                int rep = Integer.parseInt(row[1]);
                if (row[3].equals("remittances_received_usd")) {
                    remittances[rep] += Double.parseDouble(row[5]);
                } else if (row[3].equals("gdp_usd")) {
                    gdp[rep] += Double.parseDouble(row[5]);
                }
            }
        }
        String[] share = csv(out.resolve("summary.csv")).stream().filter(row -> row[1].equals("2023")
                && row[3].equals("remittances_share_of_gdp")).findFirst().orElseThrow();
        assertEquals("ratio", share[6]);
        assertEquals((remittances[0] / gdp[0] + remittances[1] / gdp[1]) / 2, Double.parseDouble(share[8]), 1e-9);

        JsonNode manifest = MAPPER.readTree(out.resolve("manifest.json").toFile());
        assertEquals(1, manifest.get("seed").asLong());
        assertEquals(2, manifest.get("replications").asInt());
        // the code that computed the numbers: the model's version (as the start cache names it) and, built in this
        // git checkout, the commit
        assertEquals(org.muhojir.scenarios.output.ModelVersion.get(), manifest.get("model").asText());
        assertTrue(manifest.get("model").asText().matches("model-[0-9a-f]{16}"), manifest.get("model").asText());
        assertEquals(Version.get(), manifest.get("version").asText());
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of("..", ".git"))) {
            assertTrue(manifest.get("version").asText().matches("\\S+ \\(commit [0-9a-f]{12}(, with uncommitted "
                    + "changes)?\\)"), manifest.get("version").asText());
        }
        assertTrue(manifest.get("wallSeconds").asDouble() >= 0);
        assertEquals(sha256(out.resolve("scenario.resolved.json")),
                manifest.get("scenarios").get(0).get("resolvedSha256").asText());
        // the rules that ran: the command line runs the default rules, named by class
        assertEquals("org.muhojir.core.behaviour.LogitChoice",
                manifest.get("scenarios").get(0).get("rules").get("choice").asText());
        assertEquals("org.muhojir.core.behaviour.DefaultReturn",
                manifest.get("scenarios").get(0).get("rules").get("returns").asText());
        assertEquals("catalogue/baseline.json", manifest.get("scenarios").get(0).get("files").get(0).get("file")
                .asText());
        // where the values come from: the manifest lists the assumptions, the report folds them away
        assertTrue(manifest.get("scenarios").get(0).get("valueSources").get("assumption").toString()
                .contains("\"population.workingAgeShare\""));
        String report = Files.readString(out.resolve("report.html"));
        assertTrue(report.contains("of this scenario's values are assumptions")
                && report.contains("<li>population.workingAgeShare</li>"), "the report lists the assumptions");
        JsonNode headline = MAPPER.readTree(out.resolve("summary.json").toFile()).get("scenarios").get(0);
        assertEquals(2023, headline.get("headlineYear").asInt(), "2024 has only 2 months here");
        assertTrue(headline.get("headlines").get("poverty_fgt0/national").get("mean").asDouble() > 0);
        // the year-by-year headlines: 2023's departures are summary.csv's, worked out above from monthly.csv
        JsonNode departures2023 = headline.get("byYear").get("departures/all").get(0);
        assertEquals(2023, departures2023.get("year").asInt());
        assertEquals(12, departures2023.get("months").asInt());
        assertEquals(mean, departures2023.get("mean").asDouble(), 1e-6 * mean);
        assertEquals(mean - half, departures2023.get("ci95").get(0).asDouble(), 1e-4 * mean);
        assertEquals(mean + half, departures2023.get("ci95").get(1).asDouble(), 1e-4 * mean);

        // the resolved scenario runs again and gives the same numbers
        Path again = dir.resolve("again");
        Cli r2 = run("run", out.resolve("scenario.resolved.json").toString(), "--out", again.toString(), "--replications",
                "2", "--quiet");
        assertEquals(0, r2.code(), r2.toString());
        assertEquals(Files.readString(out.resolve("monthly.csv")), Files.readString(again.resolve("monthly.csv")));
    }

    @Test
    void theSameSeedGivesIdenticalBytesWithOneOrSeveralThreads() throws Exception {
        // 0.025 of the households is about 41,000: two chunks, so with 4 threads two replications run at once and
        // each steps its households on two threads
        String[] args = {"--sample", "0.025", "--months", "6", "--replications", "2", "--seed", "11", "--quiet"};
        Path one = dir.resolve("one");
        Path four = dir.resolve("four");
        assertEquals(0, run(with(with(new String[] {"run", "russia-crackdown-2026", "--out", one.toString()}, args),
                "--threads", "1")).code());
        assertEquals(0, run(with(with(new String[] {"run", "russia-crackdown-2026", "--out", four.toString()}, args),
                "--threads", "4")).code());
        for (String f : List.of("monthly.csv", "summary.csv", "summary.json", "scenario.resolved.json")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(f)), Files.readAllBytes(four.resolve(f)), f);
        }
    }

    @Test
    void compareUsesCommonRandomNumbersSoAnIdenticalPolicyDiffersByExactlyZero() throws Exception {
        Path same = org.muhojir.scenarios.Files.write(dir, "same.json",
                "{\"schemaVersion\": 1, \"name\": \"same\", \"extends\": \"baseline\"}");
        Path out = dir.resolve("cmp");
        // 18 months (2023-01 to 2024-06) reach the crackdown of 2024-04, which the counterfactual leaves out
        Cli r = run("compare", "baseline", same.toString(), "no-crackdown-2024", "--out", out.toString(),
                "--sample", "0.002", "--months", "18", "--replications", "2", "--quiet");
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of(OutputFolder.MARK, "differences.csv", "manifest.json", "monthly.csv", "report.html",
                "scenario.baseline.resolved.json", "scenario.no-crackdown-2024.resolved.json",
                "scenario.same.resolved.json", "summary.csv", "summary.json"), files(out));
        List<String[]> diffs = csv(out.resolve("differences.csv"));
        assertEquals("mean_difference", diffs.get(0)[9]);
        int zeros = 0;
        for (String[] row : diffs.subList(1, diffs.size())) {
            if (row[0].equals("same")) {
                assertEquals("0", row[9], String.join(",", row));
                assertEquals("0", row[12], String.join(",", row));
                zeros++;
            }
        }
        assertTrue(zeros > 100);
        // before the event it leaves out (2024-04) the counterfactual's runs are those of the baseline, draw for draw;
        // then without the baseline's three times as many raids in Russia it can only have fewer detentions
        assertEquals("0", difference(diffs, "no-crackdown-2024", "2023", "detentions")[9]);
        assertTrue(Double.parseDouble(difference(diffs, "no-crackdown-2024", "2024", "detentions")[9]) < 0);
        JsonNode summary = MAPPER.readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.get("scenarios").size());
        assertEquals("same", summary.get("differences").get(0).get("scenario").asText());
    }

    /**
     * A policy of three times the raids in Russia through 2023, three paired replications: summary.json's and
     * differences.csv's differences are the policy minus the baseline, replication by replication, with a Student t
     * interval (t(0.975, 2 df) = 4.302653), worked out here from monthly.csv.
     */
    @Test
    void aComparisonsDifferencesAreThePolicyMinusTheBaselinePairByPair() throws Exception {
        Path raids = org.muhojir.scenarios.Files.write(dir, "raids.json", "{\"schemaVersion\": 1, \"name\": "
                + "\"raids\", \"extends\": \"baseline\", \"shocks\": [{\"type\": \"raidWave\", \"destination\": "
                + "\"Russia\", \"start\": \"2023-01\", \"months\": 12, \"raidMultiplier\": 3}]}");
        Path out = dir.resolve("raids-out");
        Cli r = run("compare", "baseline", raids.toString(), "--out", out.toString(), "--sample", "0.002",
                "--months", "12", "--replications", "3", "--quiet");
        assertEquals(0, r.code(), r.toString());
        double[] base = new double[3];
        double[] policy = new double[3];
        List<String[]> monthly = csv(out.resolve("monthly.csv"));
        for (String[] row : monthly.subList(1, monthly.size())) {
            if (row[3].equals("deportations") && row[4].equals("all")) {
                (row[0].equals("raids") ? policy : base)[Integer.parseInt(row[1])] += Double.parseDouble(row[5]);
            }
        }
        double[] d = {policy[0] - base[0], policy[1] - base[1], policy[2] - base[2]};
        double mean = (d[0] + d[1] + d[2]) / 3;
        double sd = Math.sqrt(((d[0] - mean) * (d[0] - mean) + (d[1] - mean) * (d[1] - mean)
                + (d[2] - mean) * (d[2] - mean)) / 2);
        double half = 4.302653 * sd / Math.sqrt(3);
        assertTrue(mean > 0, "three times the raids deport more: " + mean);
        JsonNode json = MAPPER.readTree(out.resolve("summary.json").toFile()).get("differences").get(0);
        assertEquals("raids", json.get("scenario").asText());
        assertEquals("baseline", json.get("baseline").asText());
        assertEquals(2023, json.get("headlineYear").asInt());
        JsonNode deportations = json.get("headlines").get("deportations/all");
        assertEquals(mean, deportations.get("mean").asDouble(), 1e-9 * mean);
        assertEquals(mean - half, deportations.get("ci95").get(0).asDouble(), 1e-6 * mean);
        assertEquals(mean + half, deportations.get("ci95").get(1).asDouble(), 1e-6 * mean);
        String[] row = difference(csv(out.resolve("differences.csv")), "raids", "2023", "deportations");
        assertEquals(mean, Double.parseDouble(row[9]), 1e-9 * mean);
        assertEquals(sd, Double.parseDouble(row[10]), 1e-9 * mean);
    }

    @Test
    void compareRefusesScenariosWhoseDrawsCannotBePaired() throws Exception {
        // a file's own share of households: the baseline at the command's 2%, the policy at 0.5%
        Path smaller = org.muhojir.scenarios.Files.write(dir, "smaller.json", "{\"schemaVersion\": 1, \"name\": "
                + "\"smaller\", \"extends\": \"baseline\", \"population\": {\"sampleFraction\": 0.005}}");
        Cli r = run("compare", "baseline", smaller.toString(), "--out", dir.resolve("c1").toString(), "--quiet");
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("'smaller' simulates 0.005 of households and the baseline 'baseline' 0.02")
                && r.err().contains("give --sample (or --full) to run them all at one share"), r.err());
        assertFalse(Files.exists(dir.resolve("c1")));
        // another first simulated month: the same calendar month would have other draws
        Path noHistory = org.muhojir.scenarios.Files.write(dir, "nohistory.json", "{\"schemaVersion\": 1, \"name\": "
                + "\"nohistory\", \"extends\": \"baseline\", \"historyStart\": \"2023-01\"}");
        Cli h = run("compare", "baseline", noHistory.toString(), "--out", dir.resolve("c2").toString(), "--quiet");
        assertEquals(2, h.code(), h.toString());
        assertTrue(h.err().contains("'nohistory' simulates from 2023-01 after a 240-month warm-up, the baseline "
                + "'baseline' from 2010-01"), h.err());
    }

    @Test
    void compareRefusesANameTooLongForItsFileBeforeSimulating() throws Exception {
        String name = "a".repeat(300);
        Path longName = org.muhojir.scenarios.Files.write(dir, "long.json", "{\"schemaVersion\": 1, \"name\": \""
                + name + "\", \"extends\": \"baseline\"}");
        Cli r = run("compare", "baseline", longName.toString(), "--out", dir.resolve("c3").toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("error: the scenario name '" + "a".repeat(40) + "\u2026' makes its file 323 "
                + "characters long (scenario." + "a".repeat(31) + "\u2026); a file's name may have at most 255 bytes: "
                + "give the scenario a shorter \"name\" (at most 232 characters)"), r.err());
        assertFalse(r.err().contains("muhojir: baseline"), "announced a simulation: " + r.err());
        assertFalse(Files.exists(dir.resolve("c3")));
    }

    @Test
    void anEarlierRunsFolderIsKeptUnlessForceIsGiven() throws Exception {
        Path out = dir.resolve("kept");
        assertEquals(0, run(with(new String[] {"run", "baseline", "--out", out.toString()}, TINY)).code());
        byte[] before = Files.readAllBytes(out.resolve("manifest.json"));
        Cli again = run(with(new String[] {"run", "baseline", "--out", out.toString(), "--seed", "2"}, TINY));
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists") && again.err().contains("--force"), again.err());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("manifest.json")));
        Cli forced = run(with(new String[] {"run", "baseline", "--out", out.toString(), "--seed", "2", "--force"},
                TINY));
        assertEquals(0, forced.code(), forced.toString());
        assertEquals(2, MAPPER.readTree(out.resolve("manifest.json").toFile()).get("seed").asInt());
        assertEquals(List.of("kept"), files(dir), "no staging or old folder left behind");
    }

    @Test
    void badOptionsAreUserErrorsWithExitCode2() {
        Cli r = run("run", "baseline", "--sample", "1.5", "--out", dir.resolve("x").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--sample must be between 0.001 and 1, was 1.5 (a share of the households: "
                + "0.02, or 2%, is one in fifty"), r.err());
        Cli percent = run("run", "baseline", "--sample", "0.5%", "--months", "1", "-r", "1", "--out",
                dir.resolve("percent").toString());
        assertEquals(0, percent.code(), percent.toString());
        assertTrue(percent.err().contains("0.50% of households"), percent.toString());
        Cli word = run("run", "baseline", "--sample", "half", "--out", dir.resolve("x").toString());
        assertEquals(2, word.code(), word.toString());
        assertTrue(word.err().startsWith("error: Invalid value for option '--sample': 'half' is not a share: write "
                + "it as a fraction (0.02) or a percentage (2%)"), word.err());
        assertTrue(word.err().contains("muhojir run --help lists the options") && !word.err().contains("Usage:"),
                "one line and a pointer, not the whole help: " + word.err());
        Cli tiny = run("run", "baseline", "--sample", "1e-9", "--out", dir.resolve("x").toString());
        assertEquals(2, tiny.code(), tiny.toString());
        assertTrue(tiny.err().contains("--sample must be between 0.001 and 1, was 0.000000001 (below 0.001 a "
                + "simulated household stands for over a thousand"), tiny.err());
        Path file = org.muhojir.scenarios.Files.write(dir, "small.json", "{\"schemaVersion\": 1, \"extends\": "
                + "\"baseline\", \"population\": {\"sampleFraction\": 0.0001}}");
        Cli small = run("run", file.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, small.code(), small.toString());
        assertTrue(small.err().contains("small.json:1:") && small.err().contains(": $.population.sampleFraction: "
                + "0.0001 is below the smallest share a run simulates (0.001"), small.err());
        // validate, which runs nothing, warns of it in the same place
        Cli checked = run("validate", file.toString());
        assertEquals(0, checked.code(), checked.toString());
        assertTrue(checked.out().contains("warning: ") && checked.out().contains("$.population.sampleFraction: is "
                + "0.0001, outside the plausible range 0.001 to 1 (share); check the value"), checked.out());
        Cli longer = run("run", "baseline", "--months", "200", "--sample", "0.001", "-r", "1", "--out",
                dir.resolve("x").toString());
        assertEquals(2, longer.code(), longer.toString());
        assertTrue(longer.err().contains("--months 200 is more than the 120 months of 'baseline' (2023-01 to "
                + "2032-12); --months only shortens a run"), longer.err());
        Cli unknown = run("run", "basline", "--out", dir.resolve("x").toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("Did you mean \"baseline\"?"), unknown.err());
        Cli noArgs = run("compare", "baseline");
        assertEquals(2, noArgs.code());
        Cli missing = run("run");
        assertEquals(2, missing.code(), missing.toString());
        assertTrue(missing.err().startsWith("error: Missing required parameter"), missing.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void validateListDescribeAndHelp() throws Exception {
        Cli v = run("validate");
        assertEquals(0, v.code(), v.toString());
        assertEquals(Catalogue.bundled().names().size(), v.out().lines().filter(l -> l.startsWith("ok: ")).count());
        Cli list = run("list");
        assertEquals(0, list.code());
        assertEquals(Catalogue.bundled().names().size(), list.out().lines().filter(l -> !l.startsWith(" ")).count());
        assertTrue(list.out().contains("russia-crackdown-2026"));
        Cli d = run("describe", "russia-crackdown-2026");
        assertEquals(0, d.code(), d.toString());
        assertTrue(d.out().contains("raid wave in Russia (raids x3)") && d.out().contains("2026-04 to 2026-09"),
                d.out());
        // the world's events are listed apart from the shocks, the 2024 crackdown among them
        assertTrue(d.out().contains("russia-crackdown-2024: raid wave in Russia (raids x3), from 2024-04 for 6 "
                + "months"), d.out());
        Cli counterfactual = run("describe", "no-crackdown-2024");
        assertTrue(counterfactual.out().contains("russia-crackdown-2024: left out (the world without it"),
                counterfactual.out());
        Cli resolved = run("describe", "baseline", "--resolved");
        Path file = org.muhojir.scenarios.Files.write(dir, "everything.json", resolved.out());
        assertEquals(ScenarioLoader.standard().load("baseline").scenario(),
                ScenarioLoader.standard().load(file.toString()).scenario());
        for (String command : List.of("run", "compare", "validate", "list", "describe", "schema")) {
            Cli h = run(command, "--help");
            assertEquals(0, h.code());
            assertTrue(h.out().contains("Examples:") && h.out().contains("muhojir " + command), command);
        }
    }

    /** The row of differences.csv of {@code scenario}'s {@code metric} (group all) in {@code year}. */
    private static String[] difference(List<String[]> diffs, String scenario, String year, String metric) {
        return diffs.stream().filter(row -> row[0].equals(scenario) && row[2].equals(year)
                && row[4].equals(metric) && row[5].equals("all")).findFirst().orElseThrow();
    }

    private static String sha256(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
