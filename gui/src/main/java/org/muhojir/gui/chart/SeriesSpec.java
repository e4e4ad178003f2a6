package org.muhojir.gui.chart;

import java.awt.Color;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.outcome.MonthlyOutcome;

/**
 * One line of a chart: what it is called, how its value is read from a month's outcome (already in the chart's
 * unit), and how it is drawn.
 *
 * @param name   the legend's label
 * @param value  the value of a month, in the chart's unit
 * @param colour the line's colour
 * @param dashed whether the line is dashed (a counterfactual, for example poverty without remittances)
 */
public record SeriesSpec(String name, ToDoubleFunction<MonthlyOutcome> value, Color colour, boolean dashed) {
    /** The value of {@code o}. */
    public double of(MonthlyOutcome o) {
        return value.applyAsDouble(o);
    }
}
