package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.departures;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.TravelCostChange;

/**
 * A journey to Russia at half its fare for nine months (April to December 2023, month indices 3 to 11), as a travel
 * subsidy would make it.
 *
 * <p>Mechanism: the journey's cost in somoni falls (USD 350 of fare halved, the USD 100 of papers kept), so more
 * candidates can raise it (the journey test of docs/ODD.md 7.5.3) and it weighs less against what they can raise
 * (the cost term of the choice, 7.5.4): more of them go to Russia. Nothing differs before it starts.
 */
class TravelCostChangeRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 11;

    @Override
    PairedRun pair() {
        return PairedRun.ofShock(FIRST, LAST, new TravelCostChange(RUSSIA, 0.5));
    }

    @Test
    void nothingDiffersBeforeTheJourneyIsCheaper() {
        for (int m = 0; m < FIRST; m++) {
            assertEquals(runs.baseline(m).departures()[RUSSIA.ordinal()], runs.policy(m).departures()[RUSSIA.ordinal()],
                    "month " + m);
        }
    }

    @Test
    void aCheaperJourneyTakesMoreToRussia() {
        double baseline = runs.baselineSum(FIRST, LAST, departures(RUSSIA));
        double policy = runs.policySum(FIRST, LAST, departures(RUSSIA));
        assertTrue(policy > 1.02 * baseline, "departures to Russia " + policy + " against " + baseline);
    }
}
