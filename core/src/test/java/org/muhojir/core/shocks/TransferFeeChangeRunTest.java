package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.feesUsd;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.remittancesUsd;

import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.world.Destination;

/**
 * Cheaper transfers on the Russia corridor: the fee falls to a quarter of the scenario's (in the baseline from 2% to
 * 0.5%) of each remittance for nine months (April to December 2023, month indices 3 to 11).
 *
 * <p>Mechanism: the fee is taken from what the migrant sends, and the rest arrives in somoni at the month's rate:
 * received = (sent - sent x fee rate) x TJS per USD. What migrants send does not depend on the fee, so the fee paid
 * falls to a quarter and households receive three quarters of the old fee rate (1.5% in the baseline) of the
 * corridor's flow more.
 */
class TransferFeeChangeRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 11;
    /** The baseline's fee rates, as shares of what is sent. */
    private static final double OLD_RATE = ShockRuns.baseline(0.01, 12).destination(RUSSIA).transferFeeRate();
    private static final double KAZAKHSTAN_RATE = ShockRuns.baseline(0.01, 12)
            .destination(Destination.KAZAKHSTAN).transferFeeRate();
    /** The fee rate on the Russian corridor while the change is in force: a quarter of the old. */
    private static final double NEW_RATE = OLD_RATE / 4;

    @Override
    PairedRun pair() {
        return PairedRun.ofShock(FIRST, LAST, new TransferFeeChange(RUSSIA, NEW_RATE));
    }

    @Test
    void feesOnTheCorridorAreTheNewRateOfWhatIsSent() {
        for (int m = FIRST; m <= LAST; m++) {
            MonthlyOutcome o = runs.policy(m);
            int r = RUSSIA.ordinal();
            assertEquals(NEW_RATE * o.remittancesSentUsd()[r], o.transferFeesUsd()[r], 1e-6 * o.transferFeesUsd()[r]);
            int k = Destination.KAZAKHSTAN.ordinal();
            assertEquals(KAZAKHSTAN_RATE * o.remittancesSentUsd()[k], o.transferFeesUsd()[k],
                    1e-6 * o.transferFeesUsd()[k], "other corridors keep their own rate");
        }
    }

    @Test
    void inTheFirstMonthEveryDollarOfFeesSavedArrivesInSomoni() {
        MonthlyOutcome b = runs.baseline(FIRST);
        MonthlyOutcome p = runs.policy(FIRST);
        int r = RUSSIA.ordinal();
        // same amounts sent (nothing differed before), a quarter of the fee, the difference received
        assertEquals(b.remittancesSentUsd()[r], p.remittancesSentUsd()[r]);
        double saved = b.transferFeesUsd()[r] - p.transferFeesUsd()[r];
        assertEquals(0.75 * b.transferFeesUsd()[r], saved, 1e-6 * saved);
        double savedTjs = saved * p.tjsPerUsd();
        assertEquals(savedTjs, p.remittancesReceivedTjs() - b.remittancesReceivedTjs(), 1e-6 * savedTjs);
    }

    @Test
    void overTheShockFeesFallAndSomoniReceivedRise() {
        double baselineFees = runs.baselineSum(FIRST, LAST, feesUsd(RUSSIA));
        double policyFees = runs.policySum(FIRST, LAST, feesUsd(RUSSIA));
        assertTrue(policyFees < 0.3 * baselineFees, "fees " + policyFees + " vs baseline " + baselineFees);
        double baselineTjs = runs.baselineSum(FIRST, LAST, MonthlyOutcome::remittancesReceivedTjs);
        double policyTjs = runs.policySum(FIRST, LAST, MonthlyOutcome::remittancesReceivedTjs);
        // three quarters of the old rate of Russia's flow, which is nearly all remittances (1.5% in the baseline):
        // at least half the old rate more somoni (1%)
        assertTrue(policyTjs > (1 + OLD_RATE / 2) * baselineTjs,
                "TJS received " + policyTjs + " vs baseline " + baselineTjs);
        // and no fewer dollars sent: migrants do not send less because fees are lower
        assertTrue(runs.policySum(FIRST, LAST, remittancesUsd(RUSSIA))
                >= 0.99 * runs.baselineSum(FIRST, LAST, remittancesUsd(RUSSIA)));
    }
}
