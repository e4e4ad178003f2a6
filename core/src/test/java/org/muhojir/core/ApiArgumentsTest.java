package org.muhojir.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.param.InvalidValuesException;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/** The public entry points name the argument that is wrong, instead of failing later with a bare exception. */
class ApiArgumentsTest {
    private static final Scenario TINY = Muhojir.defaultScenario().withSampleFraction(0.001)
            .withPeriod(YearMonth.of(2023, 1), 1);

    @Test
    void runNamesANullScenarioOptionsOrObserver() {
        assertMessage(NullPointerException.class, () -> Muhojir.run(null, RunOptions.seed(1)), "scenario is null");
        assertMessage(NullPointerException.class, () -> Muhojir.run(TINY, null), "options is null");
        assertMessage(NullPointerException.class, () -> Muhojir.run(TINY, RunOptions.seed(1),
                (ModelObserver[]) null), "observers is null");
        assertMessage(NullPointerException.class, () -> Muhojir.run(TINY, RunOptions.seed(1),
                new ModelObserver[] {e -> { }, null}), "observers[1] is null");
    }

    @Test
    void replicateNamesItsNullArguments() {
        assertMessage(NullPointerException.class, () -> Muhojir.replicate(null, RunOptions.seed(1), 1, 1,
                MonthProgress.NONE, () -> false), "scenarios is null");
        assertMessage(NullPointerException.class, () -> Muhojir.replicate(java.util.Arrays.asList(TINY, null),
                RunOptions.seed(1), 1, 1, MonthProgress.NONE, () -> false), "scenarios[1] is null");
        assertMessage(NullPointerException.class, () -> Muhojir.replicate(List.of(TINY), RunOptions.seed(1), 1, 1,
                null, () -> false), "progress is null");
        assertMessage(NullPointerException.class, () -> Muhojir.replicate((Scenario) null, RunOptions.seed(1), 1, 1),
                "scenario is null");
    }

    @Test
    void plusShocksNamesANullList() {
        assertMessage(NullPointerException.class, () -> TINY.plusShocks(null), "more (the shocks to add) is null");
    }

    @Test
    void shocksRefuseNegativeMonthsAndNaNWhereTheyAreBuilt() {
        RaidWave raids = new RaidWave(Destination.RUSSIA, 2);
        InvalidValuesException months = assertThrows(InvalidValuesException.class,
                () -> new ScheduledShock(YearMonth.of(2024, 1), -2, raids));
        assertEquals("months", months.problems().get(0).path().toString());
        assertTrue(months.getMessage().contains("ScheduledShock is invalid"), months.getMessage());
        assertMessage(InvalidValuesException.class, () -> new RaidWave(Destination.RUSSIA, Double.NaN),
                "raidMultiplier: must be between 0 and 1000, was NaN");
    }

    private static void assertMessage(Class<? extends Throwable> type, Executable call, String expected) {
        Throwable t = assertThrows(type, call);
        assertTrue(t.getMessage() != null && t.getMessage().contains(expected), t.getMessage());
    }
}
