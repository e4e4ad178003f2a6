package org.muhojir.scenarios.output;

import java.util.List;

/**
 * Paired differences between a policy and its baseline. Replication k of both used the same random draws
 * (common random numbers), so the difference of each pair is one observation and the interval is Student's t over
 * those n differences; this removes most of the noise that two independent sets of runs would carry.
 */
public final class Differences {
    private Differences() {
    }

    /** Policy minus baseline of metric {@code k} over {@code months}, per replication pair, as an interval. */
    public static Interval annual(Cube baseline, Cube policy, int k, List<Integer> months) {
        double[] b = Annual.acrossReplications(baseline, k, months);
        double[] p = Annual.acrossReplications(policy, k, months);
        return Interval.of(minus(p, b));
    }

    /** Policy minus baseline of metric {@code k} in month {@code t}, as an interval. */
    public static Interval monthly(Cube baseline, Cube policy, int t, int k) {
        return Interval.of(minus(policy.acrossReplications(t, k), baseline.acrossReplications(t, k)));
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
