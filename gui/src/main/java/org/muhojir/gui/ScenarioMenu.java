package org.muhojir.gui;

import java.io.File;
import java.util.Locale;
import javax.swing.ButtonGroup;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
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
            item.addActionListener(e -> restarter.restart(null, f));
            group.add(item);
            sample.add(item);
        }
        menu.add(sample);
        return menu;
    }

    /** "1% (about 16,500 households)". */
    static String sampleLabel(double fraction, int nationalHouseholds) {
        return String.format(Locale.ROOT, "%s%% (about %,d households)",
                new java.text.DecimalFormat("0.###").format(100 * fraction),
                Math.round(fraction * nationalHouseholds / 100.0) * 100);
    }

    private static void open(ScenarioSource source, String nameOrPath, Restarter restarter, JMenu parent) {
        try {
            restarter.restart(source.load(nameOrPath), restarter.sampleFraction());
        } catch (IllegalArgumentException e) { // the loader's report: every problem in the file and its parents
            ProblemDialog.show(parent.getTopLevelAncestor(), nameOrPath, e.getMessage());
        }
    }
}
