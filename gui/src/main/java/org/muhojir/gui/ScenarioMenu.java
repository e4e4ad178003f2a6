package org.muhojir.gui;

import java.io.File;
import java.util.Locale;
import javax.swing.ButtonGroup;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.gui.scenario.ScenarioSource;

/**
 * The Console's "Scenario" menu: open a bundled scenario or a scenario file, or change how many households are
 * simulated; either restarts the run.
 */
final class ScenarioMenu {
    /** Sample fractions offered in the menu. */
    static final double[] SAMPLES = {0.002, 0.005, 0.01, 0.02, 0.05, 0.2, 1.0};
    /**
     * From this share of households on, the menu warns that the run is slow and needs memory: measured with
     * {@code muhojir bench --sample 1 --months 12} on a 2-core machine, the whole population (about 1.65 million
     * households) takes about 0.6 s a month to simulate on one thread (the map and charts add to it) and about
     * 250 MB of heap, against a blink and a few MB at the default 1%.
     */
    static final double SLOW_SAMPLE = 0.5;
    /** What the menu says of a share of households from {@link #SLOW_SAMPLE} on. */
    static final String SLOW_WARNING = "slow: about a second a month, 300 MB of memory";

    /** What choosing an item does. */
    interface Restarter {
        /** Stops the run and restarts with {@code scenario} at {@code sampleFraction} (scenario null: keep it). */
        void restart(Scenario scenario, double sampleFraction);

        /** The sample fraction in use. */
        double sampleFraction();
    }

    private ScenarioMenu() {
    }

    static JMenu build(ScenarioSource source, Restarter restarter, int nationalHouseholds) {
        JMenu menu = new JMenu("Scenario");
        for (String name : source.names()) {
            JMenuItem item = new JMenuItem("Open \"" + name + "\"");
            item.addActionListener(e -> open(source, name, restarter, menu));
            menu.add(item);
        }
        JMenuItem file = new JMenuItem("Open scenario file...");
        file.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(new File("."));
            chooser.setFileFilter(new FileNameExtensionFilter("Muhojir scenarios (*.json)", "json"));
            if (chooser.showOpenDialog(menu) == JFileChooser.APPROVE_OPTION) {
                open(source, chooser.getSelectedFile().getPath(), restarter, menu);
            }
        });
        menu.add(file);
        menu.addSeparator();
        JMenu sample = new JMenu("Households simulated");
        ButtonGroup group = new ButtonGroup();
        for (double f : SAMPLES) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(sampleLabel(f, nationalHouseholds));
            item.setSelected(f == restarter.sampleFraction());
            item.addActionListener(e -> {
                if (f < SLOW_SAMPLE || confirmSlow(menu, item.getText())) {
                    restarter.restart(null, f);
                } else {
                    restoreSelection(sample, restarter.sampleFraction(), nationalHouseholds);
                }
            });
            group.add(item);
            sample.add(item);
        }
        menu.add(sample);
        return menu;
    }

    /** "1% (about 16,500 households)"; from {@link #SLOW_SAMPLE} on, with {@link #SLOW_WARNING}. */
    static String sampleLabel(double fraction, int nationalHouseholds) {
        return String.format(Locale.ROOT, "%s%% (about %,d households%s)",
                new java.text.DecimalFormat("0.###", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT))
                        .format(100 * fraction),
                Math.round(fraction * nationalHouseholds / 100.0) * 100,
                fraction >= SLOW_SAMPLE ? "; " + SLOW_WARNING : "");
    }

    private static boolean confirmSlow(JMenu menu, String label) {
        return JOptionPane.showConfirmDialog(menu.getTopLevelAncestor(), "Simulate " + label + "?\n\nA large "
                + "sample is slow to watch and may run out of memory (start the program with more, for example "
                + "MUHOJIR_JAVA_OPTS=-Xmx4g).", "A large sample", JOptionPane.OK_CANCEL_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    private static void restoreSelection(JMenu sample, double fraction, int nationalHouseholds) {
        for (int i = 0; i < sample.getItemCount(); i++) {
            JMenuItem item = sample.getItem(i);
            item.setSelected(item.getText().equals(sampleLabel(fraction, nationalHouseholds)));
        }
    }

    private static void open(ScenarioSource source, String nameOrPath, Restarter restarter, JMenu parent) {
        try {
            restarter.restart(source.load(nameOrPath), restarter.sampleFraction());
        } catch (IllegalArgumentException e) { // the loader's report: every problem in the file and its parents
            ProblemDialog.show(parent.getTopLevelAncestor(), nameOrPath, e.getMessage());
        }
    }
}
