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
     * Folds MASON's chart settings away to the left (the divider's arrow opens them again) and draws the chart at
     * its panel's real size, so text keeps its natural size however the window is sized. Call after the chart is
     * in its window.
     */
    public static void compact(TimeSeriesChartGenerator chart) {
        for (Component c : chart.getComponents()) {
            if (c instanceof JSplitPane split) {
                split.setOneTouchExpandable(true);
                split.getLeftComponent().setMinimumSize(new Dimension(0, 0));
                split.setDividerLocation(0);
            }
        }
        fitToWindow(chart);
        chart.getChartPanel().setMinimumDrawWidth(100);
        chart.getChartPanel().setMinimumDrawHeight(100);
        chart.getChartPanel().setMaximumDrawWidth(4000);
        chart.getChartPanel().setMaximumDrawHeight(4000);
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
                    double proportion = viewport.getWidth() / (double) viewport.getHeight();
                    double scale = viewport.getHeight() / chart.DEFAULT_CHART_HEIGHT;
                    if (Math.abs(proportion - chart.getProportion()) > 1e-3
                            || Math.abs(scale - chart.getScale()) > 1e-3) {
                        chart.setScale(scale); // drawn at the window's own size: text at its natural size
                        chart.setProportion(proportion);
                    }
                }
            }
        });
    }
}
