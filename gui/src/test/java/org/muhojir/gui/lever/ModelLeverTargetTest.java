package org.muhojir.gui.lever;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

class ModelLeverTargetTest {
    static MuhojirModel smallModel() {
        return new MuhojirModel(TajikistanDefaults.baseline().withSampleFraction(0.002)
                .withPeriod(TajikistanDefaults.START, 12), RunOptions.seed(7));
    }

    @Test
    void theNextMonthIsTheFirstNotYetSimulated() {
        MuhojirModel m = smallModel();
        ModelLeverTarget t = new ModelLeverTarget(m, ShockHook.NOT_WIRED);
        assertEquals(YearMonth.of(2023, 1), t.nextMonth());
        m.stepMonth();
        m.stepMonth();
        assertEquals(YearMonth.of(2023, 3), t.nextMonth()); // January and February are done
    }

    @Test
    void acceptedShocksGoThroughTheHookInOrderAndThePastIsRefused() {
        MuhojirModel m = smallModel();
        m.stepMonth();
        List<ScheduledShock> seen = new ArrayList<>();
        ModelLeverTarget t = new ModelLeverTarget(m, seen::add);
        ScheduledShock feb = new ScheduledShock(YearMonth.of(2023, 2), 3, new RaidWave(Destination.RUSSIA, 5));
        ScheduledShock jan = new ScheduledShock(YearMonth.of(2023, 1), 3, new RaidWave(Destination.RUSSIA, 5));
        t.addShock(feb);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.addShock(jan));
        assertTrue(e.getMessage().contains("2023-02"), e.getMessage());
        assertEquals(List.of(feb), seen);
        assertEquals(List.of(feb), t.added());
        assertTrue(t.reachesModel());
    }

    @Test
    void anInvalidShockIsRefusedWithItsField() {
        ModelLeverTarget t = new ModelLeverTarget(smallModel(), ShockHook.NOT_WIRED);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> t.addShock(
                new ScheduledShock(YearMonth.of(2023, 1), 1, new RaidWave(Destination.RUSSIA, -1))));
        assertTrue(e.getMessage().contains("raidMultiplier"), e.getMessage());
        assertEquals(List.of(), t.added());
    }

    @Test
    void withoutTheCoreHookShocksAreOnlyRecorded() {
        ModelLeverTarget t = new ModelLeverTarget(smallModel(), ShockHook.NOT_WIRED);
        assertFalse(t.reachesModel());
    }
}
