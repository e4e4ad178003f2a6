package org.muhojir.core.replication;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.muhojir.core.engine.ModelAtStart;
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
    private final StartStore starts;

    /**
     * @param options      seed, threads per run and rules (its replication number is ignored)
     * @param replications replications per scenario (1 or more)
     * @param parallel     runs at once (1 or more)
     * @param progress     hears each simulated month, those before the first reported one included
     * @param stop         asked before each month (and after each month before the first reported one); once it says
     *                     true, no run starts another month
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
        this.starts = StartStore.NONE;
    }

    private Replications(Replications r, ScenarioVariation variation, StartStore starts) {
        this.options = r.options;
        this.replications = r.replications;
        this.parallel = r.parallel;
        this.progress = r.progress;
        this.stop = r.stop;
        this.variation = java.util.Objects.requireNonNull(variation, "variation is null; use ScenarioVariation.NONE");
        this.starts = java.util.Objects.requireNonNull(starts, "starts is null; use StartStore.NONE");
    }

    /**
     * These replications with replication k of each scenario running {@code variation.forReplication(scenario, k)}
     * instead of the scenario itself (for example parameters drawn from their uncertainty).
     */
    public Replications withVariation(ScenarioVariation variation) {
        return new Replications(this, variation, starts);
    }

    /**
     * These replications keeping the state each run reaches at its first reported month in {@code starts}, and
     * continuing from a state kept there instead of simulating the months before the start again (with the same
     * results: {@link StartStore}).
     */
    public Replications withStartStore(StartStore starts) {
        return new Replications(this, variation, starts);
    }

    /**
     * Runs every replication of every scenario. Scenarios that share their months before the first reported one
     * (a baseline and its policies: {@link ModelAtStart#shareMonthsBeforeStart}) simulate those months once a
     * replication, and each continues from the state they reach; the results are those of separate runs, draw for
     * draw. Unless that leaves fewer runs than {@code parallel} to run at once: every scenario is then run on its own,
     * so that no worker waits.
     *
     * @return per scenario (in the order given), its runs in replication order
     * @throws StoppedException if the stop check said true before every run finished (or the calling thread was
     *                          interrupted)
     */
    public List<List<RunResult>> run(List<Scenario> scenarios) throws StoppedException {
        List<Job> jobs = jobs(scenarios);
        Batch batch = new Batch(jobs.stream().mapToLong(Job::months).sum());
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, jobs.size()), r -> {
            Thread t = new Thread(r, "muhojir-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RunResult[]>> futures = new ArrayList<>();
            for (Job job : jobs) {
                futures.add(pool.submit(() -> batch.runs(job)));
            }
            return batch.collect(jobs, futures, scenarios.size());
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

    /**
     * One task of the pool: replication {@code replication} of the scenarios at {@code indices} of the batch, whose
     * variants ({@link ScenarioVariation}) share their months before the start when there are several.
     */
    record Job(int replication, List<Integer> indices, List<Scenario> variants) {
        /** Months the job simulates: the first variant's months before the start once, and every variant's own. */
        long months() {
            return variants.get(0).monthsBeforeStart() + variants.stream().mapToLong(Scenario::months).sum();
        }
    }

    /**
     * The tasks: one for each group of scenarios that share their months before the start in each replication,
     * unless there are then fewer than {@code parallel}; else one for each scenario and replication.
     */
    private List<Job> jobs(List<Scenario> scenarios) {
        List<Job> shared = new ArrayList<>();
        List<Job> separate = new ArrayList<>();
        List<List<Scenario>> variants = new ArrayList<>();
        for (int r = 0; r < replications; r++) {
            List<Scenario> inReplication = new ArrayList<>();
            for (Scenario s : scenarios) {
                inReplication.add(variation.forReplication(s, r));
            }
            variants.add(inReplication);
            shared.addAll(groups(r, inReplication));
        }
        for (int i = 0; i < scenarios.size(); i++) {
            for (int r = 0; r < replications; r++) {
                separate.add(new Job(r, List.of(i), List.of(variants.get(r).get(i))));
            }
        }
        return shared.size() >= Math.min(parallel, separate.size()) ? shared : separate;
    }

    /** The scenarios of replication {@code r} grouped by the months before their start, in order of first member. */
    static List<Job> groups(int r, List<Scenario> variants) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                if (ModelAtStart.shareMonthsBeforeStart(variants.get(g.get(0)), variants.get(i))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(i);
        }
        return groups.stream().map(g -> new Job(r, List.copyOf(g), g.stream().map(variants::get).toList())).toList();
    }

    /**
     * The state of one call of {@link #run}: months done out of the months to simulate (fewer once a run continues
     * from a kept state, more if a variant cannot continue from its job's state), and whether a failure or interrupt
     * ended it.
     */
    private final class Batch {
        private final AtomicLong total;
        private final AtomicLong done = new AtomicLong();
        private final AtomicBoolean abandoned = new AtomicBoolean();

        Batch(long total) {
            this.total = new AtomicLong(total);
        }

        List<List<RunResult>> collect(List<Job> jobs, List<Future<RunResult[]>> futures, int scenarioCount)
                throws InterruptedException, ExecutionException, StoppedException {
            RunResult[][] results = new RunResult[scenarioCount][replications];
            for (int j = 0; j < jobs.size(); j++) {
                RunResult[] runs = futures.get(j).get();
                Job job = jobs.get(j);
                for (int k = 0; k < runs.length; k++) {
                    if (runs[k] == null) {
                        abandoned.set(true);
                        awaitEveryRun(futures);
                        throw stopped();
                    }
                    results[job.indices().get(k)][job.replication()] = runs[k];
                }
            }
            List<List<RunResult>> lists = new ArrayList<>();
            for (RunResult[] perScenario : results) {
                lists.add(List.of(perScenario));
            }
            return lists;
        }

        /**
         * Waits until every run has returned, so that none is still in a month when the batch reports how many
         * months were done (a run that is stopping ends at its next check, so this waits a month at the most).
         */
        private void awaitEveryRun(List<Future<RunResult[]>> futures) throws InterruptedException {
            for (Future<RunResult[]> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    // the batch is stopping; a run that failed meanwhile has nothing left to report
                }
            }
        }

        StoppedException stopped() {
            return new StoppedException(done.get(), total.get());
        }

        /**
         * The runs of one job, in its order: the first scenario's model is started (the warm-up and history), its
         * state there kept if others follow, and each of the others runs from that state. An entry is null if the
         * batch stopped before that run finished.
         */
        RunResult[] runs(Job job) {
            RunOptions o = options.withReplication(job.replication());
            RunResult[] results = new RunResult[job.variants().size()];
            if (stopping()) {
                return results;
            }
            ModelAtStart atStart = runFirst(job, o, results);
            for (int k = 1; k < results.length && results[k - 1] != null; k++) {
                Scenario variant = job.variants().get(k);
                if (atStart == null) {
                    total.addAndGet(variant.monthsBeforeStart()); // it simulates its own months before the start
                }
                MuhojirModel model = atStart != null ? atStart.runAs(variant, o.threads()) : started(variant, o);
                if (model == null) {
                    break; // stopped in its months before the start
                }
                try {
                    results[k] = toEnd(model);
                } finally {
                    model.finish();
                }
            }
            return results;
        }

        /**
         * Runs the job's first scenario into {@code results[0]} and returns its state at the first reported month if
         * others follow (else null). The model itself is dropped on return, so that only its state stays in memory.
         * The run starts from the state kept for it in the start store if there is one (and it restores), else it is
         * started and its state kept there.
         */
        private ModelAtStart runFirst(Job job, RunOptions o, RunResult[] results) {
            Scenario scenario = job.variants().get(0);
            String key = starts == StartStore.NONE ? null : keyOf(scenario, o);
            ModelAtStart atStart = key == null ? null : starts.find(key, scenario).orElse(null);
            MuhojirModel first = atStart == null ? null : restored(atStart, scenario, o.threads());
            if (first != null) {
                total.addAndGet(-scenario.monthsBeforeStart()); // continues from the kept state
            } else {
                first = started(scenario, o);
                if (first == null) {
                    return null; // stopped in its months before the start
                }
                atStart = results.length > 1 || key != null ? stateAtStart(first) : null;
                if (key != null && atStart != null) {
                    starts.keep(key, atStart);
                }
            }
            try {
                results[0] = toEnd(first);
                return results.length > 1 ? atStart : null;
            } finally {
                first.finish();
            }
        }

        /** The state's name in the start store, or null if the run's options cannot name one (its rules). */
        private static String keyOf(Scenario scenario, RunOptions o) {
            try {
                return ModelAtStart.keyOf(scenario, o);
            } catch (UncheckedIOException notSerialisable) {
                return null;
            }
        }

        /** A model of {@code scenario} from a kept state, or null if the state does not restore (then it is run). */
        private static MuhojirModel restored(ModelAtStart kept, Scenario scenario, int threads) {
            try {
                return kept.runAs(scenario, threads);
            } catch (UncheckedIOException | IllegalStateException | ClassCastException unreadable) {
                return null;
            }
        }

        /**
         * The started model's state, or null if it cannot be kept: a rule of the run's options that does not
         * serialise (an embedding program's rule holding something that is not serialisable). The job's other
         * scenarios then simulate their own months before the start, with the same results.
         */
        private static ModelAtStart stateAtStart(MuhojirModel started) {
            try {
                return ModelAtStart.of(started);
            } catch (UncheckedIOException notSerialisable) {
                return null;
            }
        }

        /**
         * A model of {@code s} started (its months before the start simulated, each counted as done), or null if
         * the batch was stopped first.
         */
        private MuhojirModel started(Scenario s, RunOptions o) {
            MuhojirModel model = new MuhojirModel(s, o);
            boolean reachedStart;
            try {
                reachedStart = model.start(() -> {
                    monthDone();
                    return !stopping();
                });
            } catch (RuntimeException e) {
                model.finish();
                throw e;
            }
            if (!reachedStart) {
                model.finish();
                return null;
            }
            return model;
        }

        /** Steps a started model month by month to its end; null if stopped first. */
        private RunResult toEnd(MuhojirModel model) {
            while (!model.isFinished()) {
                if (stopping()) {
                    return null;
                }
                model.stepMonth();
                monthDone();
            }
            return model.result();
        }

        private void monthDone() {
            progress.monthSimulated(done.incrementAndGet(), total.get());
        }

        private boolean stopping() {
            return abandoned.get() || stop.getAsBoolean();
        }
    }
}
