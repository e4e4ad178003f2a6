package org.muhojir.gui.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

class ModelLeverTargetTest {
    private static final int RU = Destination.RUSSIA.ordinal();

    static MuhojirModel smallModel() {
        return new MuhojirModel(TajikistanDefaults.baseline().withSampleFraction(0.002)
                .withPeriod(TajikistanDefaults.START, 12), RunOptions.seed(7));
    }

    @Test
    void theNextMonthIsTheFirstNotYetSimulated() {
        MuhojirModel m = smallModel();
        ModelLeverTarget t = new ModelLeverTarget(m);
        assertEquals(YearMonth.of(2023, 1), t.nextMonth());
        m.start();
        m.stepMonth();
        m.stepMonth();
        assertEquals(YearMonth.of(2023, 3), t.nextMonth()); // January and February are done
    }

    @Test
    void aShockAddedActsOnTheRunningModelFromItsStartMonthForItsMonths() {
        MuhojirModel m = smallModel();
        m.start();
        m.stepMonth(); // January 2023
        double raids = m.conditions().raidHazardIrregular[RU];
        ModelLeverTarget t = new ModelLeverTarget(m);
        ScheduledShock march = new ScheduledShock(YearMonth.of(2023, 3), 1, new RaidWave(Destination.RUSSIA, 5));
        t.addShock(march);
        assertEquals(List.of(march), t.added());
        assertEquals(List.of(march), m.addedShocks());

        m.stepMonth(); // February: not yet
        assertEquals(raids, m.conditions().raidHazardIrregular[RU], 1e-15);
        m.stepMonth(); // March: raids x5
        assertEquals(5 * raids, m.conditions().raidHazardIrregular[RU], 1e-15);
        m.stepMonth(); // April: over after its one month
        assertEquals(raids, m.conditions().raidHazardIrregular[RU], 1e-15);
    }

    @Test
    void thePastIsRefusedAndNothingIsAdded() {
        MuhojirModel m = smallModel();
        m.start();
        m.stepMonth();
        ModelLeverTarget t = new ModelLeverTarget(m);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.addShock(
                new ScheduledShock(YearMonth.of(2023, 1), 3, new RaidWave(Destination.RUSSIA, 5))));
        assertTrue(e.getMessage().contains("2023-02"), e.getMessage()); // the earliest month still open
        assertEquals(List.of(), t.added());
    }

    @Test
    void anInvalidShockIsRefusedWithItsField() {
        ModelLeverTarget t = new ModelLeverTarget(smallModel());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.addShock(
                new ScheduledShock(YearMonth.of(2023, 1), 1, new RaidWave(Destination.RUSSIA, -1))));
        assertTrue(e.getMessage().contains("raidMultiplier"), e.getMessage());
        assertEquals(List.of(), t.added());
    }
}
