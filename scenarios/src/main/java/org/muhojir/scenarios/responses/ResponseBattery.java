package org.muhojir.scenarios.responses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;

/**
 * Runs a list of expectations: the baseline once, each distinct policy once (expectations with the same shocks
 * share their runs), every run with the same seed and replication numbers, in one batch that simulates the months
 * before the baseline's start once a replication, and judges each expectation on its paired responses.
 */
public final class ResponseBattery {
    private final List<Expectation> expectations;

    /** A battery of expectations with distinct names. */
    public ResponseBattery(List<Expectation> expectations) {
        Set<String> names = new HashSet<>();
        for (Expectation e : expectations) {
            if (!names.add(e.name())) {
                throw new IllegalArgumentException("two expectations are called " + e.name());
            }
        }
        this.expectations = List.copyOf(expectations);
    }

    /** The standard battery ({@link ExpectationsFile#standard()}). */
    public static ResponseBattery standard() {
        return new ResponseBattery(ExpectationsFile.standard());
    }

    /** The expectations, in order. */
    public List<Expectation> expectations() {
        return expectations;
    }

    /** Runs the battery and returns one check per expectation, in order. */
    public List<Check> run(BatterySettings settings) {
        return run(settings, message -> { });
    }

    /**
     * Runs the battery, telling {@code progress} what it runs ("baseline and 20 policies, 16 replications each") and
     * each tenth of the months simulated ("30% of the months simulated"), and returns one check per expectation, in
     * order. The baseline and every policy run in one batch: they share the months before the baseline's start, which
     * each replication simulates once (see {@link org.muhojir.core.replication.Replications#run}).
     */
    public List<Check> run(BatterySettings settings, Consumer<String> progress) {
        Scenario baseline = settings.baseline();
        List<List<ScheduledShock>> policies = expectations.stream().map(Expectation::shocks).distinct().toList();
        progress.accept("baseline and " + policies.size() + " policies, " + settings.replications()
                + " replications each");
        List<Scenario> scenarios = new ArrayList<>();
        scenarios.add(baseline);
        policies.forEach(shocks -> scenarios.add(baseline.plusShocks(shocks)));
        List<List<RunResult>> runs = replicate(scenarios, settings, tenths(progress));
        List<RunResult> baseRuns = runs.get(0);
        List<Check> checks = new ArrayList<>();
        for (Expectation e : expectations) {
            List<RunResult> policyRuns = runs.get(1 + policies.indexOf(e.shocks()));
            double[] responses;
            try {
                responses = e.outcome().responses(baseRuns, policyRuns);
            } catch (IllegalArgumentException problem) {
                throw new IllegalArgumentException(e.name() + ": " + problem.getMessage(), problem);
            }
            checks.add(Check.of(e, responses));
        }
        return checks;
    }

    /** Tells {@code progress} each tenth of the months simulated, once, from whichever worker reaches it. */
    private static MonthProgress tenths(Consumer<String> progress) {
        AtomicInteger told = new AtomicInteger();
        return (done, total) -> {
            int tenth = (int) (10 * done / total);
            int before = told.getAndAccumulate(tenth, Math::max);
            if (tenth > before && tenth < 10) {
                progress.accept(tenth * 10 + "% of the months simulated");
            }
        };
    }

    private static List<List<RunResult>> replicate(List<Scenario> scenarios, BatterySettings settings,
                                                   MonthProgress progress) {
        try {
            return Muhojir.replicate(scenarios, settings.options(), settings.replications(), settings.parallel(),
                    progress, () -> false);
        } catch (StoppedException e) {
            throw new IllegalStateException("interrupted while running the battery", e);
        }
    }
}
