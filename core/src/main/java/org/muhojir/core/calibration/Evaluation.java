package org.muhojir.core.calibration;

import java.util.List;

/**
 * The model at one point of the parameter space: the parameter values, the fit of every target, and the
 * objective.
 *
 * @param values the free parameters' values, in the calibration's parameter order, in their units
 * @param fits   one row per target, anchors in order, targets in their order
 */
public record Evaluation(List<Double> values, List<TargetFit> fits) {
    /**
     * Copies the values and fits.
     */
    public Evaluation {
        values = List.copyOf(values);
        fits = List.copyOf(fits);
    }

    /**
     * The objective: the sum over targets of weight times the squared error of the simulated mean in the target's
     * tolerances ({@link TargetFit#objectiveTerm}).
     */
    public double objective() {
        double sum = 0;
        for (TargetFit f : fits) {
            sum += f.objectiveTerm();
        }
        return sum;
    }

    /** How many targets pass. */
    public long passing() {
        return fits.stream().filter(TargetFit::passes).count();
    }

    /** The fit of the target with this id (in the first anchor that has it). */
    public TargetFit fit(String targetId) {
        return fits.stream().filter(f -> f.target().id().equals(targetId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target '" + targetId + "'"));
    }
}
