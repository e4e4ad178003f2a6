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
 * one month. Not a test (it takes minutes); run it as docs/ensembles.md says:
 * {@code java <spark options> -cp cluster/target/test-classes:cluster/target/classes:cluster/target/lib/*
 * org.muhojir.cluster.EnsembleThroughput [runs] [sample] [months]}.
 */
public final class EnsembleThroughput {
    private EnsembleThroughput() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        double sample = args.length > 1 ? Double.parseDouble(args[1]) : 0.002;
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        Ensemble small = ensemble(runs, sample, months);
        Ensemble tiny = ensemble(runs, 0.001, 1);
        System.out.printf(Locale.ROOT, "%d runs of %d months at %.3f of households (about %,d households)%n", runs,
                months, sample, Math.round(1_650_000 * sample));
        time("warm-up (plain, 2 at once)", new LocalEngine(2), small);
        for (int parallel : List.of(1, 2)) {
            time("plain local engine, " + parallel + " at once", new LocalEngine(parallel), small);
        }
        for (String master : List.of("local[1]", "local[2]")) {
            long start = System.nanoTime();
            try (SparkEngine spark = new SparkEngine(SparkOptions.of(master, null))) {
                System.out.printf(Locale.ROOT, "  Spark %s started in %.1f s%n", master, seconds(start));
                time("Spark " + master + " (warm-up)", spark, small);
                time("Spark " + master, spark, small);
                double sparkTiny = time("Spark " + master + ", one-month runs", spark, tiny);
                double plainTiny = time("plain, " + master.charAt(6) + " at once, one-month runs",
                        new LocalEngine(master.charAt(6) - '0'), tiny);
                System.out.printf(Locale.ROOT, "  Spark's overhead per task: %.1f ms%n",
                        (sparkTiny - plainTiny) * 1000 / runs * (master.charAt(6) - '0'));
            }
        }
    }

    private static Ensemble ensemble(int runs, double sample, int months) {
        Scenario s = Muhojir.defaultScenario().withSampleFraction(sample).withPeriod(YearMonth.of(2024, 1), months);
        double[][] points = new double[runs][];
        for (int p = 0; p < runs; p++) {
            points[p] = new double[] {0.03 + 0.1 * p / runs};
        }
        return new Ensemble(List.of(s), List.of("behaviour.considerRate"), points, 1, 1, List.of(), Detail.ANNUAL);
    }

    /** Runs the ensemble, prints runs per minute, returns the seconds taken. */
    private static double time(String what, EnsembleEngine engine, Ensemble e) throws Exception {
        long start = System.nanoTime();
        int n = engine.run(e, () -> false).size();
        double s = seconds(start);
        System.out.printf(Locale.ROOT, "  %-45s %6.1f s  %8.0f runs per minute%n", what, s, n / s * 60);
        return s;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
