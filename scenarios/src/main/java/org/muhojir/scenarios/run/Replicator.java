package org.muhojir.scenarios.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;

/**
 * Runs replications 0..n-1 of one or more scenarios in parallel, with the same seed for all, so replication k of
 * every scenario shares its random draws (common random numbers). Does what {@code Muhojir.replicate} does, month
 * by month, so that it can report progress and stop between two months when asked (Ctrl-C).
 *
 * <p>Threads: up to {@code threads} runs at once, each stepping its households on {@code threads / parallel}
 * threads. Results do not depend on either number.
 */
public final class Replicator {
    private static final Logger LOG = LogManager.getLogger(Replicator.class);

    private final int threads;
    private final Progress progress;
    private final AtomicBoolean stop;

    /**
     * @param threads  worker threads in all (1 or more)
     * @param progress hears each simulated month
     * @param stop     set to stop the batch between two months
     */
    public Replicator(int threads, Progress progress, AtomicBoolean stop) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.threads = threads;
        this.progress = progress;
        this.stop = stop;
    }

    /**
     * Runs {@code replications} replications of each scenario with {@code seed}.
     *
     * @return per scenario (in the order given), its runs in replication order
     * @throws StoppedException if {@code stop} was set before every run finished
     */
    public List<List<RunResult>> run(List<Scenario> scenarios, long seed, int replications) throws StoppedException {
        int jobs = scenarios.size() * replications;
        int parallel = Math.min(threads, jobs);
        int inner = Math.max(1, threads / parallel);
        long total = 0;
        for (Scenario s : scenarios) {
            total += (long) s.months() * replications;
        }
        AtomicLong done = new AtomicLong();
        LOG.debug("{} runs, {} at a time, {} thread(s) each", jobs, parallel, inner);
        ExecutorService pool = Executors.newFixedThreadPool(parallel, r -> {
            Thread t = new Thread(r, "muhojir-run");
            t.setDaemon(true);
            return t;
        });
        progress.start(total);
        try {
            List<List<Future<RunResult>>> futures = new ArrayList<>();
            for (Scenario s : scenarios) {
                List<Future<RunResult>> perScenario = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    RunOptions o = RunOptions.seed(seed).withReplication(r).withThreads(inner);
                    perScenario.add(pool.submit(() -> one(s, o, done)));
                }
                futures.add(perScenario);
            }
            List<List<RunResult>> results = new ArrayList<>();
            for (List<Future<RunResult>> perScenario : futures) {
                List<RunResult> runs = new ArrayList<>();
                for (Future<RunResult> f : perScenario) {
                    RunResult r = f.get();
                    if (r == null) {
                        throw new StoppedException(done.get(), total);
                    }
                    runs.add(r);
                }
                results.add(runs);
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop.set(true);
            throw new StoppedException(done.get(), total);
        } catch (ExecutionException e) {
            stop.set(true);
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
    }

    /** One run, month by month; null if stopped. */
    private RunResult one(Scenario s, RunOptions o, AtomicLong done) {
        if (stop.get()) {
            return null;
        }
        MuhojirModel model = new MuhojirModel(s, o);
        try {
            model.start();
            while (!model.isFinished()) {
                if (stop.get()) {
                    return null;
                }
                model.stepMonth();
                done.incrementAndGet();
                progress.advance();
            }
            return model.result();
        } finally {
            model.finish();
        }
    }
}
