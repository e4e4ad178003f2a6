package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Region;

/**
 * A member abroad keeps the skill they left with: training at home reaches only those who leave afterwards. In the
 * programme's first month nobody trained has left yet (departures come after remittances in the month), so what
 * migrants earn and send must be exactly the baseline's.
 */
class TrainingAtHomeTest {

    @Test
    void trainingAtHomeDoesNotRaiseTheEarningsOfMembersAlreadyAbroad() {
        Scenario baseline = Muhojir.defaultScenario().withSampleFraction(0.01)
                .withPeriod(YearMonth.of(2023, 1), 1);
        Scenario programme = baseline.plusShocks(List.of(new ScheduledShock(YearMonth.of(2023, 1), 1,
                new SkillsProgramme(List.of(Region.KHATLON), 0.9))));
        double sentBaseline = Muhojir.run(baseline, RunOptions.seed(5)).last().remittancesSentUsdTotal();
        double sentProgramme = Muhojir.run(programme, RunOptions.seed(5)).last().remittancesSentUsdTotal();
        assertEquals(sentBaseline, sentProgramme);
    }
}
