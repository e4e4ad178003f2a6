package org.muhojir.gui.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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
import org.muhojir.scenarios.catalogue.Catalogue;

class CatalogueScenarioSourceTest {
    @TempDir
    Path dir;

    private CatalogueScenarioSource source() {
        return new CatalogueScenarioSource(Catalogue.bundled(), dir);
    }

    @Test
    void theMenuOffersEveryBundledScenarioInCatalogueOrder() {
        List<String> names = source().names();
        // every scenario that scenarios/catalogue/index.txt lists, the baseline first
        assertEquals(org.muhojir.scenarios.catalogue.Catalogue.bundled().names(), names);
        assertEquals("baseline", names.get(0));
        assertTrue(names.contains("russia-crackdown-2026"), names.toString());
    }

    @Test
    void theBundledBaselineIsTheCoreDefaultsAndABundledPolicyAddsItsShocks() {
        Scenario baseline = source().load("baseline");
        Scenario core = TajikistanDefaults.baseline();
        assertEquals("baseline", baseline.name());
        assertEquals(core.start(), baseline.start());
        assertEquals(core.population(), baseline.population());
        assertEquals(core.destinations(), baseline.destinations());
        assertEquals(List.of(), baseline.shocks());
        assertEquals(core.events(), baseline.events());
        // catalogue/russia-crackdown-2026.json: a raid wave x3 in Russia for six months from April 2026, first
        Scenario crackdown = source().load("russia-crackdown-2026");
        assertEquals(new ScheduledShock(YearMonth.of(2026, 4), 6, new RaidWave(Destination.RUSSIA, 3)),
                crackdown.shocks().get(0));
    }

    @Test
    void aFileIsReadByPathAndExtendsABundledScenario() throws Exception {
        Files.writeString(dir.resolve("raids.json"), """
                {"schemaVersion": 1, "extends": "baseline",
                 "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2025-03", "months": 2,
                             "raidMultiplier": 4}]}
                """);
        Scenario s = source().load(dir.resolve("raids.json").toString()); // as the file chooser gives it
        assertEquals("raids", s.name(), "a file without a name is named after itself");
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2025, 3), 2, new RaidWave(Destination.RUSSIA, 4))),
                s.shocks());
        assertEquals(s, source().load("raids.json"), "relative to the working directory");
    }

    @Test
    void aBadFileIsRefusedWithEveryProblemAndItsPlaceButNoStackTrace() throws Exception {
        Files.writeString(dir.resolve("bad.json"), """
                {"schemaVersion": 1,
                 "months": -3,
                 "shocks": [{"type": "raidWave", "destination": "Mars", "start": "2025-03", "raidMultiplier": 2}]}
                """);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> source().load("bad.json"));
        String m = e.getMessage();
        List<String> lines = m.lines().toList();
        assertEquals("bad.json has 2 problems:", lines.get(0), m);
        // one line per problem, file:line:column: $.path: message, in file order (line 2, then line 3)
        assertTrue(lines.get(1).startsWith("  bad.json:2:") && lines.get(1).contains("$.months"), m);
        assertTrue(lines.get(2).startsWith("  bad.json:3:") && lines.get(2).contains("$.shocks[0].destination"), m);
        assertEquals(3, lines.size(), m);
        assertFalse(m.contains("Exception") || m.contains("\tat "), m);
        assertEquals(null, e.getCause());
    }

    @Test
    void anUnknownNameListsTheBundledScenarios() {
        String m = assertThrows(IllegalArgumentException.class, () -> source().load("basline")).getMessage();
        assertTrue(m.contains("no bundled scenario or file named \"basline\""), m);
        assertTrue(m.contains("Bundled scenarios: baseline, "), m);
        assertTrue(m.contains("russia-crackdown-2026"), m);
    }
}
