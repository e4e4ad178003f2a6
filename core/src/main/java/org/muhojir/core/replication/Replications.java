package org.muhojir.core.replication;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;

/**
 * The one pool that runs replications: replications 0 to n-1 of each of several scenarios, {@code parallel} runs at
 * a time, each stepping its households on {@code options.threads()} threads, month by month so that it can report
 * each month and stop between two months.
 *
 * <p>Every run uses {@code options}' seed, so replication k of every scenario shares its random draws with
 * replication k of the others (common random numbers), and the results do not depend on {@code parallel} or on
 * {@code options.threads()}: the draws are keyed by seed, replication, household, month and purpose, never by the
 * thread that makes them.
 */
public final class Replications {
    private final RunOptions options;
    private final int replications;
    private final int parallel;
    private final MonthProgress progress;
    private final BooleanSupplier stop;
    private final ScenarioVariation variation;

    /**
     * @param options      seed, threads per run and rules (its replication number is ignored)
     * @param replications replications per scenario (1 or more)
     * @param parallel     runs at once (1 or more)
     * @param progress     hears each simulated month
     * @param stop         asked before each month; once it says true, no run starts another month
     */
    public Replications(RunOptions options, int replications, int parallel, MonthProgress progress,
                        BooleanSupplier stop) {
        if (replications < 1 || parallel < 1) {
            throw new IllegalArgumentException("replications and parallel must be at least 1, were " + replications
                    + " and " + parallel);
        }
        this.options = java.util.Objects.requireNonNull(options, "options is null; use RunOptions.seed(...)");
        this.replications = replications;
        this.parallel = parallel;
        this.progress = java.util.Objects.requireNonNull(progress, "progress is null; use MonthProgress.NONE");
        this.stop = java.util.Objects.requireNonNull(stop, "stop is null; use () -> false");
        this.variation = ScenarioVariation.NONE;
    }

    private Replications(Replications r, ScenarioVariation variation) {
        this.options = r.options;
        this.replications = r.replications;
        this.parallel = r.parallel;
        this.progress = r.progress;
        this.stop = r.stop;
        this.variation = java.util.Objects.requireNonNull(variation, "variation is null; use ScenarioVariation.NONE");
    }

    /**
     * These replications with replication k of each scenario running {@code variation.forReplication(scenario, k)}
     * instead of the scenario itself (for example parameters drawn from their uncertainty).
     */
    public Replications withVariation(ScenarioVariation variation) {
        return new Replications(this, variation);
    }

    /** Months that {@code replications} replications of every scenario simulate in all. */
    public static long totalMonths(List<Scenario> scenarios, int replications) {
        return scenarios.stream().mapToLong(s -> (long) s.months() * replications).sum();
    }

    /**
     * Runs every replication of every scenario.
     *
     * @return per scenario (in the order given), its runs in replication order
     * @throws StoppedException if the stop check said true before every run finished (or the calling thread was
     *                          interrupted)
     */
    public List<List<RunResult>> run(List<Scenario> scenarios) throws StoppedException {
        Batch batch = new Batch(totalMonths(scenarios, replications));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, scenarios.size() * replications),
                r -> {
                    Thread t = new Thread(r, "muhojir-replication");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<List<Future<RunResult>>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                List<Future<RunResult>> runs = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    RunOptions o = options.withReplication(r);
                    Scenario variant = variation.forReplication(s, r);
                    runs.add(pool.submit(() -> batch.one(variant, o)));
                }
                futures.add(runs);
            }
            return batch.collect(futures);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            batch.abandoned.set(true);
            throw batch.stopped();
        } catch (ExecutionException e) {
            batch.abandoned.set(true);
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The state of one call of {@link #run}: months done, and whether a failure or interrupt ended it. */
    private final class Batch {
        private final long total;
        private final AtomicLong done = new AtomicLong();
        private final AtomicBoolean abandoned = new AtomicBoolean();

        Batch(long total) {
            this.total = total;
        }

        List<List<RunResult>> collect(List<List<Future<RunResult>>> futures)
                throws InterruptedException, ExecutionException, StoppedException {
            List<List<RunResult>> results = new ArrayList<>();
            for (List<Future<RunResult>> perScenario : futures) {
                List<RunResult> runs = new ArrayList<>();
                for (Future<RunResult> f : perScenario) {
                    RunResult r = f.get();
                    if (r == null) {
                        abandoned.set(true);
                        awaitEveryRun(futures);
                        throw stopped();
                    }
                    runs.add(r);
                }
                results.add(runs);
            }
            return results;
        }

        /**
         * Waits until every run has returned, so that none is still in a month when the batch reports how many
         * months were done (a run that is stopping ends at its next check, so this waits a month at the most).
         */
        private void awaitEveryRun(List<List<Future<RunResult>>> futures) throws InterruptedException {
            for (List<Future<RunResult>> perScenario : futures) {
                for (Future<RunResult> f : perScenario) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        // the batch is stopping; a run that failed meanwhile has nothing left to report
                    }
                }
            }
        }

        StoppedException stopped() {
            return new StoppedException(done.get(), total);
        }

        /** One run, month by month; null if stopped first. */
        RunResult one(Scenario s, RunOptions o) {
            if (stopping()) {
                return null;
            }
            MuhojirModel model = new MuhojirModel(s, o);
            try {
                model.start();
                while (!model.isFinished()) {
                    if (stopping()) {
                        return null;
                    }
                    model.stepMonth();
                    progress.monthSimulated(done.incrementAndGet(), total);
                }
                return model.result();
            } finally {
                model.finish();
            }
        }

        private boolean stopping() {
            return abandoned.get() || stop.getAsBoolean();
        }
    }
}
