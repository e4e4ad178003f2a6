package org.muhojir.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.OutputFolder;

/** The run service: scenario files in, the share of households they ask for, results and files out, or nothing. */
class RunServiceTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private RunService service(Double sample, Path folder) {
        RunSettings s = new RunSettings(FrontEnd.BATCH, sample, 1, 2, 1, 2, folder, false, true);
        return new RunService(s, new PrintWriter(out), new PrintWriter(err), List.of("test"), "test")
                .loadingWith(new ScenarioLoader(Catalogue.bundled(), dir));
    }

    private double sampleWritten(Path folder) throws Exception {
        return new ObjectMapper().readTree(folder.resolve("manifest.json").toFile()).findValue("sampleFraction")
                .asDouble();
    }

    @Test
    void aFilesSampleFractionIsRunUnlessTheOptionOverridesIt() throws Exception {
        Files.writeString(dir.resolve("sampled.json"), "{\"schemaVersion\": 1, \"extends\": \"baseline\", "
                + "\"population\": {\"sampleFraction\": 0.003}}", StandardCharsets.UTF_8);
        assertEquals(0, service(null, dir.resolve("file")).execute("run", List.of("sampled.json"),
                RunService.ExtraFiles.NONE), err.toString());
        assertEquals(0.003, sampleWritten(dir.resolve("file")), "the file's own share");
        assertEquals(0, service(0.002, dir.resolve("option")).execute("run", List.of("sampled.json"),
                RunService.ExtraFiles.NONE), err.toString());
        assertEquals(0.002, sampleWritten(dir.resolve("option")), "the option wins");
        assertEquals(0, service(null, dir.resolve("default")).execute("run", List.of("baseline"),
                RunService.ExtraFiles.NONE), err.toString());
        assertEquals(FrontEnd.BATCH.sample(), sampleWritten(dir.resolve("default")), "neither: the default");
        assertTrue(out.toString().contains("report.html"), out.toString());
    }

    @Test
    void aStoppedBatchWritesNothing() throws Exception {
        Path folder = dir.resolve("stopped");
        int code = service(0.002, folder).stoppingWhen(() -> true).execute("run", List.of("baseline"),
                (staging, runs) -> Files.writeString(staging.resolve("extra.txt"), "half"));
        assertEquals(RunService.STOPPED, code);
        assertFalse(Files.exists(folder), "no output folder");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "no staging folder either");
        }
        // one replication: the warm-up's 240 months and the history's 156 before the two reported
        assertTrue(err.toString().contains("stopped after 0 of 398 simulated months"), err.toString());
    }

    @Test
    void theMessageListsTheFilesOfTheOutputAndNotTheStagingMarks() throws Exception {
        RunSettings loud = new RunSettings(FrontEnd.BATCH, 0.002, 1, 2, 1, 2, dir.resolve("out"), false, false);
        RunService service = new RunService(loud, new PrintWriter(out), new PrintWriter(err), List.of("test"), "test");
        assertEquals(0, service.execute("run", List.of("baseline"), RunService.ExtraFiles.NONE), err.toString());
        assertTrue(err.toString().contains("wrote manifest.json, monthly.csv, report.html, scenario.resolved.json, "
                + "summary.csv, summary.json in "), err.toString());
        assertFalse(Files.exists(dir.resolve("out").resolve(OutputFolder.INCOMPLETE)));
    }

    /** A run of the baseline's first two years (2023 and 2024), one replication of a small sample. */
    private RunService twoYears(Path folder) {
        RunSettings s = new RunSettings(FrontEnd.BATCH, 0.002, 1, 2, 1, 24, folder, false, true);
        return new RunService(s, new PrintWriter(out), new PrintWriter(err), List.of("test"), "test");
    }

    @Test
    void aHeadlineYearNotSimulatedInFullIsRefusedBeforeAnythingRuns() {
        Path folder = dir.resolve("refused");
        UserError e = assertThrows(UserError.class, () -> twoYears(folder).headlinedBy(2025).execute("run",
                List.of("baseline"), RunService.ExtraFiles.NONE));
        assertEquals("--headline-year 2025 is not a year baseline simulates in full: it runs from 2023-01 to 2024-12; "
                + "give a year from 2023 to 2024, or leave the option out for the last", e.getMessage());
        assertFalse(Files.exists(folder), "nothing written");
    }

    @Test
    void theHeadlinesAreOfTheYearAskedFor() throws Exception {
        Path folder = dir.resolve("asked");
        assertEquals(0, twoYears(folder).headlinedBy(2023).execute("run", List.of("baseline"),
                RunService.ExtraFiles.NONE), err.toString());
        JsonNode scenario = new ObjectMapper().readTree(folder.resolve("summary.json").toFile()).get("scenarios")
                .get(0);
        assertEquals(2023, scenario.get("headlineYear").asInt());
        // the headline's value is 2023's row of summary.csv, which has every year: not 2024's, the last whole year
        double remittances2023 = annualMean(folder, "2023", "remittances_received_usd");
        assertNotEquals(remittances2023, annualMean(folder, "2024", "remittances_received_usd"));
        assertEquals(remittances2023, scenario.get("headlines").get("remittances_received_usd/all").get("mean")
                .asDouble(), 1e-9 * remittances2023);
        assertTrue(Files.readString(folder.resolve("report.html")).contains(
                "2023 (asked for; the last whole calendar year simulated is 2024)"), "the report says so");
    }

    @Test
    void aComparisonSaysWhichYearItsHeadlineIs() throws Exception {
        String report = comparedWithBaseline("raids", RAIDS_2023 + "]", 36, 2024);
        assertTrue(report.contains("(the policy's first full year)"), "2023, the raids' year");
        assertTrue(report.contains("(the headline year asked for)"), "2024, not the run's last full year 2025");
        assertTrue(report.contains("(the run's last full year)"), "2025 too, after the year asked for: what is left "
                + "of the policy at the end of the run");
        assertTrue(report.contains("Headline outcomes, 2024"));
    }

    @Test
    void aPolicyWhoseChangesEndAtDifferentTimesIsSummarisedInTheLastYearOfThemAll() throws Exception {
        // raids through 2023 and 2024 beside a cheaper transfer fee with no end: the policy is in force to the end,
        // but 2024 is its last year with every change in force, and the summary says so
        String report = comparedWithBaseline("two", RAIDS_2023.replace("\"months\": 12", "\"months\": 24")
                + ", {\"type\": \"transferFeeChange\", \"start\": \"2023-01\", \"transferFeeRate\": 0.01}]", 48, null);
        assertTrue(report.contains("(the last full year with every change of the policy in force): </strong>In 2024"),
                report);
        assertTrue(report.contains("2024 (last full year with every change in force)"), "the year-by-year table");
        assertFalse(report.contains("(the policy's last full year in force)"), "the fee is in force to the end");
    }

    @Test
    void aHeadlineYearAskedForBeforeThePolicyBoundsTheSummary() throws Exception {
        // raids from April 2024, headlined 2023: the summary says 2023 is before them and goes no further
        String report = comparedWithBaseline("late", RAIDS_2023.replace("2023-01", "2024-04")
                .replace("\"months\": 12", "\"months\": 6") + "]", 36, 2023);
        assertTrue(report.contains("In 2023 the policy is not yet in force"), report);
        assertFalse(report.contains("(part of a year)"), "April to September 2024 is after the headline year");
    }

    /** A raid wave in Russia through 2023, as the first item of a scenario's shocks. */
    private static final String RAIDS_2023 = "[{\"type\": \"raidWave\", \"destination\": \"Russia\", \"start\": "
            + "\"2023-01\", \"months\": 12, \"raidMultiplier\": 3}";

    /**
     * The report of a comparison of the baseline with scenario {@code name} (the baseline with {@code shocks}), over
     * its first {@code months} months, one replication of a small sample, headlined by {@code headline} (null: the
     * last whole year).
     */
    private String comparedWithBaseline(String name, String shocks, int months, Integer headline) throws Exception {
        Files.writeString(dir.resolve(name + ".json"), "{\"schemaVersion\": 1, \"name\": \"" + name + "\", "
                + "\"extends\": \"baseline\", \"shocks\": " + shocks + "}", StandardCharsets.UTF_8);
        RunSettings s = new RunSettings(FrontEnd.BATCH, 0.002, 1, 2, 1, months, dir.resolve(name), false, true);
        RunService service = new RunService(s, new PrintWriter(out), new PrintWriter(err), List.of("test"), "test")
                .loadingWith(new ScenarioLoader(Catalogue.bundled(), dir)).headlinedBy(headline);
        assertEquals(0, service.execute("compare", List.of("baseline", name + ".json"), RunService.ExtraFiles.NONE),
                err.toString());
        return Files.readString(dir.resolve(name).resolve("report.html"));
    }

    /** The mean of {@code metric} over every destination (group all) in {@code year}, from summary.csv. */
    private static double annualMean(Path folder, String year, String metric) throws Exception {
        for (String line : Files.readAllLines(folder.resolve("summary.csv"))) {
            String[] f = line.split(",");
            if (f[1].equals(year) && f[3].equals(metric) && f[4].equals("all")) {
                return Double.parseDouble(f[8]);
            }
        }
        throw new AssertionError("no " + metric + " in " + year);
    }

    /**
     * Two scenarios of one comparison whose names differ only where a file name writes '_' would write one resolved
     * file over the other, and a scenario named twice could not be told apart: both are refused before anything
     * runs, naming what clashes.
     */
    @Test
    void aComparisonWhoseScenariosCannotBeToldApartIsRefusedBeforeItRuns() throws Exception {
        for (String name : List.of("run a", "run_a")) {
            Files.writeString(dir.resolve(name.replace(' ', '-') + ".json"), "{\"schemaVersion\": 1, \"name\": \""
                    + name + "\", \"extends\": \"baseline\"}", StandardCharsets.UTF_8);
        }
        Path folder = dir.resolve("clash");
        UserError clash = assertThrows(UserError.class, () -> service(0.002, folder).execute("compare",
                List.of("run-a.json", "run_a.json"), RunService.ExtraFiles.NONE));
        assertEquals("'run a' and 'run_a' would both be written to scenario.run_a.resolved.json (a scenario's file "
                + "name keeps its name's letters A to Z and a to z, digits, '.', '_' and '-', and writes '_' for any "
                + "other character; names that differ only in capitals are one file on many systems); give them "
                + "names that differ there (set \"name\" in the files)", clash.getMessage());
        Files.writeString(dir.resolve("capital.json"), "{\"schemaVersion\": 1, \"name\": \"Run_a\", \"extends\": "
                + "\"baseline\"}", StandardCharsets.UTF_8);
        UserError capitals = assertThrows(UserError.class, () -> service(0.002, folder).execute("compare",
                List.of("run_a.json", "capital.json"), RunService.ExtraFiles.NONE));
        assertTrue(capitals.getMessage().startsWith("'run_a' and 'Run_a' would both be written to "
                + "scenario.Run_a.resolved.json"), capitals.getMessage());
        UserError twice = assertThrows(UserError.class, () -> service(0.002, folder).execute("compare",
                List.of("run_a.json", "run_a.json"), RunService.ExtraFiles.NONE));
        assertTrue(twice.getMessage().startsWith("two scenarios are named 'run_a'"), twice.getMessage());
        assertFalse(Files.exists(folder), "nothing written");
    }

    @Test
    void theDefaultFolderOfAComparisonNamesItsPoliciesAndItsBaseline() {
        org.muhojir.core.scenario.Scenario base = org.muhojir.core.scenario.TajikistanDefaults.baseline();
        List<org.muhojir.core.scenario.Scenario> three = List.of(base, base.named("raids", ""),
                base.named("cheaper-transfers", ""));
        assertEquals("raids-and-cheaper-transfers-vs-baseline", RunService.folderName(three, true));
        assertEquals("baseline", RunService.folderName(three.subList(0, 1), false));
        String longName = "p".repeat(150);
        assertEquals(100, RunService.folderName(List.of(base, base.named(longName, "")), true).length());
    }
}
