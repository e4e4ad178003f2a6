package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Amnesty;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;

/** A shock's dates in words, as the report, summary.json and describe give them. */
class ShockDatesTest {
    private static final YearMonth APRIL_2026 = YearMonth.of(2026, 4);
    private static final ScheduledShock RAIDS = new ScheduledShock(APRIL_2026, 6, new RaidWave(Destination.RUSSIA, 3));
    private static final ScheduledShock AMNESTY = new ScheduledShock(APRIL_2026, 1, new Amnesty(Destination.RUSSIA));
    private static final ScheduledShock LASTING = new ScheduledShock(APRIL_2026, ScheduledShock.UNTIL_END,
            new RaidWave(Destination.RUSSIA, 3));

    @Test
    void startAndLengthCountsTheMonthsOrSaysToTheEnd() {
        assertEquals("2026-04 for 6 months", ShockDates.startAndLength(RAIDS));
        assertEquals("2026-04 for 1 month", ShockDates.startAndLength(AMNESTY));
        assertEquals("2026-04 to the end", ShockDates.startAndLength(LASTING));
    }

    @Test
    void firstToLastNamesTheLastMonthOrTheOneMonthOrSaysToTheEnd() {
        assertEquals("2026-04 to 2026-09", ShockDates.firstToLast(RAIDS));
        assertEquals("2026-04", ShockDates.firstToLast(AMNESTY));
        assertEquals("2026-04 to the end", ShockDates.firstToLast(LASTING));
    }

    @Test
    void aLineIsTheDatesThenWhatTheShockDoes() {
        assertEquals("2026-04 for 6 months: raid wave in Russia (raids x3)",
                ShockDates.line(ShockDates.startAndLength(RAIDS), RAIDS));
        assertEquals("from 2026-04 for 1 month: " + AMNESTY.shock().describe(), PlainSummary.dated(AMNESTY));
    }
}
