package org.muhojir.scenarios.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code muhojir bench} measured: one replication of {@link BenchScenario}, timed end to end.
 *
 * @param scenario               what was simulated, in words
 * @param households             households simulated
 * @param sampleFraction         share of the nation's households simulated
 * @param months                 months simulated and reported (timed as the run)
 * @param warmUpMonths           months simulated before them by {@code start()} (the warm-up and any history),
 *                               timed with the build
 * @param threads                worker threads stepping the population
 * @param seed                   master seed
 * @param buildNanos             time to build the model and its population and to simulate the warm-up
 *                               ({@code start()}), nanoseconds
 * @param runNanos               time to simulate every reported month, nanoseconds (wall clock; the JIT compiles
 *                               mostly during the warm-up, so this includes little of it)
 * @param runCpuNanos            CPU time the JVM used meanwhile, all threads, nanoseconds, counted in the
 *                               operating system's ticks (often 10 ms), or -1 if unknown: well under
 *                               {@code threads} times {@code runNanos} when other jobs took the processors or the
 *                               threads waited on each other
 * @param peakHeapBytes          sum of the heap pools' peak usage from just before the build to the end, bytes
 *                               (an upper bound, garbage included; see {@link HeapPeak})
 * @param liveHeapAfterBuildBytes heap in use after a garbage collection once the population is built, bytes
 * @param resultsDigest          SHA-256 of every month's outcomes, hexadecimal: the same for any thread count
 * @param machine                the machine
 */
public record BenchResult(String scenario, int households, double sampleFraction, int months, int warmUpMonths,
                          int threads, long seed,
                          long buildNanos, long runNanos, long runCpuNanos, long peakHeapBytes, long liveHeapAfterBuildBytes,
                          String resultsDigest, Machine machine) {
    private static final double MB = 1024.0 * 1024.0;

    /** Households times months: the unit of work. */
    public long householdMonths() {
        return (long) households * months;
    }

    /** Household-months simulated per second of wall time. */
    public double householdMonthsPerSecond() {
        return householdMonths() / (runNanos / 1e9);
    }

    /** Wall time per household-month, nanoseconds. */
    public double nanosPerHouseholdMonth() {
        return (double) runNanos / householdMonths();
    }

    /** CPU time over wall time during the months: the cores kept busy on average, or NaN if unknown. */
    public double coresBusy() {
        return runCpuNanos < 0 ? Double.NaN : (double) runCpuNanos / runNanos;
    }

    /** The report as plain text, one figure a line. */
    public String text() {
        StringBuilder b = new StringBuilder();
        line(b, "scenario", scenario);
        line(b, "households", String.format(Locale.ROOT, "%,d (sample %s), seed %d", households, fmt(sampleFraction),
                seed));
        line(b, "months", String.valueOf(months));
        line(b, "threads", String.valueOf(threads));
        line(b, "built and warmed up in", String.format(Locale.ROOT, "%.2f s (the population, then %d months "
                + "before the first reported one)", buildNanos / 1e9, warmUpMonths));
        line(b, months + " months in", String.format(Locale.ROOT, "%.2f s", runNanos / 1e9));
        if (runCpuNanos >= 0) {
            line(b, "CPU meanwhile", String.format(Locale.ROOT, "%.2f s, %.2f cores busy on average (all of the "
                    + "JVM's threads)", runCpuNanos / 1e9, coresBusy()));
        }
        line(b, "household-months", String.format(Locale.ROOT, "%,d", householdMonths()));
        line(b, "household-months/s", String.format(Locale.ROOT, "%,.0f", householdMonthsPerSecond()));
        line(b, "ns per household-month", String.format(Locale.ROOT, "%.1f", nanosPerHouseholdMonth()));
        line(b, "peak heap", String.format(Locale.ROOT, "%,.0f MB (sum of the heap pools' peaks since a GC before "
                + "the build; garbage included)", peakHeapBytes / MB));
        line(b, "live heap after build", String.format(Locale.ROOT, "%,.0f MB (after a GC)",
                liveHeapAfterBuildBytes / MB));
        line(b, "results digest", resultsDigest.substring(0, 16) + "... (SHA-256 of the outcomes: the same "
                + "for any thread count)");
        line(b, "machine", String.format(Locale.ROOT, "%d cores, %s, max heap %,.0f MB", machine.cores(),
                machine.jvm(), machine.maxHeapBytes() / MB));
        return b.toString();
    }

    /** The figures by name, for {@code --json}: counts, seconds, rates and bytes as numbers. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", scenario);
        m.put("households", households);
        m.put("sampleFraction", sampleFraction);
        m.put("months", months);
        m.put("warmUpMonths", warmUpMonths);
        m.put("threads", threads);
        m.put("seed", seed);
        m.put("buildSeconds", buildNanos / 1e9);
        m.put("runSeconds", runNanos / 1e9);
        m.put("runNanos", runNanos);
        m.put("runCpuSeconds", runCpuNanos < 0 ? null : runCpuNanos / 1e9);
        m.put("householdMonths", householdMonths());
        m.put("householdMonthsPerSecond", householdMonthsPerSecond());
        m.put("nanosPerHouseholdMonth", nanosPerHouseholdMonth());
        m.put("peakHeapBytes", peakHeapBytes);
        m.put("liveHeapAfterBuildBytes", liveHeapAfterBuildBytes);
        m.put("resultsDigest", resultsDigest);
        m.put("cores", machine.cores());
        m.put("jvm", machine.jvm());
        m.put("maxHeapBytes", machine.maxHeapBytes());
        return m;
    }

    private static void line(StringBuilder b, String label, String value) {
        b.append(String.format(Locale.ROOT, "%-24s%s%n", label, value));
    }

    private static String fmt(double x) {
        return new java.text.DecimalFormat("0.####", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(x);
    }
}
