package org.muhojir.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.Muhojir;
import org.muhojir.core.calibration.Moments;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.ensemble.AnnualTable;
import org.muhojir.scenarios.ensemble.Detail;
import org.muhojir.scenarios.ensemble.Ensemble;
import org.muhojir.scenarios.ensemble.LocalEngine;
import org.muhojir.scenarios.ensemble.RunRecord;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.StudyRun;

/**
 * An ensemble on Spark ({@code local[1]}, {@code local[2]}, with different partitions, and with a task that fails
 * once) gives the very records, bit for bit, of the same runs on this machine's pool; a stopped ensemble writes
 * nothing. One Spark context at a time, as Spark allows.
 */
class SparkEnsembleTest {
    /** Two parameter points and three replications: six small runs of fourteen months. */
    private static Ensemble ensemble;
    private static List<RunRecord> local;

    @BeforeAll
    static void runLocally() throws StoppedException {
        Scenario s = Muhojir.defaultScenario().withSampleFraction(0.002).withPeriod(YearMonth.of(2024, 1), 14);
        ensemble = new Ensemble(List.of(s), List.of("behaviour.considerRate", "economy.savingRate"),
                new double[][] {{0.05, 0.06}, {0.15, 0.14}}, 3, 11,
                List.of(new YearMoment(Moments.DEPARTURES, 2024)), Detail.MONTHLY);
        local = new LocalEngine(2).run(ensemble, () -> false);
    }

    private static List<RunRecord> onSpark(String master, Integer partitions, int failFirstAttemptOf)
            throws StoppedException {
        try (SparkEngine spark = new SparkEngine(SparkOptions.of(master, partitions), failFirstAttemptOf)) {
            return spark.run(ensemble, () -> false);
        }
    }

    /** Counts the tasks that ended in failure. */
    private static final class FailedTasks extends SparkListener {
        private final AtomicInteger failed = new AtomicInteger();
        private final AtomicInteger ended = new AtomicInteger();

        @Override
        public void onTaskEnd(SparkListenerTaskEnd end) {
            if (!end.taskInfo().successful()) {
                failed.incrementAndGet();
            }
            ended.incrementAndGet();
        }

        /** Failed tasks once {@code tasks} tasks have ended (the listener hears them a little after the job). */
        int failedOf(int tasks) throws InterruptedException {
            for (int i = 0; i < 100 && ended.get() < tasks; i++) {
                Thread.sleep(50);
            }
            return failed.get();
        }
    }

    private static void assertSameRecords(List<RunRecord> expected, List<RunRecord> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(expected.get(i).sameAs(actual.get(i)), what + ": record " + i + " differs");
        }
    }

    @Test
    void sparkGivesTheLocalRunnersRecordsBitForBitWhateverTheCoresAndPartitions(@TempDir Path dir) throws Exception {
        assertEquals(6, local.size());
        assertFalse(local.get(0).sameAs(local.get(3)), "the two points differ, so the comparison can fail");
        List<RunRecord> one = onSpark("local[1]", 1, -1);
        List<RunRecord> two;
        try (SparkEngine spark = new SparkEngine(SparkOptions.of("local[2]", 5))) {
            two = spark.run(ensemble, () -> false);
            assertEquals(List.of("runs.parquet"), spark.writeLarge(dir, ensemble, two));
            Dataset<Row> parquet = SparkSession.active().read().parquet(dir.resolve("runs.parquet").toString());
            AnnualTable layout = AnnualTable.of(ensemble.scenarios().get(0));
            assertEquals(6L * 2 * layout.rows().size(), parquet.count(), "every run's rows of 2024 and 2025");
            double departures = parquet.filter("year = 2024 AND metric = 'departures' AND `group` = 'all'")
                    .agg(org.apache.spark.sql.functions.sum("value")).first().getDouble(0);
            double expected = 0;
            for (RunRecord r : local) {
                expected += r.moments()[0];
            }
            assertEquals(expected, departures, 1e-6 * expected, "the departures of 2024 over the runs");
        }
        assertSameRecords(local, one, "local[1]");
        assertSameRecords(local, two, "local[2], 5 partitions");
        AnnualTable.writeCsv(dir.resolve("local.csv"), ensemble, local);
        AnnualTable.writeCsv(dir.resolve("spark.csv"), ensemble, two);
        assertArrayEquals(Files.readAllBytes(dir.resolve("local.csv")), Files.readAllBytes(dir.resolve("spark.csv")),
                "runs.csv byte for byte");
    }

    @Test
    void aTaskThatFailsOnItsFirstAttemptIsRetriedWithTheSameResults() throws Exception {
        try (SparkEngine spark = new SparkEngine(SparkOptions.of("local[2]", 3), 4)) {
            FailedTasks listener = new FailedTasks();
            spark.context().sc().addSparkListener(listener);
            assertSameRecords(local, spark.run(ensemble, () -> false), "with item 4's first attempt failing");
            assertEquals(1, listener.failedOf(4), "three partitions, one of them tried twice");
        }
    }

    @Test
    void aStoppedEnsembleThrowsAndWritesNothing(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out");
        RunSettings settings = RunSettings.defaults(FrontEnd.SENSITIVITY);
        StringWriter err = new StringWriter();
        try (SparkEngine spark = new SparkEngine(SparkOptions.of("local[1]", 6))) {
            assertThrows(StoppedException.class, () -> spark.run(ensemble, () -> true), "stopped as it starts");
            int code = StudyRun.execute(target, settings, new PrintWriter(new StringWriter()),
                    new PrintWriter(err), new StudyRun.Study<List<RunRecord>>() {
                        @Override
                        public List<RunRecord> run(BooleanSupplier stop) throws StoppedException {
                            return spark.run(ensemble, () -> true);
                        }

                        @Override
                        public List<String> write(Path staging, List<RunRecord> records) {
                            throw new AssertionError("a stopped ensemble has nothing to write");
                        }
                    });
            assertEquals(130, code);
            assertFalse(Files.exists(target), "no output folder");
            assertTrue(err.toString().contains("Nothing was written"), err.toString());
            assertEquals(6, spark.run(ensemble, () -> false).size(), "the engine runs again after a stop");
        }
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.toList(), "no staging folder left behind");
        }
    }
}
