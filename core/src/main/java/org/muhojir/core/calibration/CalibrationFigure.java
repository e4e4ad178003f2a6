package org.muhojir.core.calibration;

/**
 * One figure of the calibration years as a target of the history: the {@link Target} (moment, year, value,
 * tolerance, weight, source) and the cell of {@code data/} its value is read from.
 *
 * @param target the target; its value is the cell's number times the cell's scale
 * @param data   where the figure sits in {@code data/}
 */
public record CalibrationFigure(Target target, DataCell data) {
    /**
     * @throws IllegalArgumentException if the target or the data cell is null
     */
    public CalibrationFigure {
        if (target == null || data == null) {
            throw new IllegalArgumentException("a calibration figure needs a target and a data cell");
        }
    }

    /** Whether the figure is fitted (weight above 0) rather than only reported. */
    public boolean fitted() {
        return target.weight() > 0;
    }
}
