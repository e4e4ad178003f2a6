package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/** How perceived deportation risk follows the rates reported, and what a closed border reports. */
class RegionalSignalsTest {
    private static final int RUSSIA = Destination.RUSSIA.ordinal();

    /** Every region has 1,000 members in Russia; {@code deported} of them were deported this month. */
    private static void month(RegionalSignals s, long deported, boolean russiaOpen) {
        long[][] deportations = new long[Region.COUNT][Destination.COUNT];
        long[][] abroad = new long[Region.COUNT][Destination.COUNT];
        for (int r = 0; r < Region.COUNT; r++) {
            deportations[r][RUSSIA] = deported;
            abroad[r][RUSSIA] = 1_000 - deported;
        }
        boolean[] open = new boolean[Destination.COUNT];
        Arrays.fill(open, true);
        open[RUSSIA] = russiaOpen;
        s.updateRisk(deportations, abroad, open);
    }

    @Test
    void aClosedBorderHoldsTheRiskItsDeportationsLastReported() {
        RegionalSignals closed = new RegionalSignals(2, 0.3);
        RegionalSignals open = new RegionalSignals(2, 0.3);
        for (int t = 0; t < 24; t++) { // two years of 1% deported a month: perceived risk settles at 0.01
            month(closed, 10, true);
            month(open, 10, true);
        }
        assertEquals(0.01, closed.perceivedRisk[0][RUSSIA], 1e-4);
        for (int t = 0; t < 12; t++) { // a year in which nobody is deported
            month(closed, 0, false);
            month(open, 0, true);
        }
        // closed: nobody could be deported, so nothing was learnt about enforcement; open: none were, so it looks safe
        assertEquals(0.01, closed.perceivedRisk[0][RUSSIA], 1e-4);
        assertTrue(open.perceivedRisk[0][RUSSIA] < 0.001, "no deportations at an open border: "
                + open.perceivedRisk[0][RUSSIA]);
    }
}
