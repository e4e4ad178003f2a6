package org.muhojir.gui.household;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.event.ComponentAdapter;
import java.awt.event.ComponentEvent;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.JViewport;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
import org.jfree.chart.ChartPanel;
import org.jfree.data.xy.XYSeries;
import org.muhojir.core.world.Region;
import org.muhojir.gui.chart.ChartSpec;
import org.muhojir.gui.chart.ChartLook;
import sim.util.media.chart.TimeSeriesAttributes;
import sim.util.media.chart.TimeSeriesChartGenerator;

/**
 * The household drill-down window: pick a household (at random, at random in a region, or by number) and follow
 * it month by month: its report ({@link HouseholdReport}) above a chart of its consumption against the poverty
 * lines.
 */
public final class HouseholdFrame extends JFrame {
    private static final long serialVersionUID = 1L;

    /** What the picking controls ask the GUI to do. */
    public interface Picker {
        /** Follow a household drawn at random in {@code region} (anywhere if null). */
        void random(Region region);

        /** Follow household {@code index}. */
        void index(int index);
    }

    /**
     * The chart's colours: consumption (blue), without remittances (sky blue, dashed), the poverty line
     * (vermillion) and the extreme poverty line (dark red, dashed); no two alike, so each legend swatch names one
     * line.
     */
    static final List<Color> SERIES_COLOURS = List.of(new Color(0x0072b2), new Color(0x56b4e9),
            new Color(0xd55e00), new Color(0x8b0000));

    /**
     * Share of the window's height below the picking controls given to the report; the chart gets the rest. The
     * report (members, money, each migrant and a table of months) is what a student reads; the chart summarises it.
     */
    static final double TEXT_SHARE = 0.6;
    /** Smallest report the window keeps when the chart is pulled up over it, pixels. */
    static final Dimension MIN_TEXT = new Dimension(280, 120);
    /** Height the chart is drawn at, at the least (a lower panel shows it scaled down), pixels. */
    static final int MIN_CHART_DRAW_HEIGHT = 220;

    private final JEditorPane report = new JEditorPane("text/html", "");
    /** The household whose report is shown (-1: none), so that a newly followed one is shown from the top. */
    private int shownIndex = -1;
    private final TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
    private final XYSeries consumption = new XYSeries("consumption", false);
    private final XYSeries without = new XYSeries("without remittances", false);
    private final XYSeries poverty = new XYSeries("poverty line", false);
    private final XYSeries extreme = new XYSeries("extreme poverty line", false);
    private final JLabel note = new JLabel(" ");

