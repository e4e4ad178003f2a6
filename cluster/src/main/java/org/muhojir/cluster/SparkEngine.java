package org.muhojir.cluster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaFutureAction;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.ensemble.Ensemble;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.ensemble.RunRecord;
import org.muhojir.scenarios.ensemble.WorkItem;
import org.muhojir.scenarios.run.UserError;

/**
 * Runs an ensemble's work items as one Spark job: the items are spread over partitions, each partition rebuilds the
 * ensemble once from its {@link org.muhojir.scenarios.ensemble.EnsembleSpec} and runs its items one after the other
 * (one thread each; Spark runs partitions in parallel), and the compact records come back to the driver, sorted into
 * the items' order. A failed task is run again by Spark (up to {@value #TASK_ATTEMPTS} attempts, locally too); its
 * records are the same whichever attempt makes them, as every draw is keyed by seed and replication. Stopping
 * cancels the job.
 */
public final class SparkEngine implements EnsembleEngine {
    /** Attempts of a task before the job fails: Spark's default on a cluster, also set for local masters. */
    public static final int TASK_ATTEMPTS = 4;
    private static final Pattern LOCAL = Pattern.compile("local\\[(\\*|\\d+)]");
    private static final long POLL_MILLIS = 200;

    private final SparkSession spark;
    private final JavaSparkContext context;
    /** The master as given (--master, spark-submit's, or the default), for messages. */
    private final String master;
    private final Integer partitions;
    private final int failFirstAttemptOf;

    /** Opens Spark as {@code options} say. */
    public SparkEngine(SparkOptions options) {
        this(options, -1);
    }

    /**
     * Opens Spark as {@code options} say, making the task that runs item {@code failFirstAttemptOf} fail on its
     * first attempt (-1: none): for the test that a retried task gives the same results.
     */
    SparkEngine(SparkOptions options, int failFirstAttemptOf) {
        SparkConf conf = new SparkConf().setAppName("muhojir").set("spark.ui.enabled", "false")
                .set("spark.task.maxFailures", Integer.toString(TASK_ATTEMPTS));
        String master = options.master() != null ? options.master() : conf.get("spark.master", SparkOptions.DEFAULT_MASTER);
        String from = options.master() != null ? "--master" : "the master spark-submit set";
        try {
            options.check();
            SparkOptions.checkMaster(master, from);
        } catch (UserError e) {
            throw new SparkUserError(e.getMessage());
        }
        conf.setMaster(withRetries(master));
        this.master = master.strip();
        this.spark = open(conf, this.master, from);
        if (spark.sparkContext().isStopped()) { // a standalone master that never answered: Spark gave up
            spark.stop();
            throw unreachable(this.master, "no master answered within Spark's attempts (about a minute)");
        }
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.context.setLogLevel("ERROR");
        this.partitions = options.partitions();
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    /**
     * Starts Spark; a master Spark refuses (SparkException) is the user's mistake, named as such: YARN and
     * Kubernetes masters need Spark's spark-yarn or spark-kubernetes, which a Spark distribution's spark-submit
     * brings and the launcher's class path has not.
     */
    private static SparkSession open(SparkConf conf, String master, String from) {
        try {
            return SparkSession.builder().config(conf).getOrCreate();
        } catch (IllegalStateException e) {
            // "LiveListenerBus is stopped": a cluster master that never answered, Spark gave up while it started
            if (master.startsWith("local")) {
                throw e;
            }
            throw unreachable(master, "no master answered within Spark's attempts (about a minute; " + firstLine(e)
                    + ")");
        } catch (Exception e) {
            if (!(e instanceof SparkException)) {
                throw e;
            }
            boolean yarn = master.equals("yarn");
            if ((yarn || master.startsWith("k8s://")) && String.valueOf(e.getMessage()).startsWith("Could not parse")) {
                throw new SparkUserError(from + " " + master + " needs Spark's " + (yarn ? "YARN" : "Kubernetes")
                        + " support, which the launcher's Spark has not: submit with the spark-submit of a Spark "
                        + "distribution that has it (docs/ensembles.md), or use spark://HOST:PORT or local[*]");
            }
            throw new SparkUserError("Spark cannot start with " + from + " " + master + ": " + firstLine(e));
        }
    }

    /** {@code local[N]} as {@code local[N,4]}: in local mode Spark retries a task only when the master says so. */
    static String withRetries(String master) {
        Matcher m = LOCAL.matcher(master.strip());
        return m.matches() ? "local[" + m.group(1) + "," + TASK_ATTEMPTS + "]" : master;
    }

    @Override
    public List<RunRecord> run(Ensemble ensemble, BooleanSupplier stop) throws StoppedException {
        try {
            return runJob(ensemble, stop);
        } catch (IllegalStateException e) {
            // "Cannot call methods on a stopped SparkContext": the master stopped it (unreachable, or it went away)
            throw unreachableIfStopped(e);
        }
    }

    private List<RunRecord> runJob(Ensemble ensemble, BooleanSupplier stop) throws StoppedException {
        List<WorkItem> items = ensemble.items();
        int slices = Math.max(1, Math.min(items.size(), partitions != null ? partitions
                : 2 * context.defaultParallelism())); // partitions >= 1 (SparkOptions.check)
        Scenario first = ensemble.scenarios().get(0);
        long monthsPerRun = first.monthsBeforeStart() + first.months(); // as the local pool counts them
        LongAccumulator done = context.sc().longAccumulator("runs done");
        JavaFutureAction<List<RunRecord>> job = context.parallelize(items, slices)
                .mapPartitions(new RunPartition(ensemble.spec(), failFirstAttemptOf, done))
                .collectAsync();
        List<RunRecord> records = await(job, stop, () -> new StoppedException(done.value() * monthsPerRun,
                items.size() * monthsPerRun));
        List<RunRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingInt(r -> r.item().index()));
        return sorted;
    }

