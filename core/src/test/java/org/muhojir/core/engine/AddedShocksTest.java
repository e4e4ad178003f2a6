package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/** Shocks added to a running model (levers, "shock now") act from the next month and can be replayed. */
class AddedShocksTest {
    private static final Scenario SCENARIO = Muhojir.defaultScenario().withSampleFraction(0.005)
            .withPeriod(YearMonth.of(2023, 1), 12);

    @Test
    void aRunWithAddedShocksEqualsAFreshRunOfTheScenarioPlusThoseShocks() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        for (int m = 0; m < 4; m++) {
            model.stepMonth();
        }
        assertEquals(YearMonth.of(2023, 5), model.nextMonth());
        ScheduledShock added = model.addShock(new RaidWave(Destination.RUSSIA, 4.0), 3);
        assertEquals(YearMonth.of(2023, 5), added.start());
        List<?> interactive = model.runToEnd();

        Scenario replay = SCENARIO.plusShocks(model.addedShocks());
        assertEquals(Muhojir.run(replay, RunOptions.seed(9)).months(), interactive);
    }

    @Test
    void anEndedShockStopsFromTheNextMonth() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        model.stepMonth();
        ScheduledShock added = model.addShock(new RaidWave(Destination.RUSSIA, 4.0), 10);
        model.stepMonth();
        model.stepMonth();
        model.endShock(added);
        // in force in months 1 and 2 (February and March), not from April
        assertEquals(List.of(new ScheduledShock(YearMonth.of(2023, 2), 2, added.shock())), model.addedShocks());
    }

    @Test
    void aSkillsProgrammeCannotBeEndedEarly() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        ScheduledShock programme = model.addShock(new org.muhojir.core.policy.SkillsProgramme(
                List.of(org.muhojir.core.world.Region.KHATLON), 0.5), 6);
        model.stepMonth();
        assertThrows(IllegalArgumentException.class, () -> model.endShock(programme));
    }

    @Test
    void aShockStartingInThePastIsRefused() {
        MuhojirModel model = new MuhojirModel(SCENARIO, RunOptions.seed(9));
        model.start();
        model.stepMonth();
        model.stepMonth();
        assertThrows(InvalidScenarioException.class, () -> model.addShock(
                new ScheduledShock(YearMonth.of(2023, 2), 1, new RaidWave(Destination.RUSSIA, 2.0))));
    }
}
