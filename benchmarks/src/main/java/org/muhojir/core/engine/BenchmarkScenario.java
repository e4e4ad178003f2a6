package org.muhojir.core.engine;

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
 * The scenario every benchmark steps: the default present-day scenario with several shocks in force for the whole
 * run (so the policy phase and the household pass a skills programme triggers are measured too), long enough never to end
 * during a benchmark.
 */
public final class BenchmarkScenario {
    /** Months the scenario lasts: more than any benchmark steps. */
    public static final int MONTHS = 1200;

    private BenchmarkScenario() {
    }

    /** The scenario at about {@code households} households. */
    public static Scenario withHouseholds(int households) {
        Scenario base = Muhojir.defaultScenario();
        double fraction = Math.min(1.0, (double) households / base.population().nationalHouseholds());
        int forever = ScheduledShock.UNTIL_END;
        return base.withPeriod(TajikistanDefaults.START, MONTHS).withSampleFraction(fraction).plusShocks(List.of(
                new ScheduledShock(TajikistanDefaults.START, forever, new RaidWave(Destination.RUSSIA, 2.0)),
                new ScheduledShock(TajikistanDefaults.START, forever,
                        new TightenedRules(Destination.RUSSIA, 1.3, 0.75, 0.01)),
                new ScheduledShock(TajikistanDefaults.START, forever, new QuotaChange(Destination.SOUTH_KOREA, 5_000)),
                new ScheduledShock(TajikistanDefaults.START, MONTHS,
                        new SkillsProgramme(List.of(Region.KHATLON, Region.SUGHD), 0.3)),
                new ScheduledShock(TajikistanDefaults.START, forever, new TransferFeeChange(null, 0.01))));
    }
}
