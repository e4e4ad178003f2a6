package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.Muhojir;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * What observers receive over a 12-month run (2023-01 to 2023-12, 1% sample) with five shocks: when shocks start and
 * end, one closing event per month carrying the month's outcome, and household events that add up to the month's
 * reported flows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsTest {
    private static final int MONTHS = 12;
    private static final YearMonth START = RunFixtures.START;

    /** Raid wave 2023-03 to 2023-06. */
    private final ScheduledShock raids = RunFixtures.at(2, 4, new RaidWave(Destination.RUSSIA, 3));
    /** Kazakhstan closed 2023-06 and 2023-07. */
    private final ScheduledShock closure = RunFixtures.at(5, 2, new BorderClosure(Destination.KAZAKHSTAN));
    /** Amnesty in 2023-09 only. */
    private final ScheduledShock amnesty = RunFixtures.at(8, 1, new Amnesty(Destination.RUSSIA));
    /** Already in force when the run starts: 2022-10 to 2023-03. */
    private final ScheduledShock earlier = new ScheduledShock(START.minusMonths(3), 6,
            new TransferFeeChange(null, 0.01));
    /** From 2023-10 to the end of any run. */
    private final ScheduledShock lasting = RunFixtures.at(9, ScheduledShock.UNTIL_END,
            new RaidWave(Destination.TURKEY, 2));

    private Scenario scenario;
    private MuhojirModel model;
    private final EventLog log = new EventLog();

    @BeforeAll
    void run() {
        scenario = RunFixtures.baseline(0.01, MONTHS).plusShocks(List.of(raids, closure, amnesty, earlier, lasting));
        model = new MuhojirModel(scenario, RunOptions.seed(RunFixtures.SEED));
        model.addObserver(log);
        model.start();
        model.runToEnd();
    }

    @Test
    void shocksAreAnnouncedInTheMonthTheyStartAndTheFirstMonthTheyNoLongerApply() {
        Map<YearMonth, List<ScheduledShock>> started = new TreeMap<>();
        log.of(ModelEvent.ShockStarted.class).forEach(e -> started.computeIfAbsent(e.month(), k -> new ArrayList<>())
                .add(e.shock()));
        Map<YearMonth, List<ScheduledShock>> ended = new TreeMap<>();
        log.of(ModelEvent.ShockEnded.class).forEach(e -> ended.computeIfAbsent(e.month(), k -> new ArrayList<>())
                .add(e.shock()));
        // a shock already in force at the start is announced in the first month
        assertEquals(Map.of(
                YearMonth.of(2023, 1), List.of(earlier),
                YearMonth.of(2023, 3), List.of(raids),
                YearMonth.of(2023, 6), List.of(closure),
                YearMonth.of(2023, 9), List.of(amnesty),
                YearMonth.of(2023, 10), List.of(lasting)), started);
        // a shock lasting past the run's end never ends within it
        assertEquals(Map.of(
                YearMonth.of(2023, 4), List.of(earlier),
                YearMonth.of(2023, 7), List.of(raids),
                YearMonth.of(2023, 8), List.of(closure),
                YearMonth.of(2023, 10), List.of(amnesty)), ended);
    }

    @Test
    void eachMonthClosesOnceWithTheOutcomeTheModelRecords() {
        List<ModelEvent.MonthClosed> closed = log.of(ModelEvent.MonthClosed.class);
        assertEquals(MONTHS, closed.size());
        for (int m = 0; m < MONTHS; m++) {
            YearMonth month = START.plusMonths(m);
            assertEquals(month, closed.get(m).month());
            assertEquals(model.outcomes().get(m), closed.get(m).outcome());
            List<ModelEvent> events = log.in(month);
            // the closing event is the month's last
            assertInstanceOf(ModelEvent.MonthClosed.class, events.get(events.size() - 1), month.toString());
        }
        // events arrive month by month: no event of a month after that month has closed
        for (int i = 1; i < log.events.size(); i++) {
            assertTrue(!log.events.get(i).month().isBefore(log.events.get(i - 1).month()), "event #" + i);
        }
    }

    @Test
    void householdEventsAddUpToTheMonthsFlows() {
        for (int m = 0; m < MONTHS; m++) {
            MonthlyOutcome o = model.outcomes().get(m);
            double weight = scenario.population().weight(o.month(), scenario.macro().priceBaseYear());
            List<ModelEvent> events = log.in(o.month());
            for (Destination d : Destination.values()) {
                int i = d.ordinal();
                String where = o.month() + " " + d;
                assertEquals(o.departures()[i], weight * count(events, ModelEvent.Departure.class, d,
                        ModelEvent.Departure::destination), 1e-6, "departures " + where);
                assertEquals(o.returnsByChoice()[i], weight * count(events, ModelEvent.Return.class, d,
                        ModelEvent.Return::destination), 1e-6, "returns " + where);
                assertEquals(o.detentions()[i], weight * count(events, ModelEvent.Detention.class, d,
                        ModelEvent.Detention::destination), 1e-6, "detentions " + where);
                assertEquals(o.deportations()[i], weight * count(events, ModelEvent.Deportation.class, d,
                        ModelEvent.Deportation::destination), 1e-6, "deportations " + where);
            }
            double women = events.stream().filter(e -> e instanceof ModelEvent.Departure dep && dep.female()).count();
            assertEquals(o.departuresWomen(), weight * women, 1e-6, "women leaving in " + o.month());
        }
        assertTrue(MonthlyOutcome.total(model.outcomes().get(2).departures()) > 0, "something to count");
    }

    @Test
    void departuresArriveInHouseholdOrder() {
        for (int m = 0; m < MONTHS; m++) {
            List<Integer> households = log.in(START.plusMonths(m)).stream()
                    .filter(ModelEvent.Departure.class::isInstance)
                    .mapToInt(e -> ((ModelEvent.Departure) e).household()).boxed().toList();
            for (int i = 1; i < households.size(); i++) {
                // a household sends at most one member a month, so the order is strict
                assertTrue(households.get(i) > households.get(i - 1), START.plusMonths(m) + " #" + i);
            }
        }
    }

    @Test
    void watchingARunDoesNotChangeIt() {
        assertEquals(model.outcomes(), Muhojir.run(scenario, RunOptions.seed(RunFixtures.SEED)).months());
    }

    private static <T extends ModelEvent> long count(List<ModelEvent> events, Class<T> type, Destination d,
                                                     java.util.function.Function<T, Destination> destination) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(e -> destination.apply(e) == d).count();
    }
}
