package org.muhojir.cluster;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.Muhojir;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.ensemble.Detail;
import org.muhojir.scenarios.ensemble.Ensemble;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.ensemble.LocalEngine;

/**
 * The measurements of docs/ensembles.md: runs per minute of an ensemble of small runs on the plain local engine
 * (1 and 2 at once) and on Spark ({@code local[1]}, {@code local[2]}), and Spark's overhead per task from runs of
 * one month without warm-up or history. Not a test (it takes minutes); run it as docs/ensembles.md says:
 * {@code java <spark options> -cp cluster/target/test-classes:cluster/target/classes:cluster/target/lib/*
 * org.muhojir.cluster.EnsembleThroughput [runs] [sample] [months]}.
 */
public final class EnsembleThroughput {
    private EnsembleThroughput() {
    }

    /** Measurements of each configuration; the best and the median are printed. */
    private static final int REPEATS = 3;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double sample = args.length > 1 ? Double.parseDouble(args[1]) : 0.002;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Ensemble small = ensemble(runs, sample, months, true);
        Ensemble tiny = ensemble(runs, 0.001, 1, false);
        Scenario one = small.scenarios().get(0);
        System.out.printf(Locale.ROOT, "%d runs of %d months at %.3f of households (%,d households), each simulating "
                + "%d months (%d of warm-up and history before the first reported one); best and median of %d%n",
                runs, months, sample, one.population().simulatedHouseholds(), one.monthsBeforeStart() + one.months(),
                one.monthsBeforeStart(), REPEATS);
        time("warm-up", new LocalEngine(2), small);
        double[] plain = new double[3];
        double[] plainTiny = new double[3];
        for (int cores : List.of(1, 2)) {
            plain[cores] = time("plain local engine, " + cores + " at once", new LocalEngine(cores), small);
            plainTiny[cores] = time("plain, " + cores + " at once, one-month runs", new LocalEngine(cores), tiny);
        }
        for (int cores : List.of(1, 2)) {
            String master = "local[" + cores + "]";
            long start = System.nanoTime();
            try (SparkEngine spark = new SparkEngine(SparkOptions.of(master, null))) {
                System.out.printf(Locale.ROOT, "  %s started in %.1f s%n", spark.describe(), seconds(start));
                time("Spark " + master + " (warm-up)", spark, small);
                double s = time("Spark " + master, spark, small);
                double t = time("Spark " + master + ", one-month runs", spark, tiny);
                System.out.printf(Locale.ROOT, "  Spark %s over plain: %+.0f%% on these runs; overhead per task from "
                        + "one-month runs: %.1f ms%n", master, (s / plain[cores] - 1) * 100,
                        (t - plainTiny[cores]) * 1000 / runs * cores);
            }
        }
    }

    /**
     * {@code runs} runs of the default scenario; {@code whole}: from 2024-01 with its warm-up and history, as every
     * command runs it, else from the history's first month without warm-up, simulating only the months reported (the
     * one-month runs that measure Spark's overhead, where the model costs almost nothing).
     */
    private static Ensemble ensemble(int runs, double sample, int months, boolean whole) {
        Scenario s = Muhojir.defaultScenario().withSampleFraction(sample);
        if (whole) {
            s = s.withPeriod(YearMonth.of(2024, 1), months);
        } else { // reported from the history's first month (history kept: a scenario without one is not sent back equal)
            s = s.withPeriod(s.historyStart(), months).withWarmUpMonths(0);
        }
        double[][] points = new double[runs][];
        for (int p = 0; p < runs; p++) {
            points[p] = new double[] {0.03 + 0.1 * p / runs};
        }
        return new Ensemble(List.of(s), List.of("behaviour.considerRate"), points, 1, 1, List.of(), Detail.ANNUAL);
    }

    /** Runs the ensemble {@value #REPEATS} times, prints runs per minute, returns the best seconds taken. */
    private static double time(String what, EnsembleEngine engine, Ensemble e) throws Exception {
        double[] s = new double[REPEATS];
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            engine.run(e, () -> false);
            s[i] = seconds(start);
        }
        java.util.Arrays.sort(s);
        System.out.printf(Locale.ROOT, "  %-45s best %6.2f s (%6.0f runs/min), median %6.2f s (%6.0f runs/min)%n",
                what, s[0], e.size() / s[0] * 60, s[REPEATS / 2], e.size() / s[REPEATS / 2] * 60);
        return s[0];
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
