package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * Perceived risk follows what the network reports, with a lag: a raid wave in Russia starting in month k changes
 * the deportation rate reported for month k, and villages feel it only when that report is {@code riskLagMonths}
 * old. So after the steps of months k .. k + lag - 1 the perceived risk equals the baseline's (common random
 * numbers), and after month k + lag it is higher.
 */
class LaggedRiskTest {

    @Test
    void aRaidWaveReachesVillagesOnlyAfterTheLag() {
        Scenario base = Muhojir.defaultScenario().withSampleFraction(0.02).withPeriod(YearMonth.of(2023, 1), 12);
        int lag = base.behaviour().riskLagMonths();
        assertTrue(lag >= 1, "the test needs a lag");
        int start = 3;
        Scenario raids = base.plusShocks(List.of(
                new ScheduledShock(base.start().plusMonths(start), 6, new RaidWave(Destination.RUSSIA, 5))));
        MuhojirModel baseline = started(base);
        MuhojirModel policy = started(raids);
        int khatlon = Region.KHATLON.ordinal();
        int russia = Destination.RUSSIA.ordinal();
        for (int month = 0; month < start + lag; month++) {
            baseline.stepMonth();
            policy.stepMonth();
            assertEquals(baseline.perceivedRisk(khatlon, russia), policy.perceivedRisk(khatlon, russia),
                    "after month " + month + ", before the lag has passed");
        }
        baseline.stepMonth();
        policy.stepMonth();
        assertTrue(policy.perceivedRisk(khatlon, russia) > baseline.perceivedRisk(khatlon, russia),
                policy.perceivedRisk(khatlon, russia) + " vs " + baseline.perceivedRisk(khatlon, russia));
    }

    private static MuhojirModel started(Scenario s) {
        MuhojirModel m = new MuhojirModel(s, RunOptions.seed(11));
        m.start();
        return m;
    }
}
