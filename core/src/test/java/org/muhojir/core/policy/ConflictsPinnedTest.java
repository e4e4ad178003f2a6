package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.world.Destination;

/**
 * Which shocks may share a month, and the cross rate to somoni, where a mutation audit (PIT, December 2026) found
 * that no test could tell a conflict check that always says yes (or no) from the real one.
 */
class ConflictsPinnedTest {
    @Test
    void aShockThatConflictsWithNothingIsNotCutByOneThatSupersedes() {
        ScheduledShock raids = new ScheduledShock(YearMonth.of(2025, 1), 12, new RaidWave(Destination.RUSSIA, 2));
        ScheduledShock quota = new ScheduledShock(YearMonth.of(2025, 3), 2, new QuotaChange(Destination.UK, 500));
        assertEquals(List.of(raids), ShockCalendar.supersede(List.of(raids), quota, YearMonth.of(2023, 1),
                YearMonth.of(2032, 12)));
    }

    @Test
    void transferFeesConflictOnlyOnTheSameCorridorOrEveryCorridor() {
        TransferFeeChange russia = new TransferFeeChange(Destination.RUSSIA, 0.01);
        assertFalse(russia.conflictsWith(new TransferFeeChange(Destination.KAZAKHSTAN, 0.02)));
        assertTrue(russia.conflictsWith(new TransferFeeChange(Destination.RUSSIA, 0.02)));
        assertTrue(russia.conflictsWith(new TransferFeeChange(null, 0.02)));
        assertFalse(russia.conflictsWith(new RaidWave(Destination.RUSSIA, 2)));
    }

    @Test
    void twoPathsOfOneCurrencyConflictButNotOfTwo() {
        MonthlySeries path = MonthlySeries.of(Map.of(YearMonth.of(2025, 1), 100.0));
        ExchangeRatePath rouble = new ExchangeRatePath("RUB", path);
        assertTrue(rouble.conflictsWith(new ExchangeRatePath("RUB", path)));
        assertFalse(rouble.conflictsWith(new ExchangeRatePath("KZT", path)));
    }

    @Test
    void localAmountsBecomeSomoniThroughTheDollar() {
        Conditions c = new Conditions();
        c.localPerUsd[Destination.RUSSIA.ordinal()] = 80;
        c.tjsPerUsd = 10;
        assertEquals(1000, c.toTjs(Destination.RUSSIA.ordinal(), 8000), 1e-9); // 8,000 RUB = 100 USD = 1,000 TJS
    }
}
