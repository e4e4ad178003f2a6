package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;
import org.muhojir.scenarios.Files;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.JsonWriter;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private LoadedScenario load(String name, String text) throws ScenarioFileException {
        Files.write(dir, name, text);
        return new ScenarioLoader(Catalogue.bundled(), dir).load(name);
    }

    @Test
    void anEpisodeNamedWhereAScenarioIsExpectedIsSaidToBeOneWithTheCommandThatReplaysIt() {
        ScenarioFileException e = assertThrows(ScenarioFileException.class,
                () -> new ScenarioLoader(Catalogue.bundled(), dir).load("crackdown-2024"));
        assertTrue(e.report().contains("\"crackdown-2024\" is an episode, a window of the history replayed "
                + "from its inputs, not a bundled scenario: replay it with 'muhojir backcast crackdown-2024', or give "
                + "its file, scenarios/episodes/crackdown-2024.json."), e.report());
        assertFalse(e.report().contains("Did you mean"), e.report()); // not the policy of a similar name
    }

    @Test
    void aShortPolicyFileChangesOnlyWhatItSays() throws Exception {
        Scenario s = load("policy.json", """
                {
                  "schemaVersion": 1,
                  "extends": "baseline",
                  "population": {"initialAbroadShare": {"Khatlon": 0.5}},
                  "destinations": {"Russia": {"enforcement": {"deportationShare": 0.6}}},
                  "shocks": [{"type": "raidWave", "destination": "Russia", "start": "2024-04", "months": 6,
                              "raidMultiplier": 3}]
                }
                """).scenario();
        Scenario d = TajikistanDefaults.baseline();
        assertEquals("policy", s.name(), "a file without a name is named after itself");
        assertEquals(0.5, s.population().initialAbroadShare().get(Region.KHATLON.ordinal()));
        assertEquals(d.population().initialAbroadShare().get(Region.SUGHD.ordinal()),
                s.population().initialAbroadShare().get(Region.SUGHD.ordinal()), "other regions keep the default");
        assertEquals(0.6, s.destination(Destination.RUSSIA).enforcement().deportationShare());
        assertEquals(d.destination(Destination.RUSSIA).enforcement().raidHazardLegal(),
                s.destination(Destination.RUSSIA).enforcement().raidHazardLegal());
        assertEquals(d.destination(Destination.KAZAKHSTAN), s.destination(Destination.KAZAKHSTAN));
        assertEquals(d.behaviour(), s.behaviour());
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2024, 4), 6, new RaidWave(Destination.RUSSIA, 3))),
                s.shocks());
    }

    @Test
    void shocksOfAChildFollowThoseOfItsParentsAndOmittedFieldsTakeNeutralValues() throws Exception {
        Files.write(dir, "parent.json", """
                {"schemaVersion": 1, "name": "parent", "extends": "russia-crackdown-2026",
                 "shocks": [{"type": "exchangeRateShock", "currency": "RUB", "start": "2025-01", "rateMultiplier": 2}]}
                """);
        Scenario s = load("child.json", """
                {"schemaVersion": 1, "extends": "parent.json",
                 "shocks": [{"type": "tightenedRules", "destination": "Russia", "start": "2026-01", "end": "2026-06",
                             "feeMultiplier": 1.5}]}
                """).scenario();
        // russia-crackdown-2026 has 2 shocks; then the parent's, then the child's
        assertEquals(4, s.shocks().size());
        assertEquals(new ScheduledShock(YearMonth.of(2025, 1), ScheduledShock.UNTIL_END,
                new ExchangeRateShock("RUB", 2)), s.shocks().get(2));
        // 2026-01 to 2026-06 inclusive is 6 months; the exam and lapse fields left out are neutral (1 and 0)
        assertEquals(new ScheduledShock(YearMonth.of(2026, 1), 6, new TightenedRules(Destination.RUSSIA, 1.5, 1, 0)),
                s.shocks().get(3));
    }

    @Test
    void eventsMergeEventByEventAndAnEmptyArrayLeavesOneOut() throws Exception {
        Scenario s = load("events.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "events": {"russia-crackdown-2024": [],
                            "turkey-visa-2024": [{"type": "entryRouteChange", "destination": "Turkey", "route": "VISA",
                                                  "start": "2024-05", "documentsUsd": 80, "refusalRate": 0.1}],
                            "uk-closure-2031": [{"type": "borderClosure", "destination": "UK", "start": "2031-01",
                                                 "months": 3}]}}
                """).scenario();
        List<String> names = s.events().stream().map(WorldEvent::name).toList();
        List<String> defaults = new java.util.ArrayList<>(TajikistanDefaults.events().stream().map(WorldEvent::name)
                .toList());
        // the defaults' events in their order, the one left out dropped, then the file's new one
        defaults.remove("russia-crackdown-2024");
        defaults.add("uk-closure-2031");
        assertEquals(defaults, names);
        assertEquals(new EntryRouteChange(Destination.TURKEY, EntryRoute.VISA, 80, 0.1),
                event(s, "turkey-visa-2024").shocks().get(0).shock());
        assertEquals(event(TajikistanDefaults.baseline(), "russia-exam-2024"), event(s, "russia-exam-2024"));
        // a child of that file gives the crackdown back by its name
        Files.write(dir, "events.json", """
                {"schemaVersion": 1, "extends": "baseline", "events": {"russia-crackdown-2024": []}}
                """);
        Scenario back = load("back.json", """
                {"schemaVersion": 1, "extends": "events.json",
                 "events": {"russia-crackdown-2024": [{"type": "raidWave", "destination": "Russia", "start": "2024-04",
                                                       "months": 6, "raidMultiplier": 3},
                                                      {"type": "banPolicy", "destination": "Russia", "start": "2024-04",
                                                       "months": 12, "banMonths": 60, "expulsionRate": 0.01}]}}
                """).scenario();
        assertEquals(TajikistanDefaults.events(), back.events());
    }

    @Test
    void aBadEventIsRefusedAtItsPlace() throws ScenarioFileException {
        String notAnArray = assertThrows(ScenarioFileException.class, () -> load("not-an-array.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "events": {"russia-crackdown-2024": {"type": "raidWave"}}}
                """)).report();
        assertTrue(notAnArray.contains("not-an-array.json:2:"), notAnArray);
        assertTrue(notAnArray.contains("$.events['russia-crackdown-2024']: expected an array of shocks"), notAnArray);
        String overlap = assertThrows(ScenarioFileException.class, () -> load("overlap.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "events": {"another-campaign": [{"type": "banPolicy", "destination": "Russia", "start": "2025-01",
                                                  "months": 6, "banMonths": 36, "expulsionRate": 0.02}]}}
                """)).report();
        assertTrue(overlap.contains("overlap.json:2:"), overlap);
        // null is not how to leave an event out, and a destination's old closure field is now an event
        String nullEvent = assertThrows(ScenarioFileException.class, () -> load("null-event.json", """
                {"schemaVersion": 1, "extends": "baseline", "events": {"russia-crackdown-2024": null}}
                """)).report();
        assertTrue(nullEvent.contains("or [] to leave the event out, found null"), nullEvent);
        String retired = assertThrows(ScenarioFileException.class, () -> load("retired.json", """
                {"schemaVersion": 1, "extends": "baseline",
                 "destinations": {"Russia": {"entry": {"closedFrom": "2020-03", "closedMonths": 13}}}}
                """)).report();
        assertTrue(retired.contains("\"closedFrom\" is no longer a destination's field: the world's dated events are "
                + "the top-level \"events\" (border-closures-2020 by default)"), retired);
        // a misspelt event to leave out would add an empty event and leave the real one in force: refused
        String misspelt = assertThrows(ScenarioFileException.class, () -> load("misspelt.json", """
                {"schemaVersion": 1, "extends": "baseline", "events": {"russia-crackdwn-2024": []}}
                """)).report();
        assertTrue(misspelt.contains("$.events['russia-crackdwn-2024']: no event \"russia-crackdwn-2024\" in the "
                + "scenario extended, so [] leaves nothing out. Did you mean \"russia-crackdown-2024\"?"), misspelt);
        // a misspelt event given shocks adds a second event and leaves the real one in force: legal, but warned of
        LoadedScenario added = load("added.json", """
                {"schemaVersion": 1, "extends": "baseline", "events": {"russia-crackdown-2O24": [
                  {"type": "raidWave", "destination": "Russia", "start": "2024-04", "months": 3, "raidMultiplier": 2}]}}
                """);
        assertTrue(added.warningLines().stream().anyMatch(w -> w.contains("$.events['russia-crackdown-2O24']: adds a "
                + "new event \"russia-crackdown-2O24\"; the events of the scenario it extends stay in force, "
                + "\"russia-crackdown-2024\" among them")), added.warningLines().toString());
        assertTrue(overlap.contains("$.events['another-campaign'][0].start: overlaps "
                + "$.events['russia-crackdown-2024'][1] of the core model's defaults"), overlap);
    }

    private static WorldEvent event(Scenario s, String name) {
        return s.events().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aSeriesIsANumberOrMonthsAndValues() throws Exception {
        Scenario s = load("series.json", """
                {"schemaVersion": 1,
                 "macro": {"tjsPerUsd": 11.5},
                 "destinations": {"Russia": {"costs": {"monthlyFee": {"2023-01": 6600, "2024-07": 7500}},
                                             "localPerUsd": {"2024-05": 90.6, "2024-06": 87.1, "2024-07": 86.3}}}}
                """).scenario();
        assertEquals(MonthlySeries.constant(11.5), s.macro().tjsPerUsd());
        MonthlySeries fee = s.destination(Destination.RUSSIA).costs().monthlyFee();
        assertEquals(6600, fee.at(YearMonth.of(2024, 6)));
        assertEquals(7500, fee.at(YearMonth.of(2030, 1)));
        MonthlySeries rub = s.destination(Destination.RUSSIA).localPerUsd();
        assertEquals(87.1, rub.at(YearMonth.of(2024, 6)));
        assertEquals(86.3, rub.at(YearMonth.of(2030, 1)));
    }

    @Test
    void theResolvedScenarioLoadsBackToTheSameScenario() throws Exception {
        LoadedScenario first = new ScenarioLoader(Catalogue.bundled(), dir).load("pressure-plus-diversification");
        String resolved = JsonWriter.write(TreeWriter.scenario(first.scenario(), "resolved"));
        Scenario again = load("resolved.json", resolved).scenario();
        assertEquals(first.scenario(), again);
        assertFalse(resolved.contains("\"extends\""), "a resolved scenario stands alone");
        // a scenario without a history loads back without one, not with the defaults' history from 2010
        Scenario noHistory = load("nohistory.json", "{\"schemaVersion\": 1, \"extends\": \"baseline\", "
                + "\"historyStart\": \"2023-01\"}").scenario();
        assertEquals(null, noHistory.historyStart());
        Scenario back = load("resolved2.json", JsonWriter.write(TreeWriter.scenario(noHistory, "resolved"))).scenario();
        assertEquals(noHistory, back);
    }

    @Test
    void recordsTheFilesReadWithTheirHashes() throws Exception {
        LoadedScenario l = new ScenarioLoader(Catalogue.bundled(), dir).load("pressure-plus-diversification");
        assertEquals(List.of("catalogue/pressure-plus-diversification.json", "catalogue/russia-crackdown-2026.json",
                "catalogue/baseline.json"), l.inputs().stream().map(LoadedScenario.Input::shownAs).toList());
        assertTrue(l.inputs().stream().allMatch(i -> i.sha256().matches("[0-9a-f]{64}")));
        assertFalse(l.sampleFractionSet());
        assertTrue(load("sampled.json", "{\"schemaVersion\": 1, \"population\": {\"sampleFraction\": 0.1}}")
                .sampleFractionSet());
    }
}
