package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.Scenario;

/**
 * Repeat migration (issue 12): a household whose member came home recently considers leaving again more often
 * ({@code circulation.returneeConsiderFactor} within {@code circulation.returneeMonths}), so more of those who come
 * home leave again within a year when the factor is higher. Counted here from the run's events: the share of returns
 * by choice in the first year after which the same household sends someone abroad within twelve months.
 */
class RepeatMigrationTest {
    @Test
    void aHigherReturneeFactorSendsMoreReturneesAbroadAgainWithinAYear() {
        double neutral = leavingAgainWithinAYear(1.0);
        double eager = leavingAgainWithinAYear(3.0);
        // three times the considering of recent returnee households: the year's cumulative hazard of leaving again,
        // -ln(1 - share), well above one and a half times (the share itself cannot pass 1: at half leaving again it
        // could not grow by half)
        double ratio = Math.log(1 - eager) / Math.log(1 - neutral);
        assertTrue(ratio > 1.5, "left again within a year: " + neutral + " at factor 1, " + eager
                + " at factor 3: cumulative hazards " + ratio + " times");
    }

    @Test
    void theFactorActsOnlyOnRecentReturnees() {
        // with a memory of zero months no household counts as a recent returnee: the factor changes nothing
        assertTrue(Math.abs(leavingAgainWithinAYear(3.0, 0) - leavingAgainWithinAYear(1.0, 0)) < 1e-12);
    }

    private static double leavingAgainWithinAYear(double factor) {
        return leavingAgainWithinAYear(factor, 12);
    }

    /** The share of the first year's returns by choice whose household has a departure in the next 12 months. */
    private static double leavingAgainWithinAYear(double factor, int memoryMonths) {
        Scenario base = RunFixtures.baseline(0.01, 24);
        Behaviour b = base.behaviour();
        Behaviour.Circulation c = b.circulation();
        Scenario s = base.withBehaviour(b.withCirculation(new Behaviour.Circulation(factor, memoryMonths,
                c.naturalisationMonths(), c.lastDestinationUtility(), c.settledReturnFactor(),
                c.settledRemittanceDecay(), c.reopeningReturnMonths())));
        EventLog log = new EventLog();
        MuhojirModel m = new MuhojirModel(s, RunOptions.seed(RunFixtures.SEED));
        m.addObserver(log);
        m.runToEnd();
        Map<Integer, List<YearMonth>> departures = new HashMap<>();
        for (ModelEvent.Departure d : log.of(ModelEvent.Departure.class)) {
            departures.computeIfAbsent(d.household(), h -> new java.util.ArrayList<>()).add(d.month());
        }
        YearMonth firstYearEnd = RunFixtures.START.plusMonths(12);
        int returns = 0;
        int again = 0;
        for (ModelEvent.Return r : log.of(ModelEvent.Return.class)) {
            if (r.month().isBefore(firstYearEnd)) {
                returns++;
                YearMonth until = r.month().plusMonths(12);
                boolean left = departures.getOrDefault(r.household(), List.of()).stream()
                        .anyMatch(d -> d.isAfter(r.month()) && !d.isAfter(until));
                again += left ? 1 : 0;
            }
        }
        return again / (double) returns;
    }
}
