package org.muhojir.scenarios.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MetricValue;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.run.RunSettings;

/**
 * Times one replication of a scenario ({@link BenchScenario} unless another is given) end to end, as a user's run
 * would go: build the population, then simulate every month on the threads asked for. Nothing is warmed up first,
 * so the time includes the JIT's compilation; the heap's peak is taken from a garbage collection just before the
 * build to the last month.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * Runs the benchmark on a scenario ({@link BenchScenario} or any other), at its own sample fraction and for
     * all of its months.
     *
     * @param scenario    what to simulate
     * @param description what to call it in the report
     * @param settings    the seed and the worker threads (1 or more)
     * @param progress    told what is happening (a line at the build and at the run), for the user
     */
    public static BenchResult run(Scenario scenario, String description, RunSettings settings,
                                  Consumer<String> progress) {
        int months = scenario.months();
        int threads = settings.threads();
        long seed = settings.seed();
        HeapPeak heap = new HeapPeak();
        progress.accept(String.format(java.util.Locale.ROOT, "building %,d households...",
                scenario.population().simulatedHouseholds()));
        heap.start();
        long t0 = System.nanoTime();
        MuhojirModel model = new MuhojirModel(scenario, RunOptions.seed(seed).withThreads(threads));
        model.start();
        long built = System.nanoTime();
        long live = HeapPeak.liveBytes(); // between the two timed parts
        progress.accept("simulating " + months + " months on " + threads + " thread" + (threads == 1 ? "" : "s")
                + "...");
        long cpu0 = processCpuNanos();
        long t1 = System.nanoTime();
        try {
            for (int m = 0; m < months; m++) {
                model.stepMonth();
            }
        } finally {
            model.finish();
        }
        long done = System.nanoTime();
        long cpu = cpu0 < 0 ? -1 : processCpuNanos() - cpu0;
        return new BenchResult(description, model.households().size, scenario.population().sampleFraction(), months,
                scenario.monthsBeforeStart(),
                threads, seed, built - t0,
                done - t1, cpu, heap.peakBytes(), live, digest(model.outcomes()), Machine.current());
    }

    /**
     * SHA-256 of every month's outcomes (each metric's name, group and exact value), hexadecimal: two runs of the
     * same scenario and seed give the same digest whatever their thread counts.
     */
    static String digest(List<MonthlyOutcome> outcomes) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            ByteBuffer value = ByteBuffer.allocate(Long.BYTES);
            for (MonthlyOutcome o : outcomes) {
                d.update(o.month().toString().getBytes(StandardCharsets.UTF_8));
                for (MetricValue m : o.metrics()) {
                    d.update((m.name() + "|" + m.group() + "|").getBytes(StandardCharsets.UTF_8));
                    d.update(value.clear().putLong(Double.doubleToLongBits(m.value())).array());
                }
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** CPU time this JVM has used so far, all its threads (the model's, the JIT's, the collector's), or -1. */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : -1;
    }
}
