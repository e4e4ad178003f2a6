package org.muhojir.scenarios.output;

import java.util.List;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * Paired differences between a policy and its baseline. Replication k of both used the same random draws
 * (common random numbers, and the same parameters when they are drawn), so the difference of each pair is one
 * observation and the interval is Student's t over those n differences (of the baseline's {@link
 * ScenarioRuns#intervals() kind}); this removes most of the noise that two independent sets of runs would carry.
 */
public final class Differences {
    private Differences() {
    }

    /** Policy minus baseline of row {@code k}'s yearly value over {@code months}, per replication pair. */
    public static ConfidenceInterval annual(ScenarioRuns baseline, ScenarioRuns policy, int k, List<Integer> months) {
        return baseline.intervals().of(minus(policy.annualAcrossReplications(k, months),
                baseline.annualAcrossReplications(k, months)));
    }

    /**
     * The policy's yearly value of row {@code k} over {@code months} as a change from the baseline's: the paired
     * difference ({@link #annual}), its mean and interval, over the baseline's mean across replications, a share
     * (-0.17 is 17% lower). So the change in per cent is clear (its interval excludes zero) exactly when the
     * difference is. NaN where the baseline's mean is not positive.
     */
    public static ConfidenceInterval relative(ScenarioRuns baseline, ScenarioRuns policy, int k, List<Integer> months) {
        ConfidenceInterval d = annual(baseline, policy, k, months);
        double base = baseline.annualInterval(k, months).mean();
        if (!(base > 0)) {
            return new ConfidenceInterval(d.n(), Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new ConfidenceInterval(d.n(), d.mean() / base, d.sd() / base, d.low() / base, d.high() / base);
    }

    /** Policy minus baseline of row {@code k} in month {@code t}, per replication pair. */
    public static ConfidenceInterval monthly(ScenarioRuns baseline, ScenarioRuns policy, int t, int k) {
        return baseline.intervals().of(minus(policy.acrossReplications(t, k), baseline.acrossReplications(t, k)));
    }

    private static double[] minus(double[] a, double[] b) {
        double[] d = new double[a.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = a[i] - b[i];
        }
        return d;
    }
}
