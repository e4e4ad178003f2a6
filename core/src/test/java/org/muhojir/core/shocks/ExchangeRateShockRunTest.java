package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.remittancesUsd;

import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.world.Destination;

/**
 * A rouble devaluation: twice as many roubles per US dollar for six months (April to September 2023, month
 * indices 3 to 8), against the baseline on the same seed.
 *
 * <p>Mechanism: migrants in Russia earn, spend and send roubles; the remittance phase converts what they send to
 * dollars at the month's rate. Doubling roubles per dollar halves the dollar value of the same roubles, so USD
 * remittances from Russia fall by about half while the shock lasts ("a rouble collapse cuts dollar remittances
 * even when rouble wages hold") and recover when the rate returns. A month in Russia is worth half as much at home,
 * so migrants there go home sooner: the return rule multiplies each one's hazard by 2 to the power of its earnings
 * elasticity (the ratio of earnings abroad to earnings at home halves), and the stock in Russia falls.
 */
class ExchangeRateShockRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;

    @Override
    PairedRun pair() {
        // 4% of households: April's returns from Russia are about a hundred a month at 1% (the season's low), too
        // few for the hazard ratio below to be read within 10% (a binomial count of the extra returns)
        return PairedRun.ofShock(FIRST, LAST, new ExchangeRateShock("RUB", 2.0), 0.04);
    }

    @Test
    void inTheFirstMonthTheSameRoublesBuyHalfTheDollars() {
        // Nothing differed before the shock, and this month's earnings and the amounts sent in roubles do not
        // depend on the rate: each migrant still in Russia sends exactly half the baseline's dollars. A few more go
        // home this month before sending (their hazard is a third higher: a month's hazard is some 7%), so Russia
        // sends a little less than half, within 3%. Other corridors, paid in other currencies, are untouched.
        double half = runs.baseline(FIRST).remittancesSentUsd()[RUSSIA.ordinal()] / 2;
        double policy = runs.policy(FIRST).remittancesSentUsd()[RUSSIA.ordinal()];
        assertTrue(policy < half && policy > 0.97 * half, "USD from Russia " + policy + " against half " + half);
        int kazakhstan = Destination.KAZAKHSTAN.ordinal();
        assertEquals(runs.baseline(FIRST).remittancesSentUsd()[kazakhstan],
                runs.policy(FIRST).remittancesSentUsd()[kazakhstan]);
    }

    @Test
    void aWeakerRoubleBringsMigrantsHomeSooner() {
        // in the shock's first month every migrant in Russia has the baseline's draws and a hazard 2^elasticity
        // times as high (0.4: 1.32; naturalised members' hazard does not answer earnings, so a little less); a 4%
        // sample has some four hundred returns in April, so the extra ones are read within about 10%
        double expected = Math.pow(2, Muhojir.defaultScenario().behaviour().returnEarningsElasticity());
        double ratio = runs.policyOverBaseline(FIRST, o -> o.returnsByChoice()[RUSSIA.ordinal()]);
        assertTrue(Math.abs(ratio / expected - 1) < 0.1, "returns from Russia at " + ratio + " of the baseline, "
                + "expected " + expected);
        double stockBaseline = runs.baseline(LAST).abroad(RUSSIA);
        double stockPolicy = runs.policy(LAST).abroad(RUSSIA);
        assertTrue(stockPolicy < 0.97 * stockBaseline, "stock in Russia " + stockPolicy + " vs " + stockBaseline);
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
