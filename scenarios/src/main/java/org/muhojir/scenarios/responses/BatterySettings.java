package org.muhojir.scenarios.responses;

import java.time.YearMonth;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.scenarios.run.FrontEnd;

/**
 * How the battery runs: the baseline it changes and how many runs it makes.
 *
 * @param sampleFraction share of households simulated (0.02: about 33,000, each weighted up to the nation)
 * @param replications   replications of each scenario; replication k of every scenario shares its random draws
 * @param seed           the master seed
 * @param parallel       replications run at once
 */
public record BatterySettings(double sampleFraction, int replications, long seed, int parallel) {
    /** The first simulated month: the present-day baseline's. */
    public static final YearMonth START = YearMonth.of(2023, 1);
    /** Months simulated: 2023 to 2025, so that a policy from 2024-01 has two years to act after a year of baseline. */
    public static final int MONTHS = 36;
    /** The month every policy of the standard battery starts. */
    public static final YearMonth POLICY_START = YearMonth.of(2024, 1);

    /** The settings of {@code mvn verify} and of {@code check-responses} by default ({@link FrontEnd#RESPONSES}). */
    public static final BatterySettings STANDARD = new BatterySettings(FrontEnd.RESPONSES.sample(),
            FrontEnd.RESPONSES.replications(), FrontEnd.RESPONSES.seed(), 2);

    public BatterySettings {
        if (!(sampleFraction > 0 && sampleFraction <= 1)) {
            throw new IllegalArgumentException("the sample fraction must be more than 0 and at most 1, was "
                    + sampleFraction);
        }
        if (replications < 2) {
            throw new IllegalArgumentException("intervals need at least 2 replications, was " + replications);
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, was " + parallel);
        }
    }

    /**
     * The present-day baseline at this sample, from 2023-01 for 36 months, without shocks, and with 2023's rules held
     * through 2025: the world's events from {@link #POLICY_START} on (Russia's crackdown, exam and register of
     * 2024-2025, Turkey's visas) are left out, as in the catalogue's {@code no-crackdown-2024} and
     * {@code turkey-visa-free}, so that each policy of the battery acts alone on a quiet world and its response is
     * the mechanism's, not mixed with those events (several policies are those events).
     */
    public Scenario baseline() {
        Scenario present = TajikistanDefaults.baseline();
        return present.withEvents(present.events().stream().filter(e -> e.shocks().stream()
                        .allMatch(s -> s.start().isBefore(POLICY_START))).toList())
                .withSampleFraction(sampleFraction).withPeriod(START, MONTHS);
    }

    /** The options of replication 0 (the others differ only in their replication number). */
    public RunOptions options() {
        return RunOptions.seed(seed);
    }
}
