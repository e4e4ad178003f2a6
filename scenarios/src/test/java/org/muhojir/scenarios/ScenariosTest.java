package org.muhojir.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.scenarios.cli.Cli;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.scenarios.load.LoadedScenario;

/** Scenario files loaded from Java, as an economist embedding the model does (docs/embedding.md, section 11). */
class ScenariosTest {
    @TempDir
    Path dir;

    @Test
    void aFileThatExtendsTheBaselineIsTheBaselinePlusItsShock() {
        Path file = Files.write(dir, "raids.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2024-04", "months": 6,
                             "raidMultiplier": 3}]}
                """);
        Scenario s = Scenarios.load(file);
        Scenario expected = Scenarios.bundled("baseline").named("raids", "").plusShocks(List.of(
                new ScheduledShock(YearMonth.of(2024, 4), 6, new RaidWave(Destination.RUSSIA, 3))));
        assertEquals(expected, s);
        assertEquals(TajikistanDefaults.baseline().destinations(), s.destinations());
    }

    @Test
    void everyProblemIsInTheExceptionsMessageWithItsFileAndLine() {
        Path file = Files.write(dir, "bad.json", """
                {"schemaVersion": 1,
                 "months": 0,
                 "shocks": [{"type": "raidWave", "destination": "Russland", "start": "2024-04"}]}
                """);
        ScenarioFileProblems e = assertThrows(ScenarioFileProblems.class, () -> Scenarios.load(file));
        assertEquals(3, e.problems().size(), e.getMessage()); // months, the missing multiplier, the name
        assertTrue(e.getMessage().contains("bad.json:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("bad.json:3:"), e.getMessage());
        assertTrue(e.getMessage().contains("$.shocks[0].destination: unknown destination \"Russland\""),
                e.getMessage());
    }

    @Test
    void aMissingFileOrBundledNameIsAProblemToo() {
        ScenarioFileProblems missing = assertThrows(ScenarioFileProblems.class,
                () -> Scenarios.load(dir.resolve("nowhere.json")));
        assertTrue(missing.getMessage().contains("no such file"), missing.getMessage());
        ScenarioFileProblems unknown = assertThrows(ScenarioFileProblems.class, () -> Scenarios.bundled("basline"));
        assertTrue(unknown.getMessage().contains("expected one of baseline,"), unknown.getMessage());
        assertTrue(Scenarios.bundledNames().contains("russia-crackdown-2026"));
    }

    @Test
    void warningsArePlacedInTheFileAndPrintedByValidate() {
        Path file = Files.write(dir, "doubled.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "shocks": [{"type": "tightenedRules", "destination": "Russia", "start": "2025-01",
                             "feeMultiplier": 100}]}
                """);
        LoadedScenario read = Scenarios.read(file);
        assertEquals(1, read.warnings().size());
        assertEquals(3, read.warnings().get(0).source().line());
        assertEquals("$.shocks[0].feeMultiplier", read.warnings().get(0).path());
        Cli v = Cli.run("validate", file.toString());
        assertEquals(0, v.code(), v.toString());
        assertTrue(v.out().contains("1 warning)"), v.out());
        assertTrue(v.out().contains("warning: " + file + ":3:"), v.out());
        assertTrue(v.out().contains("is 100, outside the plausible range 0 to 5 (factor); it is a factor, not a "
                + "percentage"), v.out());
    }

    /** The guide's blocks marked {@code java scenarios}, run here as written there. */
    @Test
    void theEmbeddingGuidesExamplesRun() throws Exception {
        Path file = Files.write(dir, "my-policy.json", """
                {"schemaVersion": 1, "extends": "baseline", "months": 3}
                """);
        Scenario policy = Scenarios.load(file);              // a Path to your .json file
        Scenario baseline = Scenarios.bundled("baseline");   // or any name of Scenarios.bundledNames()
        RunResult result = Muhojir.run(policy.withSampleFraction(0.01), RunOptions.seed(42));
        assertEquals(3, result.months().size());
        assertEquals(baseline.withPeriod(baseline.start(), 3).destinations(), policy.destinations());

        Files.write(dir, "my-policy.json", """
                {"schemaVersion": 1, "extends": "baseline", "months": "three"}
                """);
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        java.io.PrintStream console = System.out;
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            try {
                Scenarios.load(file);
            } catch (ScenarioFileProblems e) {
                System.out.println(e.getMessage());
            }
        } finally {
            System.setOut(console);
        }
        assertTrue(printed.toString(java.nio.charset.StandardCharsets.UTF_8).contains(
                "my-policy.json:1:55: $.months: expected a whole number, found \"three\""), printed.toString());

        String guide = java.nio.file.Files.readString(Path.of("..", "docs", "embedding.md"));
        String source = java.nio.file.Files.readString(Path.of("src", "test", "java", "org", "muhojir", "scenarios",
                "ScenariosTest.java"));
        List<String> lines = source.lines().map(String::strip).toList();
        java.util.regex.Matcher blocks = java.util.regex.Pattern.compile("```java scenarios\n(.*?)```",
                java.util.regex.Pattern.DOTALL).matcher(guide);
        int found = 0;
        while (blocks.find()) {
            List<String> block = blocks.group(1).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            assertTrue(java.util.Collections.indexOfSubList(lines, block) >= 0, "not in this test:\n" + block);
            found++;
        }
        assertEquals(2, found, "the guide's blocks marked java scenarios");
    }

    @Test
    void runPrintsTheWarningsAndTheReportAndManifestListThem() throws Exception {
        Path file = Files.write(dir, "nothing.json", """
                {"schemaVersion": 1, "extends": "baseline", "months": 3,
                 "shocks": [{"type": "tightenedRules", "destination": "Russia", "start": "2023-02"}]}
                """);
        Path out = dir.resolve("out");
        Cli r = Cli.run("run", file.toString(), "--sample", "0.002", "--replications", "2", "--out", out.toString());
        assertEquals(0, r.code(), r.toString());
        String warning = file + ":2:22: $.shocks[0].type: changes nothing";
        assertTrue(r.err().contains("muhojir: warning: " + warning), r.err());
        assertTrue(java.nio.file.Files.readString(out.resolve("report.html")).contains("Warnings (1)"));
        assertTrue(java.nio.file.Files.readString(out.resolve("manifest.json")).contains(warning),
                "manifest lists the warning");
    }
}
