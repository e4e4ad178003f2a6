package org.muhojir.gui.chart;

import java.awt.Component;
import java.awt.Dimension;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JViewport;
import javax.swing.ScrollPaneConstants;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.XYPlot;
import sim.util.media.chart.TimeSeriesChartGenerator;

/** Small adjustments that make MASON's time-series charts read well in small windows. */
public final class ChartLook {
    /**
     * Smallest height a chart is drawn at before being scaled into its panel, pixels: in a lower panel its text
     * shrinks evenly (to 0.72 of its size in the 260-pixel panels of a 1280 x 800 screen).
     */
    static final double MIN_DRAW_HEIGHT = 360;

    private ChartLook() {
    }

    /** Labels the horizontal axis with whole years (2023, 2024), not 2023.2 or "2,023". */
    public static void yearAxis(TimeSeriesChartGenerator chart) {
        if (chart.getChart().getPlot() instanceof XYPlot plot && plot.getDomainAxis() instanceof NumberAxis axis) {
            TickUnits units = new TickUnits();
            DecimalFormat year = new DecimalFormat("0", DecimalFormatSymbols.getInstance(Locale.ROOT));
            for (int step : new int[] {1, 2, 5, 10, 20}) {
                units.add(new NumberTickUnit(step, year));
            }
            axis.setStandardTickUnits(units);
            axis.setAutoRangeIncludesZero(false);
        }
    }

    /**
     * Gathers MASON's chart settings, with its row of controls above the chart, into one scrolling panel folded away
     * to the left (the divider's arrow opens it, {@link ChartSettings#OPEN_WIDTH} pixels wide, and closes it), and
     * draws the chart at its panel's real size, so text keeps its natural size however the window is sized. Call
     * after the chart is in its window.
     */
    public static void compact(TimeSeriesChartGenerator chart) {
        for (Component c : chart.getComponents()) {
            if (c instanceof JSplitPane split) {
                ChartSettings.gather(split);
                split.setOneTouchExpandable(true);
                split.getLeftComponent().setMinimumSize(new Dimension(0, 0));
                split.setDividerLocation(0);
                split.setLastDividerLocation(ChartSettings.OPEN_WIDTH); // where the divider's arrow opens it
            }
        }
        fitToWindow(chart);
    }

    /**
     * Draws the chart {@code height} pixels high (at least {@link #MIN_DRAW_HEIGHT}) and {@code proportion} times
     * as wide, scaled evenly into its panel: text keeps its natural size in a panel at least that high and shrinks no
     * more than to MIN_DRAW_HEIGHT / height below it (MASON draws every chart 480 high, so text in a 260-pixel panel
     * was at half size; at its natural size there, the legend and title left no room for the plot). MASON's own
     * Scale, Proportion and Fill controls put its 480 back (its resizeChart); the next resize of the window, which
     * calls this again, restores it (docs/gui.md).
     */
    private static void drawAt(TimeSeriesChartGenerator chart, double height, double proportion) {
        int h = (int) Math.round(Math.max(MIN_DRAW_HEIGHT, height));
        int w = (int) Math.round(h * proportion);
        chart.getChartPanel().setMinimumDrawHeight(h);
        chart.getChartPanel().setMaximumDrawHeight(h);
        chart.getChartPanel().setMinimumDrawWidth(w);
        chart.getChartPanel().setMaximumDrawWidth(w);
    }

    /**
     * Keeps the whole chart in view: MASON draws a chart as wide as its window and {@code width / proportion} high,
     * scrolling what is left below (cutting off the axis label and the lower part of the plot), and shrinks a
     * chart drawn larger than its scale says; this sets the proportion and the scale to the visible area's
     * whenever the window is resized, so the chart fills it exactly with text at its natural size.
     */
    private static void fitToWindow(TimeSeriesChartGenerator chart) {
        if (!(chart.getChartPanel().getParent() instanceof JViewport viewport)) {
            return;
        }
        if (viewport.getParent() instanceof JScrollPane scroll) {
            scroll.setVerticalScrollBarPolicy(ScrollPaneConstants.VERTICAL_SCROLLBAR_NEVER);
        }
        viewport.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (viewport.getWidth() > 0 && viewport.getHeight() > 0) {
                    // to a thousandth (under a pixel), as MASON's Scale and Proportion fields show them
                    double proportion = Math.round(1000.0 * viewport.getWidth() / viewport.getHeight()) / 1000.0;
                    double scale = Math.floor(1000 * viewport.getHeight() / chart.DEFAULT_CHART_HEIGHT) / 1000;
                    if (Math.abs(proportion - chart.getProportion()) > 1e-3
                            || Math.abs(scale - chart.getScale()) > 1e-3) {
                        chart.setScale(scale); // drawn at the window's own size: text at its natural size
                        chart.setProportion(proportion);
                        drawAt(chart, viewport.getHeight(), proportion);
                    }
                }
            }
        });
    }
}
