package org.muhojir.core.replication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.FreeParameters;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/** The one replication pool: progress month by month, stop between two months, results whatever the threads. */
class ReplicationsTest {
    private static final long SEED = 5;
    private static final Scenario BASE = Muhojir.defaultScenario().withSampleFraction(0.003)
            .withPeriod(Muhojir.defaultScenario().start(), 9);
    private static final Scenario CLOSED = BASE.plusShocks(List.of(new ScheduledShock(
            BASE.start().plusMonths(2), 3, new BorderClosure(Destination.RUSSIA))));

    /** Months each run simulates before its first reported one: the warm-up and the history. */
    private static final long BEFORE_START = BASE.warmUpMonths() + BASE.historyMonths();

    @Test
    void progressHearsEveryMonthOnceAndReachesTheTotal() throws StoppedException {
        ConcurrentLinkedQueue<Long> heard = new ConcurrentLinkedQueue<>();
        AtomicLong totals = new AtomicLong(-1);
        Muhojir.replicate(List.of(BASE, CLOSED), RunOptions.seed(SEED), 3, 2, (done, total) -> {
            heard.add(done);
            totals.set(total);
        }, () -> false);
        // three replications of two scenarios that share their months before the start: each replication simulates
        // them once, and nine reported months of each scenario
        long expected = 3 * (BEFORE_START + 2 * 9);
        assertEquals(expected, totals.get());
        assertEquals(expected, heard.size(), "one call a month");
        assertEquals(expected, heard.stream().mapToLong(Long::longValue).max().orElseThrow(), "reaches 100%");
        assertEquals(expected, heard.stream().distinct().count(), "each count once");
    }

    @Test
    void stopEndsTheBatchBetweenTwoMonthsWithoutResultsEvenInTheWarmUp() {
        AtomicLong months = new AtomicLong();
        StoppedException e = assertThrows(StoppedException.class, () -> Muhojir.replicate(List.of(BASE, CLOSED),
                RunOptions.seed(SEED), 4, 2, (done, total) -> months.incrementAndGet(), () -> months.get() >= 10));
        assertTrue(BEFORE_START > 11, "the stop comes in the warm-up");
        assertEquals(4 * (BEFORE_START + 2 * 9), e.monthsTotal());
        assertEquals(months.get(), e.monthsDone());
        // each of the two runs at work may finish the month it had begun when the stop came
        assertTrue(e.monthsDone() >= 10 && e.monthsDone() <= 11, "stopped at once: " + e.monthsDone());
    }

    @Test
    void eachScenariosReplicationKIsItsDirectRunWhateverTheThreadCounts() throws StoppedException {
        // one run at a time: the closure continues from the state the baseline reached at its start (the two share
        // the warm-up and the history); three at a time: four runs, each simulating its own warm-up and history
        RunOptions options = RunOptions.seed(SEED);
        List<List<RunResult>> serial = Muhojir.replicate(List.of(BASE, CLOSED), options, 2, 1, MonthProgress.NONE,
                () -> false);
        List<List<RunResult>> parallel = Muhojir.replicate(List.of(BASE, CLOSED), options.withThreads(2), 2, 3,
                MonthProgress.NONE, () -> false);
        List<Scenario> scenarios = List.of(BASE, CLOSED);
        for (int s = 0; s < 2; s++) {
            for (int k = 0; k < 2; k++) {
                RunResult direct = Muhojir.run(scenarios.get(s), options.withReplication(k));
                assertEquals(direct.months(), serial.get(s).get(k).months(), scenarios.get(s).name() + " " + k);
                assertEquals(direct.months(), parallel.get(s).get(k).months(), scenarios.get(s).name() + " " + k);
                assertEquals(scenarios.get(s), serial.get(s).get(k).scenario());
                assertEquals(k, serial.get(s).get(k).replication());
            }
        }
    }

    @Test
    void aBaselineAndThePoliciesFromItsStartOnShareTheMonthsBeforeIt() {
        Scenario longer = BASE.withPeriod(BASE.start(), 12).named("longer", "the baseline over a year");
        Scenario closedInHistory = BASE.plusShocks(List.of(new ScheduledShock(
                BASE.start().minusMonths(3), 2, new BorderClosure(Destination.RUSSIA))));
        Scenario otherSample = BASE.withSampleFraction(0.004);
        List<Replications.Job> groups = Replications.groups(1, List.of(BASE, CLOSED, closedInHistory, longer,
                otherSample));
        assertEquals(List.of(List.of(0, 1, 3), List.of(2), List.of(4)),
                groups.stream().map(Replications.Job::indices).toList());
        assertEquals(List.of(BASE, CLOSED, longer), groups.get(0).variants());
        assertTrue(groups.stream().allMatch(g -> g.replication() == 1));
    }

    @Test
    void rulesThatCannotBeSerialisedRunEachScenarioOnItsOwnWithTheSameResults() throws StoppedException {
        // the shared start is kept as the serialised model; a rule holding something unserialisable cannot be kept
        RunOptions options = RunOptions.seed(SEED)
                .withRules(org.muhojir.core.behaviour.Rules.defaults().withReturns(new UnserialisableReturn()));
        List<List<RunResult>> runs = Muhojir.replicate(List.of(BASE, CLOSED), options, 1, 1, MonthProgress.NONE,
                () -> false);
        assertEquals(Muhojir.run(CLOSED, options).months(), runs.get(1).get(0).months());
        assertEquals(Muhojir.run(CLOSED, RunOptions.seed(SEED)).months(), runs.get(1).get(0).months(),
                "the rule returns what the default rule returns");
    }

    /** The default return rule, holding an object that cannot be serialised. */
    private static final class UnserialisableReturn implements org.muhojir.core.behaviour.ReturnRule {
        private static final long serialVersionUID = 1L;
        private final org.muhojir.core.behaviour.ReturnRule rule = org.muhojir.core.behaviour.Rules.defaults()
                .returns();
        @SuppressWarnings("unused")
        private final Object notSerialisable = new Object();

        @Override
        public double positionFactor(double earningsRatio, org.muhojir.core.scenario.Behaviour behaviour) {
            return rule.positionFactor(earningsRatio, behaviour);
        }

        @Override
        public double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                                  boolean naturalised, org.muhojir.core.scenario.Behaviour behaviour) {
            return rule.probability(calendarMonth, monthsAbroad, positionFactor, nobodyAtHome, naturalised,
                    behaviour);
        }
    }

    @Test
    void aVariationGivesReplicationKItsOwnScenario() throws StoppedException {
        // replication 1 runs with half as much again the considering rate; replication 0 as given
        FreeParameter consider = FreeParameters.considerRate();
        ScenarioVariation fasterOdd = (s, k) -> k % 2 == 1 ? consider.apply(s, 1.5 * consider.valueIn(s)) : s;
        RunOptions options = RunOptions.seed(SEED);
        List<RunResult> varied = new Replications(options, 2, 2, MonthProgress.NONE, () -> false)
                .withVariation(fasterOdd).run(List.of(BASE)).get(0);
        assertEquals(Muhojir.run(BASE, options.withReplication(0)).months(), varied.get(0).months());
        Scenario faster = consider.apply(BASE, 1.5 * consider.valueIn(BASE));
        assertEquals(Muhojir.run(faster, options.withReplication(1)).months(), varied.get(1).months());
    }
}