    public HouseholdFrame(Picker picker) {
        super("Household");
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JPanel north = pickingControls(picker);
        setUpChart();
        JSplitPane split = reportAboveChart();
        getContentPane().add(north, BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        setNote("Pick a household to follow it."); // short: the window may be 322 pixels wide
        pack();
        ChartLook.compact(chart);
        drawChartReadably();
    }

    /** The picking controls, one row each (the window may be narrow): at random in a region, by number, the note. */
    private JPanel pickingControls(Picker picker) {
        JPanel pickRandom = pickAtRandom(picker);
        JPanel pickNumber = pickByNumber(picker);
        JPanel north = new JPanel();
        north.setLayout(new BoxLayout(north, BoxLayout.Y_AXIS)); // one control a row: the window may be narrow
        note.setBorder(BorderFactory.createEmptyBorder(0, 6, 4, 6));
        for (JComponent row : List.of(pickRandom, pickNumber, note)) {
            row.setAlignmentX(LEFT_ALIGNMENT);
            row.setMaximumSize(new Dimension(Integer.MAX_VALUE, row.getPreferredSize().height));
            north.add(row);
        }
        return north;
    }

    /** "Pick at random in [region]": a household drawn anywhere, or in the region chosen. */
    private static JPanel pickAtRandom(Picker picker) {
        JComboBox<Object> region = regionChoice();
        JButton random = new JButton("Pick at random");
        random.addActionListener(e -> picker.random(region.getSelectedItem() instanceof Region r ? r : null));
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT));
        row.add(random);
        row.add(new JLabel("in"));
        row.add(region);
        return row;
    }

    /** "anywhere" and each region, named as the map names it ("Khatlon"). */
    private static JComboBox<Object> regionChoice() {
        JComboBox<Object> region = new JComboBox<>();
        region.addItem("anywhere");
        for (Region r : Region.values()) {
            region.addItem(r);
        }
        region.setRenderer(new javax.swing.DefaultListCellRenderer() { // "Khatlon", as the map names it
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value,
                                                                   int i, boolean selected, boolean focus) {
                return super.getListCellRendererComponent(list, value instanceof Region r ? r.label() : value, i,
                        selected, focus);
            }
        });
        return region;
    }

    /** "or number [n] Follow": the household of that number; a number not yet valid is explained in the note. */
    private JPanel pickByNumber(Picker picker) {
        JSpinner index = new JSpinner(new SpinnerNumberModel(0, 0, Integer.MAX_VALUE, 1));
        if (index.getEditor() instanceof JSpinner.DefaultEditor editor) {
            editor.getTextField().setColumns(7); // up to 1,650,000 households, not Integer.MAX_VALUE's ten digits
        }
        JButton show = new JButton("Follow");
        show.addActionListener(e -> {
            try {
                index.commitEdit(); // the number typed, even before Enter or leaving the field
                picker.index((Integer) index.getValue());
            } catch (java.text.ParseException notANumber) {
                setNote("Type a household's number (0 or more), then Follow.");
            }
        });
        JPanel row = new JPanel(new FlowLayout(FlowLayout.LEFT));
        row.add(new JLabel("or number"));
        row.add(index);
        row.add(show);
        return row;
    }

    /** The chart's title, axes, four series and legend. */
    private void setUpChart() {
        chart.setTitle("Consumption per adult equivalent");
        chart.setXAxisLabel("year");
        chart.setYAxisLabel("TJS a month"); // as the report writes somoni
        ChartLook.yearAxis(chart);
        series(consumption, SERIES_COLOURS.get(0), TimeSeriesAttributes.PATTERN_SOLID);
        series(without, SERIES_COLOURS.get(1), TimeSeriesAttributes.PATTERN_DASH);
        series(poverty, SERIES_COLOURS.get(2), TimeSeriesAttributes.PATTERN_SOLID);
        series(extreme, SERIES_COLOURS.get(3), TimeSeriesAttributes.PATTERN_DASH);
        chart.addLegend();
        if (chart.getChart().getPlot() instanceof org.jfree.chart.plot.XYPlot plot
                && plot.getRenderer() instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r) {
            // the legend's swatch long enough for a dash and its gap (at JFreeChart's 14 pixels a dashed line's
            // swatch was one dash: it looked solid)
            r.setLegendLine(new java.awt.geom.Line2D.Double(-18, 0, 18, 0));
        }
    }

    /** The report (scrolled, read-only) above the chart, split at {@link #TEXT_SHARE} of the height. */
    private JSplitPane reportAboveChart() {
        report.setEditable(false);
        // new text each month must not scroll the report to its caret: the student reads where they scrolled to
        ((javax.swing.text.DefaultCaret) report.getCaret()).setUpdatePolicy(javax.swing.text.DefaultCaret.NEVER_UPDATE);
        JScrollPane text = new JScrollPane(report);
        text.setPreferredSize(new Dimension(MIN_TEXT.width, MIN_TEXT.height + 60));
        text.setMinimumSize(MIN_TEXT);
        chart.setMinimumSize(new Dimension(MIN_TEXT.width, MIN_CHART_DRAW_HEIGHT / 2));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, text, chart);
        split.setResizeWeight(TEXT_SHARE); // once the student has moved the divider, resizing keeps that share
        keepTextShare(split);
        return split;
    }

    /**
     * Puts the divider at {@link #TEXT_SHARE} of the split's height at every size the window is given (the packed
     * size first, then the layout's, in whichever order the events come), until the student drags the divider: from
     * then on their choice stands, and the resize weight shares out any change.
     */
    private static void keepTextShare(JSplitPane split) {
        boolean[] moved = {false};
        if (split.getUI() instanceof javax.swing.plaf.basic.BasicSplitPaneUI ui) {
            ui.getDivider().addMouseListener(new java.awt.event.MouseAdapter() {
                @Override
                public void mousePressed(java.awt.event.MouseEvent e) {
                    moved[0] = true;
                }
            });
        }
        split.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                if (!moved[0] && split.getHeight() > 0) {
                    split.setDividerLocation(TEXT_SHARE);
                }
            }
        });
    }

    /**
     * Draws the chart at its panel's size, or at {@link #MIN_CHART_DRAW_HEIGHT} pixels high if the panel is lower
     * (scaled down evenly, width and height alike): MASON draws it 480 pixels high whatever the panel, which in
     * this window's lower part (150 to 250 pixels) shrank its text to a third or a half. Runs after
     * {@link ChartLook}'s own fitting, which sets MASON's scale and proportion (and with them MASON's 480-pixel
     * drawing) on each resize.
     */
    private void drawChartReadably() {
        if (!(chart.getChartPanel().getParent() instanceof JViewport viewport)) {
            return;
        }
        viewport.addComponentListener(new ComponentAdapter() {
            @Override
            public void componentResized(ComponentEvent e) {
                int w = viewport.getWidth();
                int h = viewport.getHeight();
                if (w > 0 && h > 0) {
                    double k = Math.max(1, MIN_CHART_DRAW_HEIGHT / (double) h);
                    ChartPanel panel = chart.getChartPanel();
                    panel.setMinimumDrawWidth((int) Math.round(w * k));
                    panel.setMaximumDrawWidth((int) Math.round(w * k));
                    panel.setMinimumDrawHeight((int) Math.round(h * k));
                    panel.setMaximumDrawHeight((int) Math.round(h * k));
                    panel.repaint();
                }
            }
        });
    }

    private void series(XYSeries s, Color c, int dash) {
        TimeSeriesAttributes a = (TimeSeriesAttributes) chart.addSeries(s, null);
        a.setStrokeColor(c);
        a.setDashPattern(dash);
    }

    /** Shows a one-line note above the report (safe from any thread). */
    public void setNote(String text) {
        SwingUtilities.invokeLater(() -> note.setText(text));
    }

    /**
     * Shows the household's history (safe from any thread); an empty history clears the window and says why: nobody
     * is {@code followed}, or no month of the household followed is recorded yet.
     */
    public void show(List<HouseholdWatch.Row> history, boolean followed) {
        List<HouseholdWatch.Row> rows = List.copyOf(history);
        SwingUtilities.invokeLater(() -> {
            for (XYSeries s : List.of(consumption, without, poverty, extreme)) {
                s.clear();
            }
            if (rows.isEmpty()) {
                shownIndex = -1;
                report.setText("<html><body><p>" + (followed ? "No month recorded yet: press play or step."
                        : "No household followed yet: pick one above, at random or by its number.")
                        + "</p></body></html>");
            } else {
                for (HouseholdWatch.Row r : rows) {
                    double x = ChartSpec.x(r.month());
                    consumption.add(x, r.view().consumption(), false);
                    without.add(x, r.view().consumptionWithoutRemittances(), false);
                    poverty.add(x, r.povertyLine(), false);
                    extreme.add(x, r.extremeLine(), false);
                }
                // a month's new text leaves the reader where they were (the caret does not scroll it, below); a
                // household newly followed is shown from the top
                int index = rows.get(0).view().index();
                report.setText(HouseholdReport.html(rows));
                if (index != shownIndex) {
                    shownIndex = index;
                    SwingUtilities.invokeLater(() -> report.scrollRectToVisible(new java.awt.Rectangle(0, 0, 1, 1)));
                }
            }
            chart.update(TimeSeriesChartGenerator.FORCE_KEY, true);
        });
    }
}
