package org.muhojir.core;

import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.replication.Replications;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * The entry point for embedding Muhojir: run a scenario, or replications of it, and get the results.
 *
 * <pre>{@code
 * Scenario s = Muhojir.defaultScenario().withSampleFraction(0.05);
 * RunResult r = Muhojir.run(s, RunOptions.seed(42));
 * r.annual().forEach(System.out::println);
 * }</pre>
 */
public final class Muhojir {
    private Muhojir() {
    }

    /** The documented present-day baseline for Tajikistan (see {@link TajikistanDefaults}). */
    public static Scenario defaultScenario() {
        return TajikistanDefaults.baseline();
    }

    /**
     * Runs a scenario to its end and returns its monthly outcomes; observers receive every event. A scenario's
     * warnings ({@link Scenario#warnings()}: values that are legal but probably not what was meant, such as a share of
     * households too small for its figures to mean anything, or a shock that ends before the first reported month)
     * do not stop a run and are not printed here, as the command line prints them: read them before running.
     */
    public static RunResult run(Scenario scenario, RunOptions options, ModelObserver... observers) {
        Objects.requireNonNull(observers, "observers is null; pass none for a run without observers");
        MuhojirModel model = new MuhojirModel(scenario, options);
        for (int i = 0; i < observers.length; i++) {
            model.addObserver(Objects.requireNonNull(observers[i], "observers[" + i + "] is null"));
        }
        model.start();
        model.runToEnd();
        return model.result();
    }

    /**
     * Runs replications 0 to {@code replications - 1} of a scenario, {@code parallel} at a time, each stepping its
     * population on {@code options.threads()} threads. Results are in replication order and do not depend on
     * either thread count; replication k of two scenarios shares its random draws (common random numbers).
     *
     * @param replications how many replications (1 or more)
     * @param parallel     how many run at a time (1 or more)
     * @throws IllegalArgumentException if either count is below 1
     */
    public static List<RunResult> replicate(Scenario scenario, RunOptions options, int replications, int parallel) {
        Objects.requireNonNull(scenario, "scenario is null");
        try {
            return replicate(List.of(scenario), options, replications, parallel, MonthProgress.NONE, () -> false)
                    .get(0);
        } catch (StoppedException e) {
            throw new IllegalStateException("interrupted while running replications", e);
        }
    }

    /**
     * Runs replications 0 to {@code replications - 1} of every scenario, {@code parallel} runs at a time, as
     * {@link #replicate(List, RunOptions, int, int, MonthProgress, BooleanSupplier)} does, without progress or a way
     * to stop: a baseline and its policies in one call share their warm-up and history (simulated once a
     * replication).
     *
     * @param replications how many replications of each scenario (1 or more)
     * @param parallel     how many runs at a time (1 or more)
     * @return per scenario (in the order given), its runs in replication order
     * @throws IllegalArgumentException if either count is below 1
     */
    public static List<List<RunResult>> replicate(List<Scenario> scenarios, RunOptions options, int replications,
                                                  int parallel) {
        try {
            return replicate(scenarios, options, replications, parallel, MonthProgress.NONE, () -> false);
        } catch (StoppedException e) {
            throw new IllegalStateException("interrupted while running replications", e);
        }
    }

    /**
     * Runs replications 0 to {@code replications - 1} of every scenario, {@code parallel} runs at a time, each
     * stepping its population on {@code options.threads()} threads, with the same seed: replication k of every
     * scenario shares its random draws (common random numbers), so the differences between scenarios are theirs,
     * not noise. Results do not depend on either thread count. Scenarios that share their months before the first
     * reported one (a baseline and policies that start with it or later) simulate those months once a replication
     * and continue from the state they reach, with the results of separate runs ({@link Replications#run}).
     *
     * @param progress hears each simulated month (from the worker threads)
     * @param stop     asked before every month of every run; once it says true the batch stops between two months
     * @return per scenario (in the order given), its runs in replication order
     * @throws StoppedException if {@code stop} said true (or this thread was interrupted) before every run finished
     */
    public static List<List<RunResult>> replicate(List<Scenario> scenarios, RunOptions options, int replications,
                                                  int parallel, MonthProgress progress, BooleanSupplier stop)
            throws StoppedException {
        Objects.requireNonNull(scenarios, "scenarios is null");
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("scenarios is empty: give at least one scenario to run");
        }
        for (int i = 0; i < scenarios.size(); i++) {
            Objects.requireNonNull(scenarios.get(i), "scenarios[" + i + "] is null");
        }
        return new Replications(options, replications, parallel, progress, stop).run(scenarios);
    }
}
