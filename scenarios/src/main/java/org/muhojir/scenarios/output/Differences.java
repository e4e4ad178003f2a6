package org.muhojir.scenarios.output;

import java.util.List;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * Paired differences between a policy and its baseline. Replication k of both used the same random draws
 * (common random numbers), so the difference of each pair is one observation and the interval is Student's t over
 * those n differences; this removes most of the noise that two independent sets of runs would carry.
 */
public final class Differences {
    private Differences() {
    }

    /** Policy minus baseline of row {@code k}'s yearly value over {@code months}, per replication pair. */
    public static ConfidenceInterval annual(ScenarioRuns baseline, ScenarioRuns policy, int k, List<Integer> months) {
        return ConfidenceInterval.of(minus(policy.annualAcrossReplications(k, months),
                baseline.annualAcrossReplications(k, months)));
    }

    /** Policy minus baseline of row {@code k} in month {@code t}, per replication pair. */
    public static ConfidenceInterval monthly(ScenarioRuns baseline, ScenarioRuns policy, int t, int k) {
        return ConfidenceInterval.of(minus(policy.acrossReplications(t, k), baseline.acrossReplications(t, k)));
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
