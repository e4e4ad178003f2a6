package org.muhojir.core.shocks;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.Scenario;

/**
 * A baseline run and a policy run (the baseline plus shocks) on the same seed. Until the first shock comes into
 * force the two runs are identical; after that they differ only through the shocks, since every household draws
 * the same random numbers in both.
 *
 * @param baseline the baseline's monthly outcomes
 * @param policy   the policy run's monthly outcomes
 */
record PairedRun(List<MonthlyOutcome> baseline, List<MonthlyOutcome> policy) {

    /** Runs {@code base} and {@code base} plus {@code shocks}. */
    static PairedRun of(Scenario base, ScheduledShock... shocks) {
        return new PairedRun(ShockRuns.run(base), ShockRuns.run(base.plusShocks(List.of(shocks))));
    }

    /**
     * The documented baseline, 1% of households for 12 months from January 2023, and the same with {@code shock} in
     * force from month index {@code first} to {@code last} inclusive.
     */
    static PairedRun ofShock(int first, int last, Shock shock) {
        return ofShock(first, last, shock, 0.01);
    }

    /** The same, with {@code fraction} of households simulated. */
    static PairedRun ofShock(int first, int last, Shock shock, double fraction) {
        return of(ShockRuns.baseline(fraction, 12), ShockRuns.from(first, last - first + 1, shock));
    }

    /** The policy run's {@code f} in {@code month} over the baseline's. */
    double policyOverBaseline(int month, ToDoubleFunction<MonthlyOutcome> f) {
        return f.applyAsDouble(policy(month)) / f.applyAsDouble(baseline(month));
    }

    /** Baseline sum of {@code f} over months {@code first} to {@code last} inclusive. */
    double baselineSum(int first, int last, ToDoubleFunction<MonthlyOutcome> f) {
        return ShockRuns.sum(baseline, first, last, f);
    }

    /** Policy sum of {@code f} over months {@code first} to {@code last} inclusive. */
    double policySum(int first, int last, ToDoubleFunction<MonthlyOutcome> f) {
        return ShockRuns.sum(policy, first, last, f);
    }

    MonthlyOutcome baseline(int month) {
        return baseline.get(month);
    }

    MonthlyOutcome policy(int month) {
        return policy.get(month);
    }
}
