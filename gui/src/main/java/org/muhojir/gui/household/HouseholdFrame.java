package org.muhojir.gui.household;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JEditorPane;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JSplitPane;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import javax.swing.WindowConstants;
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

    private final JEditorPane report = new JEditorPane("text/html", "");
    private final TimeSeriesChartGenerator chart = new TimeSeriesChartGenerator();
    private final XYSeries consumption = new XYSeries("consumption", false);
    private final XYSeries without = new XYSeries("without remittances", false);
    private final XYSeries poverty = new XYSeries("poverty line", false);
    private final XYSeries extreme = new XYSeries("extreme poverty line", false);
    private final JLabel note = new JLabel(" ");

    public HouseholdFrame(Picker picker) {
        super("Household");
        setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        JComboBox<Object> region = new JComboBox<>();
        region.addItem("anywhere");
        for (Region r : Region.values()) {
            region.addItem(r);
        }
        JButton random = new JButton("Pick at random");
        random.addActionListener(e -> picker.random(region.getSelectedItem() instanceof Region r ? r : null));
        JSpinner index = new JSpinner(new SpinnerNumberModel(0, 0, Integer.MAX_VALUE, 1));
        JButton show = new JButton("Follow number");
        show.addActionListener(e -> picker.index((Integer) index.getValue()));
        JPanel pickRandom = new JPanel(new FlowLayout(FlowLayout.LEFT));
        pickRandom.add(random);
        pickRandom.add(new JLabel("in"));
        pickRandom.add(region);
        JPanel pickNumber = new JPanel(new FlowLayout(FlowLayout.LEFT));
        pickNumber.add(new JLabel("or household no."));
        pickNumber.add(index);
        pickNumber.add(show);
        JPanel north = new JPanel(new GridLayout(3, 1)); // one control a row: the window may be narrow
        north.add(pickRandom);
        north.add(pickNumber);
        north.add(note);

        chart.setTitle("Consumption per adult equivalent");
        chart.setXAxisLabel("year");
        chart.setYAxisLabel("somoni a month");
        chart.setScale(0.55); // text at its natural size in a chart about 400 pixels wide
        ChartLook.yearAxis(chart);
        series(consumption, SERIES_COLOURS.get(0), TimeSeriesAttributes.PATTERN_SOLID);
        series(without, SERIES_COLOURS.get(1), TimeSeriesAttributes.PATTERN_DASH);
        series(poverty, SERIES_COLOURS.get(2), TimeSeriesAttributes.PATTERN_SOLID);
        series(extreme, SERIES_COLOURS.get(3), TimeSeriesAttributes.PATTERN_DASH);
        chart.addLegend();

        report.setEditable(false);
        JScrollPane text = new JScrollPane(report);
        text.setPreferredSize(new Dimension(400, 220));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, text, chart);
        split.setResizeWeight(0.4);
        getContentPane().add(north, BorderLayout.NORTH);
        getContentPane().add(split, BorderLayout.CENTER);
        setNote("Pick a household to follow it month by month.");
        pack();
        ChartLook.compact(chart);
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

    /** Shows the household's history (safe from any thread); an empty history clears the window. */
    public void show(List<HouseholdWatch.Row> history, double povertyLine, double extremeLine) {
        List<HouseholdWatch.Row> rows = List.copyOf(history);
        SwingUtilities.invokeLater(() -> {
            for (XYSeries s : List.of(consumption, without, poverty, extreme)) {
                s.clear();
            }
            if (rows.isEmpty()) {
                report.setText("<html><body><p>No month recorded yet: press play or step.</p></body></html>");
            } else {
                for (HouseholdWatch.Row r : rows) {
                    double x = ChartSpec.x(r.month());
                    consumption.add(x, r.view().consumption(), false);
                    without.add(x, r.view().consumptionWithoutRemittances(), false);
                    poverty.add(x, povertyLine, false);
                    extreme.add(x, extremeLine, false);
                }
                report.setText(HouseholdReport.html(rows, povertyLine, extremeLine));
                report.setCaretPosition(0);
            }
            chart.update(TimeSeriesChartGenerator.FORCE_KEY, true);
        });
    }
}
