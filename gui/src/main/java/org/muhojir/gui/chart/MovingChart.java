package org.muhojir.gui.chart;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.jfree.data.xy.XYSeries;
import org.muhojir.core.outcome.MonthlyOutcome;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * A {@link ChartSpec} drawn by MASON's {@link TimeSeriesChartGenerator}, one point a month. Values are read from
 * the outcome on the model's thread ({@link #add}) and handed to Swing, which alone touches the chart's data, so
 * drawing never races the model.
 */
public final class MovingChart {
    /** Size of a chart's window, pixels: four fit side by side on a 1920-pixel screen. */
    static final int FRAME_WIDTH = 475;
    static final int FRAME_HEIGHT = 372;
    /** Height of the chart inside the window, pixels. */
    static final double CHART_HEIGHT = 330;

    private final ChartSpec spec;
    private final TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
    private final List<XYSeries> series = new ArrayList<>();

    /** Builds the chart; call on Swing's event thread. */
    public MovingChart(ChartSpec spec) {
        this.spec = spec;
        chart.setTitle(spec.title());
        chart.setXAxisLabel("year");
        chart.setYAxisLabel(spec.yLabel());
        chart.setProportion(1.4); // the window's chart area, width to height
        chart.setScale(CHART_HEIGHT / chart.DEFAULT_CHART_HEIGHT);
        ChartLook.yearAxis(chart);
        for (SeriesSpec s : spec.series()) {
            XYSeries xy = new XYSeries(s.name(), false);
            series.add(xy);
            TimeSeriesAttributes a = (TimeSeriesAttributes) chart.addSeries(xy, null);
            a.setStrokeColor(s.colour());
            a.setThickness(s.dashed() ? 1.5 : 2.0);
            a.setDashPattern(s.dashed() ? TimeSeriesAttributes.PATTERN_DASH : TimeSeriesAttributes.PATTERN_SOLID);
        }
        chart.addLegend();
        hideDashedFromLegend();
    }

    /** Dashed lines repeat a solid line's colour and the title says what dashes mean: keep the legend short. */
    private void hideDashedFromLegend() {
        if (chart.getChart().getPlot() instanceof org.jfree.chart.plot.XYPlot plot
                && plot.getRenderer() instanceof org.jfree.chart.renderer.xy.AbstractXYItemRenderer r) {
            for (int i = 0; i < spec.series().size(); i++) {
                r.setSeriesVisibleInLegend(i, !spec.series().get(i).dashed());
            }
        }
    }

    /** The chart's specification. */
    public ChartSpec spec() {
        return spec;
    }

    /** MASON's chart component. */
    public TimeSeriesChartGenerator generator() {
        return chart;
    }

    /**
     * A window holding the chart (hidden, not disposed, when closed), with MASON's chart settings folded away to
     * the left (drag the divider or click its arrow to open them).
     */
    public JFrame createFrame() {
        JFrame f = chart.createFrame();
        f.setTitle(spec.title());
        ChartLook.compact(chart);
        f.setSize(FRAME_WIDTH, FRAME_HEIGHT);
        return f;
    }

    /** Adds the month of {@code o} to every line; safe to call from the model's thread. */
    public void add(MonthlyOutcome o) {
        double x = ChartSpec.x(o.month());
        double[] y = new double[series.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = spec.series().get(i).of(o);
        }
        SwingUtilities.invokeLater(() -> addNow(o.month(), x, y));
    }

    /** Empties every line and, if given, refills them with {@code history}; safe from any thread. */
    public void reset(List<MonthlyOutcome> history) {
        List<MonthlyOutcome> copy = List.copyOf(history);
        SwingUtilities.invokeLater(() -> {
            for (XYSeries s : series) {
                s.clear();
            }
            for (MonthlyOutcome o : copy) {
                double[] y = new double[series.size()];
                for (int i = 0; i < y.length; i++) {
                    y[i] = spec.series().get(i).of(o);
                }
                addNow(o.month(), ChartSpec.x(o.month()), y);
            }
            chart.update(TimeSeriesChartGenerator.FORCE_KEY, true);
        });
    }

    /** Points in each line so far (read on Swing's event thread). */
    public int points() {
        return series.isEmpty() ? 0 : series.get(0).getItemCount();
    }

    private void addNow(YearMonth month, double x, double[] y) {
        for (int i = 0; i < y.length; i++) {
            series.get(i).add(x, y[i], false);
        }
        chart.update(month.getYear() * 12L + month.getMonthValue(), true);
    }
}
