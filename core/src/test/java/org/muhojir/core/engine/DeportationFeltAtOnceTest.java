package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * A deportation ends earnings at once: a household whose only member abroad is deported receives nothing that same
 * month (migrants abroad are stepped before remittances are sent).
 */
class DeportationFeltAtOnceTest {

    @Test
    void aHouseholdWhoseOnlyMigrantIsDeportedReceivesNothingThatMonth() {
        Scenario s = Muhojir.defaultScenario().withSampleFraction(0.01).withPeriod(YearMonth.of(2023, 1), 6)
                .plusShocks(List.of(new ScheduledShock(YearMonth.of(2023, 1), 6,
                        new RaidWave(Destination.RUSSIA, 10))));
        MuhojirModel model = new MuhojirModel(s, RunOptions.seed(5));
        Set<Integer> deported = new HashSet<>();
        Set<Integer> received = new HashSet<>();
        RunFixtures.collectHouseholds(model, ModelEvent.Deportation.class, ModelEvent.Deportation::household, deported);
        RunFixtures.collectHouseholds(model, ModelEvent.Remittance.class, ModelEvent.Remittance::household, received);
        model.start();
        int checked = 0;
        for (int month = 0; month < s.months(); month++) {
            deported.clear();
            received.clear();
            model.stepMonth();
            for (int h : deported) {
                if (model.households().membersAbroad(h) == 0) {
                    assertTrue(!received.contains(h), "household " + h + " received remittances in " + month);
                    assertTrue(model.households().remittancesReceived[h] == 0, "household " + h);
                    checked++;
                }
            }
        }
        assertTrue(checked > 20, "enough deported households to check: " + checked);
    }
}
