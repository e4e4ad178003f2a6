package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.remittancesUsd;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.policy.WageShock;
import org.muhojir.core.world.Destination;

/**
 * A 20% cut of wages in Russia, in roubles, for nine months (April to December 2023, month indices 3 to 11).
 *
 * <p>Mechanism: a migrant sends a share of what is left after living costs (10,000 RUB a month) and, if legal, the
 * patent (6,962.5 RUB a month in 2023); that share does not change. Wages fall by 20% but costs do not, so what is
 * left, and so what is sent, falls by more than 20%. By hand, what is left before and after the cut (RUB a month):
 * <ul>
 *   <li>unskilled, legal: 27,900 x 1.9 = 53,010 wage; 36,047.5 before, 42,408 - 16,962.5 = 25,445.5 after (-29%);</li>
 *   <li>unskilled, irregular (wage x 25,100 / 27,900, no patent): 47,690 wage; 37,690 before, 28,152 after (-25%);</li>
 *   <li>trade, legal (x 1.4): 74,214 wage; 57,251.5 before, 42,408.7 after (-26%);</li>
 *   <li>higher education, legal (x 1.25): 66,262.5 wage; 49,300 before, 36,047.5 after (-27%);</li>
 *   <li>naturalised, unskilled (no patent): 43,010 before, 32,408 after (-25%).</li>
 * </ul>
 * Every group sends between 23% and 30% less.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WageShockRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 11;
    private static final Destination RUSSIA = Destination.RUSSIA;

    private PairedRun runs;

    @BeforeAll
    void run() {
        runs = PairedRun.of(ShockRuns.baseline(0.01, 12), from(FIRST, LAST - FIRST + 1, new WageShock(RUSSIA, 0.8)));
    }

    @Test
    void inTheFirstMonthRemittancesFromRussiaFallBetweenTwentyAndThirtyPerCent() {
        // Nothing differed before, so the same migrants work and send the same share of a smaller surplus: the ratio
        // is an average of the per-group ratios above, all between 0.70 and 0.77.
        double ratio = runs.policy(FIRST).remittancesSentUsd()[RUSSIA.ordinal()]
                / runs.baseline(FIRST).remittancesSentUsd()[RUSSIA.ordinal()];
        assertTrue(ratio > 0.70 && ratio < 0.80, "ratio " + ratio);
    }

    @Test
    void remittancesFromRussiaStayLowerWhileWagesAreCut() {
        for (int m = FIRST; m <= LAST; m++) {
            double ratio = runs.policy(m).remittancesSentUsd()[RUSSIA.ordinal()]
                    / runs.baseline(m).remittancesSentUsd()[RUSSIA.ordinal()];
            assertTrue(ratio < 0.85, "month " + m + ": " + ratio);
        }
        assertTrue(runs.policySum(FIRST, LAST, remittancesUsd(RUSSIA))
                < 0.8 * runs.baselineSum(FIRST, LAST, remittancesUsd(RUSSIA)));
    }
}
