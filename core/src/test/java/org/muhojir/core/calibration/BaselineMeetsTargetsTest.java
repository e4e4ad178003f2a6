package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;

/**
 * The shipped baselines must reproduce their calibration targets within their tolerances (issue 4, item 3), so a
 * later change that breaks calibration is caught. Each is checked on a 2% sample with 3 replications and another
 * seed than its calibration run's (out of sample). Targets that are reported but not fitted are not asserted:
 * the 2023 remittances and the 2013 poverty figures, which the model cannot meet, and returns over departures in
 * both years, which a warmed-up world cannot show (docs/calibration.md, section 6 explains why).
 */
class BaselineMeetsTargetsTest {
    private static final long SEED = 4242;

    @Test
    void theBaselineReproducesEveryFittedTargetOfTwentyTwentyThree() {
        // all but the two remittance targets and returns over departures
        assertFittedTargetsMet(CalibrationTargets.present2023(0.02), 7);
    }

    @Test
    void theHistoryReproducesEveryFittedTargetOfTwentyThirteenAndTwentyTwentyThree() {
        // the 2013 figures (remittances in USD and as a share of GDP, migrants in Russia, departures and men's share
        // of departures; not the two poverty figures nor returns over departures) and 2023's seven
        assertFittedTargetsMet(CalibrationTargets.historyAnchor(0.02), 12);
    }

    /** Runs the anchor and asserts that its {@code fitted} targets of weight above 0 all pass. */
    private static void assertFittedTargetsMet(Anchor anchor, int fitted) {
        List<RunResult> runs = Muhojir.replicate(anchor.scenario(), RunOptions.seed(SEED), 3, 2);
        List<TargetFit> fits = Calibrator.fit(anchor, runs).stream().filter(f -> f.target().weight() > 0).toList();
        assertEquals(fitted, fits.size());
        assertNoMisses(fits);
    }

    private static void assertNoMisses(List<TargetFit> fits) {
        List<TargetFit> misses = fits.stream().filter(f -> !f.passes()).toList();
        assertTrue(misses.isEmpty(), () -> "targets missed: " + misses.stream()
                .map(f -> f.target().id() + " simulated " + f.mean() + " vs " + f.target().value() + " +- "
                        + f.target().tolerance())
                .collect(Collectors.joining("; ")));
    }
}
