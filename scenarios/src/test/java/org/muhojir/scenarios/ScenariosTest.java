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
        assertTrue(Scenarios.bundledNames().contains("russia-crackdown-2024"));
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
}
