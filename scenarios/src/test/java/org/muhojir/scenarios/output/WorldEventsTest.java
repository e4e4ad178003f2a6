package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/** The world's dated events a scenario's simulated months reach, in words, for reports and describe. */
class WorldEventsTest {
    private static final String BANS_2015 = "russia-mass-bans-2015: ban policy in Russia (bans of 60 months, "
            + "expulsions 0.5% a month of irregular migrants), from 2015-01 for 24 months";
    private static final String CLOSURES_2020 = "border-closures-2020: border closed: every destination, from 2020-03 "
            + "for 13 months";
    private static final String FARES_2021 = "russia-fares-2021: dearer journey to Russia (travel cost x1.64), from "
            + "2021-04 for 9 months";
    private static final String CRACKDOWN_2024 = "russia-crackdown-2024: raid wave in Russia (raids x3), from 2024-04 "
            + "for 6 months; ban policy in Russia (bans of 60 months, expulsions 1% a month of irregular migrants), "
            + "from 2024-04 for 12 months";

    @Test
    void theBaselinesHistoryAndYearsReachEveryEvent() {
        List<String> lines = WorldEvents.in(TajikistanDefaults.baseline());
        assertEquals(7, lines.size(), lines.toString());
        assertEquals(List.of(BANS_2015, CLOSURES_2020, FARES_2021, CRACKDOWN_2024), lines.subList(0, 4));
        assertEquals("russia-expulsion-regime-2025: tightened rules in Russia (lapse +0.01/month), from 2025-02 on",
                lines.get(6));
    }

    @Test
    void anEventsShockThatTheScenariosOwnReplacesSaysFromWhen() {
        // an exam of the scenario's from 2027 sets the pass rate the world's exam of 2024 sets: it takes its place;
        // a raid wave of the scenario's scales the crackdown's raids and replaces nothing
        Scenario s = TajikistanDefaults.baseline().plusShocks(List.of(
                new org.muhojir.core.policy.ScheduledShock(YearMonth.of(2027, 1), org.muhojir.core.policy.ScheduledShock
                        .UNTIL_END, new org.muhojir.core.policy.EntryExam(org.muhojir.core.world.Destination.RUSSIA,
                        0.5, true)),
                new org.muhojir.core.policy.ScheduledShock(YearMonth.of(2024, 5), 3, new org.muhojir.core.policy
                        .RaidWave(org.muhojir.core.world.Destination.RUSSIA, 2))));
        List<String> lines = WorldEvents.in(s);
        assertTrue(lines.contains("russia-exam-2024: Russian-language exam for Russia (pass rate 70%, in place of any "
                + "exam the rules set), from 2024-05 on, the scenario's own in its place from 2027-01 on"),
                lines.toString());
        assertTrue(lines.contains(CRACKDOWN_2024), lines.toString());
    }

    @Test
    void aRunReachesOnlyTheEventsOfItsMonths() {
        Scenario early = TajikistanDefaults.baseline().withPeriod(YearMonth.of(2013, 1), 24);
        assertEquals(List.of(), WorldEvents.in(early.withHistoryStart(null)));
        // from 2016-12, the campaign's last month, to 2020-03, the closure's first: both reached by one month
        Scenario between = TajikistanDefaults.baseline().withHistoryStart(null).withPeriod(YearMonth.of(2016, 12), 40);
        assertEquals(List.of(BANS_2015, CLOSURES_2020), WorldEvents.in(between));
        // the dear fares' last month, 2021-12, is reached; the first month after them, 2022-01, is not
        Scenario farEnd = TajikistanDefaults.baseline().withHistoryStart(null).withPeriod(YearMonth.of(2021, 12), 1);
        assertEquals(List.of(FARES_2021), WorldEvents.in(farEnd));
        Scenario after = TajikistanDefaults.baseline().withHistoryStart(null).withPeriod(YearMonth.of(2022, 1), 12);
        assertEquals(List.of(), WorldEvents.in(after));
    }

    @Test
    void eachEventOfTheDefaultsSaysWhereItComesFromAndAScenariosOwnDoesNot() {
        Scenario early = TajikistanDefaults.baseline().withHistoryStart(null).withPeriod(YearMonth.of(2020, 1), 36);
        assertEquals(List.of("border-closures-2020: " + TajikistanDefaults.EVENT_SOURCES.get("border-closures-2020"),
                "russia-fares-2021: " + TajikistanDefaults.EVENT_SOURCES.get("russia-fares-2021")),
                WorldEvents.sources(early));
        assertTrue(WorldEvents.sources(early).get(1).contains("data:air_ticket_cost"));
        // left out, or changed by the scenario: the defaults' source is not theirs
        Scenario changed = early.withEvents(early.events().stream().map(e -> e.name().equals("border-closures-2020")
                ? WorldEvent.of(e.name(), new ScheduledShock(YearMonth.of(2020, 3), 6, new BorderClosure(null))) : e)
                .toList());
        assertEquals(WorldEvents.sources(early).subList(1, 2), WorldEvents.sources(changed));
        Scenario without = early.withEvents(early.events().stream().filter(e -> !e.name().equals("russia-fares-2021"))
                .toList());
        assertEquals(WorldEvents.sources(early).subList(0, 1), WorldEvents.sources(without));
    }

    @Test
    void aCounterfactualSaysWhichEventItLeavesOut() {
        Scenario b = TajikistanDefaults.baseline().withHistoryStart(null).withPeriod(YearMonth.of(2024, 1), 12);
        Scenario without = b.withEvents(b.events().stream().map(e -> e.name().equals("russia-crackdown-2024")
                ? new WorldEvent(e.name(), List.of()) : e).toList());
        List<String> lines = WorldEvents.in(without);
        // at its place among the events, in the order they apply
        assertEquals("russia-crackdown-2024: left out (the world without it, a counterfactual)", lines.get(0));
        assertEquals(WorldEvents.in(b).subList(1, 3), lines.subList(1, 3));
        assertEquals(WorldEvents.in(b).size(), lines.size());
        // an event the scenario changes, or adds, is marked as its own
        Scenario other = b.withEvents(List.of(WorldEvent.of("turkey-visa-2024", new ScheduledShock(
                YearMonth.of(2024, 5), ScheduledShock.UNTIL_END, new EntryRouteChange(Destination.TURKEY,
                EntryRoute.VISA, 80, 0.1))), WorldEvent.of("uk-closure-2024", new ScheduledShock(YearMonth.of(2024, 2),
                3, new BorderClosure(Destination.UK)))));
        // in the order the events start: the UK's closure (2024-02), the crackdown left out (2024-04), then the exam
        // left out and Turkey's changed visas (2024-05)
        List<String> marked = WorldEvents.in(other);
        assertTrue(marked.get(0).endsWith("(the scenario's own)"), marked.get(0));
        assertEquals("russia-crackdown-2024: left out (the world without it, a counterfactual)", marked.get(1));
        assertTrue(marked.contains("turkey-visa-2024: Turkey entry becomes VISA (documents $80, refusals 10%), from "
                + "2024-05 on (as the scenario gives it; the core default differs)"), marked.toString());
    }
}
