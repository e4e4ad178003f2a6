package org.muhojir.core.calibration;

import java.util.List;

/**
 * One line of a calibration's history.
 *
 * @param evaluation the evaluation's number, from 1
 * @param objective  the objective there
 * @param values     the free parameters' values, in the calibration's parameter order
 */
public record EvaluationRecord(int evaluation, double objective, List<Double> values) {
    /**
     * Copies the values.
     */
    public EvaluationRecord {
        values = List.copyOf(values);
    }
}
