package org.muhojir.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.outcome.RunResult;
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

    /** Runs a scenario to its end and returns its monthly outcomes; observers receive every event. */
    public static RunResult run(Scenario scenario, RunOptions options, ModelObserver... observers) {
        MuhojirModel model = new MuhojirModel(scenario, options);
        for (ModelObserver o : observers) {
            model.addObserver(o);
        }
        model.start();
        model.runToEnd();
        return model.result();
    }

    /**
     * Runs replications 0 to {@code replications - 1} of a scenario, {@code parallel} at a time, each stepping its
     * population on {@code options.threads()} threads. Results are in replication order and do not depend on
     * either thread count; replication k of two scenarios shares its random draws (common random numbers).
     */
    public static List<RunResult> replicate(Scenario scenario, RunOptions options, int replications, int parallel) {
        if (replications < 1 || parallel < 1) {
            throw new IllegalArgumentException("replications and parallel must be at least 1, were " + replications
                    + " and " + parallel);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, replications));
        try {
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                RunOptions o = options.withReplication(r);
                futures.add(pool.submit(() -> run(scenario, o)));
            }
            List<RunResult> results = new ArrayList<>();
            for (Future<RunResult> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
