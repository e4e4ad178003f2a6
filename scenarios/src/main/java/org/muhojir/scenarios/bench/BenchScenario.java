package org.muhojir.scenarios.bench;

import java.util.List;
import org.muhojir.core.Muhojir;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The scenario {@code muhojir bench} times: the default present-day scenario with five shocks in force in every
 * month of the run, so that the policy phase resolves several shocks and the skills programme's household pass is
 * measured too. The JMH suite (benchmarks module) steps the same scenario; the skills programme trains its share
 * over the months given.
 */
public final class BenchScenario {
    /** Raids in Russia, times the scenario's rate. */
    static final double RAIDS = 2.0;
    /** South Korea's quota under the shock, places a year. */
    static final int KOREA_QUOTA = 5_000;
    /** Share of untrained households in Khatlon and Sughd the skills programme trains by its end. */
    static final double TRAINED_SHARE = 0.3;
    /** Transfer fee under the shock, share of each remittance. */
    static final double TRANSFER_FEE = 0.01;

    /** What the benchmark report calls this scenario. */
    public static final String DESCRIPTION = String.format(java.util.Locale.ROOT, "default, 5 shocks in force "
            + "(raids x%s in Russia, tightened rules, Korea quota, skills programme, transfer fee %s%%)", format(RAIDS),
            format(100 * TRANSFER_FEE));

    private BenchScenario() {
    }

    /**
     * The benchmark scenario from the default start (named as the default scenario, with five more shocks), without
     * the default scenario's history: it times the monthly step of the present-day world, for up to 1,200 months.
     *
     * @param sampleFraction share of households simulated (0 &lt; f &le; 1)
     * @param months         months simulated (1 or more)
     */
    public static Scenario of(double sampleFraction, int months) {
        int always = ScheduledShock.UNTIL_END;
        var start = TajikistanDefaults.START;
        return Muhojir.defaultScenario().withHistoryStart(null).withPeriod(start, months)
                .withSampleFraction(sampleFraction).plusShocks(
                List.of(
                        new ScheduledShock(start, always, new RaidWave(Destination.RUSSIA, RAIDS)),
                        new ScheduledShock(start, always, new TightenedRules(Destination.RUSSIA, 1.3, 0.75, 0.01)),
                        new ScheduledShock(start, always, new QuotaChange(Destination.SOUTH_KOREA, KOREA_QUOTA)),
                        new ScheduledShock(start, months,
                                new SkillsProgramme(List.of(Region.KHATLON, Region.SUGHD), TRAINED_SHARE)),
                        new ScheduledShock(start, always, new TransferFeeChange(null, TRANSFER_FEE))));
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
