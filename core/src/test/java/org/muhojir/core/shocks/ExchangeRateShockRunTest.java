package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.remittancesUsd;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.world.Destination;

/**
 * A rouble devaluation: twice as many roubles per US dollar for six months (April to September 2023, month
 * indices 3 to 8), against the baseline on the same seed.
 *
 * <p>Mechanism: migrants in Russia earn, spend and send roubles; the remittance phase converts what they send to
 * dollars at the month's rate. Doubling roubles per dollar halves the dollar value of the same roubles, so USD
 * remittances from Russia fall by about half while the shock lasts ("a rouble collapse cuts dollar remittances
 * even when rouble wages hold") and recover when the rate returns.
 */
class ExchangeRateShockRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;

    @Override
    PairedRun pair() {
        return PairedRun.ofShock(FIRST, LAST, new ExchangeRateShock("RUB", 2.0));
    }

    @Test
    void inTheFirstMonthTheSameRoublesBuyExactlyHalfTheDollars() {
        // Nothing differed before the shock, and this month's earnings and the amounts sent in roubles do not
        // depend on the rate: USD remittances from Russia are exactly half the baseline's. Other corridors,
        // paid in other currencies, are untouched.
        double baseline = runs.baseline(FIRST).remittancesSentUsd()[RUSSIA.ordinal()];
        assertEquals(baseline / 2, runs.policy(FIRST).remittancesSentUsd()[RUSSIA.ordinal()], baseline * 1e-12);
        int kazakhstan = Destination.KAZAKHSTAN.ordinal();
        assertEquals(runs.baseline(FIRST).remittancesSentUsd()[kazakhstan],
                runs.policy(FIRST).remittancesSentUsd()[kazakhstan]);
    }

    @Test
    void usdRemittancesFromRussiaStayLowWhileTheShockLasts() {
        for (int m = FIRST; m <= LAST; m++) {
            double ratio = runs.policy(m).remittancesSentUsd()[RUSSIA.ordinal()]
                    / runs.baseline(m).remittancesSentUsd()[RUSSIA.ordinal()];
            // half the dollars per migrant, times Russia's stock relative to the baseline's (within a few per cent)
            assertTrue(ratio < 0.6, "month " + m + ": USD remittances from Russia at " + ratio + " of the baseline");
        }
    }

    @Test
    void usdRemittancesRecoverWhenTheRateReturns() {
        double during = runs.policySum(FIRST, LAST, remittancesUsd(RUSSIA))
                / runs.baselineSum(FIRST, LAST, remittancesUsd(RUSSIA));
        double after = runs.policySum(LAST + 1, 11, remittancesUsd(RUSSIA))
                / runs.baselineSum(LAST + 1, 11, remittancesUsd(RUSSIA));
        // After the shock each rouble is worth the baseline's dollars again; only the slightly smaller stock in
        // Russia (fewer left while earnings in somoni were halved) keeps remittances below the baseline.
        assertTrue(after > 0.85, "after the shock: " + after + " of the baseline");
        assertTrue(after > 1.5 * during, "after " + after + " vs during " + during);
    }
}
