package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.departures;
import static org.muhojir.core.shocks.ShockRuns.remittancesUsd;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.LabourDemand;

/**
 * A recession in Russia that costs migrants 30% of their months of work, for six months (April to September 2023,
 * month indices 3 to 8).
 *
 * <p>Mechanism: a member abroad has work in a month when their own draw falls below the chance of work; with the
 * chance times 0.7, exactly those whose draw falls between the lower and the old chance lose the month's work (the
 * draws are the baseline's). Without work nothing is sent, so in the first month what Russia sends falls to about
 * 0.7 of the baseline's (every member who earned loses work with the same probability, 0.3). Candidates expect 30%
 * less from Russia (their expected earnings are the chance of work times the wage, less costs), so fewer go.
 */
class LabourDemandRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;

    @Override
    PairedRun pair() {
        return PairedRun.ofShock(FIRST, LAST, new LabourDemand(RUSSIA, 0.7));
    }

    @Test
    void inTheFirstMonthRemittancesFromRussiaFallToAboutSevenTenths() {
        // 0.7 in expectation; a 1% sample sends from some 5,000 members, so the ratio lies within a few points
        double ratio = runs.policyOverBaseline(FIRST, remittancesUsd(RUSSIA));
        assertTrue(ratio > 0.64 && ratio < 0.76, "ratio " + ratio);
    }

    @Test
    void fewerLeaveForRussiaWhileThereIsLessWork() {
        double baseline = runs.baselineSum(FIRST, LAST, departures(RUSSIA));
        double policy = runs.policySum(FIRST, LAST, departures(RUSSIA));
        assertTrue(policy < 0.97 * baseline, "departures to Russia " + policy + " vs " + baseline);
    }
}
