package org.muhojir.core.shocks;

import java.time.YearMonth;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Building blocks of the run-level shock tests: a small sample of the documented baseline, shocks dated by month
 * index, and the monthly series the tests compare. Every comparison is between a policy run and its baseline on
 * the same seed, so both see the same random draws (common random numbers) and a difference is the shock's effect,
 * not noise.
 */
final class ShockRuns {
    /** The master seed of every run in these tests. */
    static final long SEED = 20_240_401L;
    /** Month index 0 of every test scenario: January 2023, the baseline's start. */
    static final YearMonth START = TajikistanDefaults.START;

    private ShockRuns() {
    }

    /**
     * The documented baseline simulating {@code fraction} of households for {@code months} months from 2023-01,
     * started cold (no warm-up): these tests check each shock's mechanics against bookkeeping of the run's own
     * months (bans issued, deportations, arrivals), which is exact only when no ban or spell predates the run. The
     * warm-up itself is tested in {@code engine.WarmUpTest} and {@code engine.NoDriftTest}.
     */
    static Scenario baseline(double fraction, int months) {
        return Muhojir.defaultScenario().withHistoryStart(null).withSampleFraction(fraction).withPeriod(START, months)
                .withWarmUpMonths(0);
    }

    /** A shock in force from month index {@code first} for {@code months} months. */
    static ScheduledShock from(int first, int months, Shock shock) {
        return new ScheduledShock(START.plusMonths(first), months, shock);
    }

    /** The monthly outcomes of a run of {@code scenario} on {@link #SEED}. */
    static List<MonthlyOutcome> run(Scenario scenario) {
        return Muhojir.run(scenario, RunOptions.seed(SEED)).months();
    }

    /** Sum of {@code f} over months {@code first} to {@code last} inclusive. */
    static double sum(List<MonthlyOutcome> months, int first, int last, ToDoubleFunction<MonthlyOutcome> f) {
        double total = 0;
        for (int m = first; m <= last; m++) {
            total += f.applyAsDouble(months.get(m));
        }
        return total;
    }

    static ToDoubleFunction<MonthlyOutcome> departures(Destination d) {
        return o -> o.departures()[d.ordinal()];
    }

    /** Departures to every destination in a month. */
    static double allDepartures(MonthlyOutcome o) {
        return java.util.Arrays.stream(o.departures()).sum();
    }

    static ToDoubleFunction<MonthlyOutcome> deportations(Destination d) {
        return o -> o.deportations()[d.ordinal()];
    }

    static ToDoubleFunction<MonthlyOutcome> detentions(Destination d) {
        return o -> o.detentions()[d.ordinal()];
    }

    static ToDoubleFunction<MonthlyOutcome> remittancesUsd(Destination d) {
        return o -> o.remittancesSentUsd()[d.ordinal()];
    }

    static ToDoubleFunction<MonthlyOutcome> feesUsd(Destination d) {
        return o -> o.transferFeesUsd()[d.ordinal()];
    }

    /** Migrants at {@code d} with status {@code s} at the end of a month, persons. */
    static double abroad(MonthlyOutcome o, Destination d, LegalStatus s) {
        return o.abroad()[d.ordinal()][s.ordinal()];
    }

    /** Share of the migrants at {@code d} who are irregular at the end of a month. */
    static double irregularShare(MonthlyOutcome o, Destination d) {
        return abroad(o, d, LegalStatus.IRREGULAR) / o.abroad(d);
    }

    /** Total deportations from every destination in a month, persons. */
    static double allDeportations(MonthlyOutcome o) {
        return MonthlyOutcome.total(o.deportations());
    }
}
