package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;

/**
 * The shipped baseline must reproduce its 2023 calibration targets within their tolerances (issue 4, item 3), so a
 * later change that breaks calibration is caught. Checked on a 2% sample with 3 replications and another seed than
 * the calibration run's (out of sample). The remittance targets are not met (docs/calibration.md explains why), so
 * they are reported by the calibration but, having weight 0 there, are not asserted here.
 */
class BaselineMeetsTargetsTest {

    @Test
    void theBaselineReproducesEveryFittedTargetOfTwentyTwentyThree() {
        Anchor present = CalibrationTargets.present2023(0.02);
        List<RunResult> runs = Muhojir.replicate(present.scenario(), RunOptions.seed(4242), 3, 2);
        List<TargetFit> misses = Calibrator.fit(present, runs).stream()
                .filter(f -> !f.target().id().startsWith("remittances"))
                .filter(f -> !f.passes())
                .toList();
        assertTrue(misses.isEmpty(), () -> "targets missed: " + misses.stream()
                .map(f -> f.target().id() + " simulated " + f.mean() + " vs " + f.target().value() + " +- "
                        + f.target().tolerance())
                .collect(Collectors.joining("; ")));
    }
}