    private List<RunRecord> await(JavaFutureAction<List<RunRecord>> job, BooleanSupplier stop,
                                  java.util.function.Supplier<StoppedException> stopped) throws StoppedException {
        try {
            while (true) {
                if (stop.getAsBoolean()) {
                    job.cancel(true);
                    throw stopped.get();
                }
                try {
                    return job.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    // still running: ask again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.cancel(true);
            throw stopped.get();
        } catch (ExecutionException e) {
            if (stop.getAsBoolean()) {
                throw stopped.get(); // Ctrl-C or SIGTERM: Spark's own shutdown hook may have ended the job first
            }
            throw unreachableIfStopped(new IllegalStateException("the Spark job failed: " + e.getCause().getMessage(),
                    e.getCause()));
        }
    }

    /**
     * {@code failure}, or when Spark has stopped its context under a cluster master (what Spark does when no master
     * answers: "All masters are unresponsive! Giving up.", or when the master ends the application) the user error
     * that the master cannot be reached.
     */
    private RuntimeException unreachableIfStopped(RuntimeException failure) {
        if (!context.sc().isStopped() || master.startsWith("local")) {
            return failure;
        }
        return unreachable(master, "Spark stopped its context (no master answered within Spark's attempts, about a "
                + "minute, or the master ended this application)");
    }

    /** The master cannot be reached ({@code why}), with what to do. */
    private static SparkUserError unreachable(String master, String why) {
        return new SparkUserError("cannot reach the Spark master " + master + ": " + why + "; check it is running "
                + "and that this machine can reach it, or use --master local[*]");
    }

    private static String firstLine(Throwable t) {
        String m = t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
        int nl = m.indexOf('\n');
        String line = (nl < 0 ? m : m.substring(0, nl)).strip();
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    @Override
    public List<String> writeLarge(Path folder, Ensemble ensemble, List<RunRecord> records) {
        return ParquetRuns.write(spark, folder, ensemble, records);
    }

    @Override
    public String describe() {
        return "Spark " + context.master() + " (" + context.defaultParallelism() + " at once)";
    }

    /** The Spark context (for tests). */
    JavaSparkContext context() {
        return context;
    }

    @Override
    public void close() {
        spark.stop();
    }
}
