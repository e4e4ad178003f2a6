package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.deportations;
import static org.muhojir.core.shocks.ShockRuns.from;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.RaidWave;

/**
 * A raid wave in Russia: five times the raid hazard of legal and irregular migrants for six months (April to
 * September 2023, month indices 3 to 8), against the baseline on the same seed.
 *
 * <p>Mechanism: a migrant is detained when the month's raid draw falls below the raid hazard, and a share of the
 * detained (the deportation share, unchanged by the wave) is deported and banned for five years. With the same
 * draws, five times the hazard detains everyone the baseline detains and more, so deportations rise about
 * five-fold; every deportation takes one person out of Russia's stock and puts one ban in force at home.
 */
class RaidWaveRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;

    @Override
    PairedRun pair() {
        return PairedRun.ofShock(FIRST, LAST, new RaidWave(RUSSIA, 5.0));
    }

    @Test
    void beforeTheWaveThePolicyRunIsTheBaseline() {
        // common random numbers: nothing differs until a shock is in force
        for (int m = 0; m < FIRST; m++) {
            assertEquals(runs.baseline(m), runs.policy(m), "month " + m);
        }
    }

    @Test
    void deportationsFromRussiaRiseAboutFiveFoldDuringTheWave() {
        double baseline = runs.baselineSum(FIRST, LAST, deportations(RUSSIA));
        double policy = runs.policySum(FIRST, LAST, deportations(RUSSIA));
        // Deportations per migrant are deportation share x raid hazard, so x5 with the wave; Russia's stock falls
        // by a few per cent at most over six months, so at least three times the baseline's deportations remain.
        assertTrue(baseline > 0, "the baseline deports someone");
        assertTrue(policy >= 3 * baseline, "deportations during the wave: policy " + policy + ", baseline " + baseline);
        // In the wave's first month the state is the baseline's, so the deported are a superset of the baseline's.
        assertTrue(runs.policy(FIRST).deportations()[RUSSIA.ordinal()]
                >= runs.baseline(FIRST).deportations()[RUSSIA.ordinal()]);
    }

    @Test
    void bansInForceRiseByTheExtraDeportations() {
        double extraDeportations = runs.policySum(FIRST, LAST, deportations(RUSSIA))
                - runs.baselineSum(FIRST, LAST, deportations(RUSSIA));
        double extraBans = runs.policy(LAST).bansInForce() - runs.baseline(LAST).bansInForce();
        // Bans last five years, so none issued in this run expires; each deportation adds a banned member at home,
        // and only a banned member who leaves for another destination stops counting. Most extra deportations
        // are therefore still extra bans at the end of the wave.
        assertTrue(extraDeportations > 0);
        assertTrue(extraBans >= 0.8 * extraDeportations,
                "extra bans " + extraBans + " for " + extraDeportations + " extra deportations");
    }

    @Test
    void russiasStockFalls() {
        double extraDeportations = runs.policySum(FIRST, LAST, deportations(RUSSIA))
                - runs.baselineSum(FIRST, LAST, deportations(RUSSIA));
        double baseline = runs.baseline(LAST).abroad(RUSSIA);
        double policy = runs.policy(LAST).abroad(RUSSIA);
        // Each extra deportation removes a migrant; households hear of the raids and send fewer people, which
        // lowers the stock further. Replacements from the same households can make up only part of it.
        assertTrue(baseline - policy >= 0.7 * extraDeportations,
                "Russia's stock at the end of the wave: policy " + policy + ", baseline " + baseline
                        + ", extra deportations " + extraDeportations);
    }
}
