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
        conf.setMaster(withRetries(master));
        this.spark = SparkSession.builder().config(conf).getOrCreate();
        this.context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.context.setLogLevel("ERROR");
        this.partitions = options.partitions();
        this.failFirstAttemptOf = failFirstAttemptOf;
    }

    /** {@code local[N]} as {@code local[N,4]}: in local mode Spark retries a task only when the master says so. */
    static String withRetries(String master) {
        Matcher m = LOCAL.matcher(master.strip());
        return m.matches() ? "local[" + m.group(1) + "," + TASK_ATTEMPTS + "]" : master;
    }

    @Override
    public List<RunRecord> run(Ensemble ensemble, BooleanSupplier stop) throws StoppedException {
        List<WorkItem> items = ensemble.items();
        int slices = Math.max(1, Math.min(items.size(), partitions != null ? partitions
                : 2 * context.defaultParallelism()));
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
            throw new IllegalStateException("the Spark job failed: " + e.getCause().getMessage(), e.getCause());
        }
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
