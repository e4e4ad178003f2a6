package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;
import org.muhojir.core.world.Destination;

/** When a scheduled shock is in force, and which of its months a month is. */
class ScheduledShockTest {
    private static final Shock RAIDS = new RaidWave(Destination.RUSSIA, 2);

    @Test
    void inForceFromItsStartForItsMonthsAcrossAYearEnd() {
        // November 2023 for three months: November, December, January; not a year before, the same calendar span
        assertInForceExactly(new ScheduledShock(YearMonth.of(2023, 11), 3, RAIDS), YearMonth.of(2022, 10),
                YearMonth.of(2024, 12), YearMonth.of(2023, 11), YearMonth.of(2023, 12), YearMonth.of(2024, 1));
    }

    @Test
    void monthInForceCountsFromZero() {
        ScheduledShock s = new ScheduledShock(YearMonth.of(2023, 11), 3, RAIDS);
        assertEquals(-1, s.monthInForce(YearMonth.of(2023, 10)));
        assertEquals(0, s.monthInForce(YearMonth.of(2023, 11)));
        assertEquals(2, s.monthInForce(YearMonth.of(2024, 1)));
        assertEquals(14, s.monthInForce(YearMonth.of(2025, 1))); // 12 x (2025 - 2023) + 1 - 11
    }

    @Test
    void oneMonthShockIsInForceOnlyInItsMonth() {
        assertInForceExactly(new ScheduledShock(YearMonth.of(2024, 4), 1, RAIDS), YearMonth.of(2023, 1),
                YearMonth.of(2025, 12), YearMonth.of(2024, 4));
    }

    /** {@code s} is in force in every month of {@code expected} and in no other month from {@code from} to {@code to}. */
    private static void assertInForceExactly(ScheduledShock s, YearMonth from, YearMonth to, YearMonth... expected) {
        List<YearMonth> inForce = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (s.inForce(m)) {
                inForce.add(m);
            }
        }
        assertEquals(List.of(expected), inForce);
    }

    @Test
    void untilEndLastsBeyondAnyRun() {
        ScheduledShock s = new ScheduledShock(YearMonth.of(2023, 1), ScheduledShock.UNTIL_END, RAIDS);
        // a 1,200-month run (the longest allowed) ends in December 2122
        assertTrue(s.inForce(YearMonth.of(2122, 12)));
        assertFalse(s.inForce(YearMonth.of(2022, 12)));
    }

    @Test
    void validationReportsDatesAndTheShocksFields() {
        RaidWave raids = new RaidWave(Destination.RUSSIA, 2);
        org.muhojir.core.param.InvalidValuesException e = org.junit.jupiter.api.Assertions.assertThrows(
                org.muhojir.core.param.InvalidValuesException.class, () -> new ScheduledShock(null, -3, raids));
        assertEquals(List.of("start: is required", "months: must be between 1 and 100000, was -3"),
                e.problems().stream().map(Problem::toString).toList());
        e = org.junit.jupiter.api.Assertions.assertThrows(org.muhojir.core.param.InvalidValuesException.class,
                () -> new ScheduledShock(YearMonth.of(2023, 1), 1, null));
        assertEquals(List.of("shock: is required"), e.problems().stream().map(Problem::toString).toList());
        Problems p = new Problems();
        new ScheduledShock(YearMonth.of(2023, 1), 1, new ExchangeRateShock("EUR", 2)).validate(p,
                FieldPath.of("shocks").item(3));
        assertEquals(List.of("shocks[3].currency"), p.list().stream().map(m -> m.path().toString()).toList());
    }
}
