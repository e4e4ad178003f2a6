package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.irregularShare;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.world.Destination;

/**
 * Tightened rules in Russia for a year: patents 1.5 times dearer, the exam pass rate times 0.72 (first-attempt
 * failure from 3% to 30%), and 3 percentage points a month more risk of losing status (registers of "controlled
 * persons").
 *
 * <p>Mechanism: restrictions push migrants into irregular status rather than home. A legal migrant lapses when the
 * month's draw falls below the lapse hazard (2% a month, now 5%); an arrival is legal only after passing the exam,
 * now failed more often; an irregular migrant regularises only by passing it. So the irregular share of Russia's
 * stock rises month after month.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TightenedRulesRunTest {
    private static final int MONTHS = 12;
    private static final Destination RUSSIA = Destination.RUSSIA;

    private PairedRun runs;

    @BeforeAll
    void run() {
        runs = PairedRun.of(ShockRuns.baseline(0.01, MONTHS),
                from(0, ScheduledShock.UNTIL_END, new TightenedRules(RUSSIA, 1.5, 0.72, 0.03)));
    }

    @Test
    void theIrregularShareInRussiaIsHigherEveryMonth() {
        for (int m = 0; m < MONTHS; m++) {
            double baseline = irregularShare(runs.baseline(m), RUSSIA);
            double policy = irregularShare(runs.policy(m), RUSSIA);
            assertTrue(policy > baseline, "month " + m + ": " + policy + " vs baseline " + baseline);
        }
    }

    @Test
    void afterAYearTheIrregularShareHasRisenByAtLeastTenPoints() {
        // Where lapses of the legal balance regularisations of the irregular (arrivals and returns aside):
        // lapse x (1 - s) = regularise x pass x s. The mean exam fit over Russian levels is 0.25 x 0.5 + 0.35 x 0.85
        // + 0.30 x 1 + 0.10 x 1 = 0.8225. Baseline: 0.02 (1 - s) = 0.05 x 0.97 x 0.8225 s, so s = 0.33, near the
        // initial 30%. Tightened: 0.05 (1 - s) = 0.05 x 0.97 x 0.72 x 0.8225 s = 0.0287 s, so s = 0.64. The share
        // closes 0.05 + 0.0287 = 7.9% of the gap a month, so 1 - exp(-12 x 0.079) = 61% of it in a year: about
        // 0.33 + 0.61 x 0.31 = 0.52, some 19 points above the baseline. Ten points leaves room for arrivals.
        double baseline = irregularShare(runs.baseline(MONTHS - 1), RUSSIA);
        double policy = irregularShare(runs.policy(MONTHS - 1), RUSSIA);
        assertEquals(0.32, baseline, 0.04, "baseline irregular share");
        assertTrue(policy > baseline + 0.10, "irregular share after a year: " + policy + " vs " + baseline);
    }
}
