package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.scenario.Scenario;

/**
 * The warm-up ({@code Scenario.warmUpMonths}): months simulated before the first reported one, with the inputs of
 * the start month and no shock, neither recorded nor announced. A policy that starts in the first reported month
 * must find the world its baseline finds there; the thread count may not change it (DeterminismTest compares whole
 * runs, warm-up included, for one and two threads).
 */
class WarmUpTest {
    @Test
    void aPolicyStartingInTheFirstReportedMonthFindsTheWorldItsBaselineFinds() {
        // the shocked fixture has a quota and a skills programme from month 0 and eleven other shocks later
        MuhojirModel baseline = started(RunFixtures.baseline(0.01, 12).withWarmUpMonths(24));
        MuhojirModel policy = started(RunFixtures.shocked(0.01, 12).withWarmUpMonths(24));
        for (int h = 0; h < baseline.households().size; h++) {
            assertEquals(baseline.household(h), policy.household(h), "household " + h);
        }
    }

    @Test
    void theWarmUpIsNeitherRecordedNorAnnounced() {
        EventLog log = new EventLog();
        MuhojirModel m = new MuhojirModel(RunFixtures.baseline(0.01, 3).withWarmUpMonths(12),
                RunOptions.seed(RunFixtures.SEED));
        m.addObserver(log);
        m.runToEnd();
        assertEquals(List.of(RunFixtures.START, RunFixtures.START.plusMonths(1), RunFixtures.START.plusMonths(2)),
                m.outcomes().stream().map(o -> o.month()).toList());
        assertEquals(3, log.of(ModelEvent.MonthClosed.class).size());
        assertTrue(log.events.stream().noneMatch(e -> e.month().isBefore(RunFixtures.START)),
                "no event dated before the first reported month");
        assertTrue(log.of(ModelEvent.Departure.class).size() > 0, "the reported months are observed");
    }

    @Test
    void theFirstReportedMonthStartsFromTheWarmedUpWorld() {
        // a cold start has no re-entry bans; after a year of warm-up, deportations of that year are banned at home
        double coldBans = firstMonth(0, Metric.BANS_IN_FORCE);
        double warmBans = firstMonth(12, Metric.BANS_IN_FORCE);
        assertTrue(warmBans > 3 * coldBans, "bans " + coldBans + " cold, " + warmBans + " after a year");
        assertNotEquals(firstMonth(0, Metric.MIGRANTS_ABROAD), firstMonth(12, Metric.MIGRANTS_ABROAD));
    }

    @Test
    void theWarmUpIsPartOfTheRunAndRepeatsWithIt() {
        Scenario s = RunFixtures.baseline(0.01, 2).withWarmUpMonths(12);
        MuhojirModel once = started(s);
        MuhojirModel again = started(s);
        again.start(); // a model started again warms up again from the same population
        for (int h = 0; h < once.households().size; h++) {
            assertEquals(once.household(h), again.household(h), "household " + h);
        }
    }

    private static double firstMonth(int warmUp, Metric metric) {
        MuhojirModel m = new MuhojirModel(RunFixtures.baseline(0.01, 1).withWarmUpMonths(warmUp),
                RunOptions.seed(RunFixtures.SEED));
        return metric.value(m.stepMonth());
    }

    private static MuhojirModel started(Scenario s) {
        MuhojirModel m = new MuhojirModel(s, RunOptions.seed(RunFixtures.SEED));
        m.start();
        return m;
    }
}
