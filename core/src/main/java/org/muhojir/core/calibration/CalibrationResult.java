package org.muhojir.core.calibration;

import java.time.Duration;
import java.util.List;

/**
 * What a calibration found: the fitted values, the fit at the start and at the end, and every evaluation.
 *
 * @param parameters the free parameters, in order
 * @param initial    the model at the starting values (those of the anchors' scenarios)
 * @param fitted     the model at the best point evaluated; its fits are the fit table
 * @param history    every evaluation in order (the start is evaluation 1)
 * @param settings   how the search ran
 * @param elapsed    wall-clock time of the whole calibration
 */
public record CalibrationResult(List<FreeParameter> parameters, Evaluation initial, Evaluation fitted,
                                List<EvaluationRecord> history, CalibrationSettings settings, Duration elapsed) {
    public CalibrationResult {
        parameters = List.copyOf(parameters);
        history = List.copyOf(history);
    }

    /** The fitted value of the parameter called {@code name}. */
    public double fittedValue(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return fitted.values().get(i);
            }
        }
        throw new IllegalArgumentException("no free parameter '" + name + "' in this calibration");
    }

    /** The fit table at the fitted values: target, simulated mean and interval, error, pass or fail. */
    public List<TargetFit> fitTable() {
        return fitted.fits();
    }

    /** Objective evaluations made, the start included. */
    public int evaluations() {
        return history.size();
    }
}
