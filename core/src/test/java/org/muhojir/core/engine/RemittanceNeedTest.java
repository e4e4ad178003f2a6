package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.LegalStatus;

/**
 * Who is in need when remittances are sent (phase 3, docs/ODD.md 7.3): a household whose consumption last month was
 * under the poverty line gets the larger share; one above it, or one with nobody at home last month (consumption 0:
 * no one to feed), gets the ordinary share, even when a member has come home since. What one member sends is
 * compared across the household's last month, everything else equal.
 */
class RemittanceNeedTest {
    private static final float EARNED = 5_000; // the member's net earnings this month, local currency

    @Test
    void nobodyAtHomeLastMonthIsNotInNeedEvenWithSomebodyHomeNow() {
        MuhojirModel m = new MuhojirModel(RunFixtures.baseline(0.01, 12), RunOptions.seed(RunFixtures.SEED));
        m.start();
        m.stepMonth();
        RemittancePhase phase = new RemittancePhase(2);
        phase.before(m);
        int s = aMemberAbroadWithSomebodyAtHome(m.households());
        double line = m.economy().povertyLine();

        double nobodyHome = sent(m, phase, s, 0);
        double wellOff = sent(m, phase, s, (float) (2 * line));
        double poor = sent(m, phase, s, (float) (0.5 * line));

        assertEquals(wellOff, nobodyHome, 0, "nobody at home last month is not in need");
        assertTrue(poor > wellOff, "a poor household gets more: " + poor + " against " + wellOff);
    }

    /** What the member in slot {@code s} sends, US dollars, when its household's consumption last month was that. */
    private static double sent(MuhojirModel m, RemittancePhase phase, int s, float consumptionLastMonth) {
        Households hh = m.households();
        int h = s / Households.SLOTS;
        hh.consumption[h] = consumptionLastMonth;
        hh.slotEarnedLocal[s] = EARNED;
        phase.sendHome(m, hh, h, ChunkTotals.of(m));
        return hh.slotSentUsd[s];
    }

    /** The slot of a member abroad, not naturalised, whose household has somebody at home. */
    private static int aMemberAbroadWithSomebodyAtHome(Households hh) {
        byte naturalised = (byte) LegalStatus.NATURALISED.ordinal();
        for (int s = 0; s < hh.size * Households.SLOTS; s++) {
            int h = s / Households.SLOTS;
            if (hh.slotDestination[s] != Households.NONE && hh.slotStatus[s] != naturalised
                    && hh.membersAtHome(h) > 0) {
                return s;
            }
        }
        throw new AssertionError("no member abroad");
    }
}
