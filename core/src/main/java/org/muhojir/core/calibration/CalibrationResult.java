package org.muhojir.core.calibration;

import java.time.Duration;
import java.util.ArrayList;
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
    /**
     * Copies the lists of parameters and evaluations.
     */
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

    /**
     * The values the optimiser's search began from: its first evaluation (evaluation 2), or the starting values when
     * no search ran (a budget of one evaluation). They are the starting values, but BOBYQA moves a value that lies
     * within its initial step of a bound, on the parameters scaled to 0..1 between their bounds, to exactly that step
     * inside the bound (onto the bound if it was on or beyond it): Powell's method builds its first model from points
     * a step either side of its start, which must be within the bounds. The starting values themselves are
     * evaluation 1, so the fit is never worse than they are.
     */
    public List<Double> searchStart() {
        return history.size() > 1 ? history.get(1).values() : initial.values();
    }

    /**
     * The parameters whose value the search began from differs from their starting value (more than a millionth of
     * their range apart: not the rounding of scaling them to 0..1 and back), in order.
     */
    public List<FreeParameter> movedAtSearchStart() {
        List<Double> began = searchStart();
        List<FreeParameter> moved = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            FreeParameter p = parameters.get(i);
            if (Math.abs(began.get(i) - initial.values().get(i)) > 1e-6 * (p.upper() - p.lower())) {
                moved.add(p);
            }
        }
        return moved;
    }
}
