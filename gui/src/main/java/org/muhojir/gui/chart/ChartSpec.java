package org.muhojir.gui.chart;

import java.time.YearMonth;
import java.util.List;

/**
 * A chart: its title, the unit of its vertical axis and its lines. The horizontal axis is the calendar year, a
 * month being placed at {@link #x(YearMonth)}.
 *
 * @param title  the chart's title (also its window's)
 * @param yLabel the vertical axis' label, with its unit
 * @param series the lines, in legend order
 */
public record ChartSpec(String title, String yLabel, List<SeriesSpec> series) {
    public ChartSpec {
        series = List.copyOf(series);
    }

    /** Where month {@code m} sits on the year axis: its year plus (month - 1) / 12; January 2023 is 2023.0. */
    public static double x(YearMonth m) {
        return m.getYear() + (m.getMonthValue() - 1) / 12.0;
    }
}
