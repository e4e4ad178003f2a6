package org.muhojir.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.time.YearMonth;
import javax.swing.BorderFactory;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import org.muhojir.gui.map.MapPainter;
import sim.display.Console;

/**
 * The simulated month in the Console's bottom bar, beside MASON's step count: "December 2024 (month 24 of 120)".
 * MASON's Console shows only the schedule's steps, and one step is one month.
 */
final class SimulatedDate {
    private final JLabel label = new JLabel();

    private SimulatedDate() {
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        label.setBorder(BorderFactory.createEmptyBorder(0, 8, 0, 8));
    }

    /**
     * Puts the date in {@code console}'s bottom bar, before the box that chooses what the step count shows (at
     * the bottom of the window if that box is not found).
     */
    static SimulatedDate addTo(Console console) {
        SimulatedDate date = new SimulatedDate();
        JComboBox<?> timeBox = find(console.getContentPane());
        if (timeBox != null) {
            Container bar = timeBox.getParent();
            int at = 0;
            while (bar.getComponent(at) != timeBox) {
                at++;
            }
            bar.add(date.label, at);
        } else {
            console.getContentPane().add(date.label, java.awt.BorderLayout.NORTH);
        }
        return date;
    }

    /**
     * The text shown: the month simulated last (null before the first) of {@code total} months from {@code start};
     * before the first, also what was simulated before it ({@code before}, see {@link #before}).
     */
    static String text(YearMonth last, int simulated, int total, YearMonth start, String before) {
        if (last == null) {
            return "starts " + MapPainter.monthName(start) + " (" + total + " months" + before + ")";
        }
        return MapPainter.monthName(last) + " (month " + simulated + " of " + total + ")";
    }

    /**
     * What a run simulates before its first month, as the date's text says it: ", after a 60-month warm-up" (and
     * the history from its first month, if any), or nothing.
     */
    static String before(int warmUpMonths, YearMonth historyStart) {
        String warmUp = warmUpMonths > 0 ? ", after a " + warmUpMonths + "-month warm-up" : "";
        if (historyStart == null) {
            return warmUp;
        }
        return (warmUp.isEmpty() ? ", after" : warmUp + " and") + " the history from "
                + MapPainter.monthName(historyStart);
    }

    /** Shows the month simulated last; safe from any thread. */
    void show(YearMonth last, int simulated, int total, YearMonth start, String before) {
        String text = text(last, simulated, total, start, before);
        SwingUtilities.invokeLater(() -> label.setText(text));
    }

    /** The text shown now (read on Swing's event thread). */
    String shown() {
        return label.getText();
    }

    /** MASON's box choosing what the step count shows ("Time", "Steps", "Rate", "None"). */
    private static JComboBox<?> find(Container c) {
        for (Component child : c.getComponents()) {
            if (child instanceof JComboBox<?> box && box.getItemCount() > 1
                    && "Steps".equals(String.valueOf(box.getItemAt(1)))) {
                return box;
            }
            if (child instanceof Container inner) {
                JComboBox<?> found = find(inner);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
