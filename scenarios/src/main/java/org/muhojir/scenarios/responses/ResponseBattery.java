package org.muhojir.scenarios.responses;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;

/**
 * Runs a list of expectations: the baseline once, each distinct policy once (expectations with the same shocks
 * share their runs), every run with the same seed and replication numbers, and judges each expectation on its paired
 * responses.
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
     * Runs the battery, telling {@code progress} which scenario it starts ("baseline", then "policy raids (1 of
     * 18)"...), and returns one check per expectation, in order.
     */
    public List<Check> run(BatterySettings settings, Consumer<String> progress) {
        Scenario baseline = settings.baseline();
        progress.accept("baseline");
        List<RunResult> baseRuns = replicate(baseline, settings);
        long policies = expectations.stream().map(Expectation::shocks).distinct().count();
        Map<List<ScheduledShock>, List<RunResult>> policyRuns = new LinkedHashMap<>();
        List<Check> checks = new ArrayList<>();
        for (Expectation e : expectations) {
            List<RunResult> runs = policyRuns.computeIfAbsent(e.shocks(), shocks -> {
                progress.accept("policy " + e.policyName() + " (" + (policyRuns.size() + 1) + " of " + policies
                        + ")");
                return replicate(baseline.plusShocks(shocks), settings);
            });
            double[] responses;
            try {
                responses = e.outcome().responses(baseRuns, runs);
            } catch (IllegalArgumentException problem) {
                throw new IllegalArgumentException(e.name() + ": " + problem.getMessage(), problem);
            }
            checks.add(Check.of(e, responses));
        }
        return checks;
    }

    private static List<RunResult> replicate(Scenario scenario, BatterySettings settings) {
        return Muhojir.replicate(scenario, settings.options(), settings.replications(), settings.parallel());
    }
}
