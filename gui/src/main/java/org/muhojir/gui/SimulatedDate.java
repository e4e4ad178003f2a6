package org.muhojir.gui;

import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.time.YearMonth;
import javax.swing.BorderFactory;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.ListCellRenderer;
import javax.swing.SwingUtilities;
import org.muhojir.gui.map.MapPainter;
import sim.display.Console;

/**
 * The simulated month in the Console's bottom bar. MASON's counter beside the play buttons shows the month
 * simulated last ("2024-12": the run's {@link MonthSchedule} tells MASON's "Time" display, which this names
 * "Month", the simulated month; "Steps" still counts schedule steps, one a month). Above the buttons, a line of its
 * own says where the run is: "December 2024 (month 24 of 120)", or before the first month, on two lines, what the
 * run will show and what it simulated before it. Each line fits the narrowest Console of the layout
 * ({@link ScreenLayout#MIN_CONSOLE_WIDTH}), so nothing is cut off.
 */
final class SimulatedDate {
    /** What MASON's display chooser calls "Time", the schedule's time, shown as the simulated month. */
    static final String MONTH_DISPLAY = "Month";
    private final JLabel label = new JLabel(" ");
    private JLabel counter;
    /** MASON's chooser of what the counter shows, null if it was not found. */
    private JComboBox<?> chooser;
    private String text = "";

    SimulatedDate() {
        label.setFont(label.getFont().deriveFont(Font.BOLD));
        label.setBorder(BorderFactory.createEmptyBorder(3, 8, 1, 8));
    }

    /**
     * Puts the date on a line of its own above {@code console}'s play buttons, names MASON's "Time" display "Month"
     * and gives its counter the room a month needs (MASON keeps room for 19 digits); the date goes at the top of the
     * window if MASON's bar is not found.
     */
    static SimulatedDate addTo(Console console) {
        SimulatedDate date = new SimulatedDate();
        JComboBox<?> timeBox = find(console.getContentPane());
        Container bar = timeBox == null ? null : timeBox.getParent().getParent(); // MASON's buttonBox
        if (bar != null && bar.getParent() == console.getContentPane()
                && console.getContentPane().getLayout() instanceof BorderLayout) {
            Container content = console.getContentPane();
            content.remove(bar);
            JPanel south = new JPanel(new BorderLayout());
            south.add(date.label, BorderLayout.NORTH);
            south.add(bar, BorderLayout.CENTER);
            content.add(south, BorderLayout.SOUTH);
            date.counter = counter(bar);
            date.chooser = timeBox;
            nameTimeMonth(timeBox);
        } else {
            console.getContentPane().add(date.label, BorderLayout.NORTH);
        }
        if (date.counter != null) {
            date.counter.setFont(date.counter.getFont().deriveFont(Font.BOLD, date.counter.getFont().getSize2D() + 2));
            JLabel month = new JLabel("8888-88  "); // a month, "At Start" or a rate such as 12.345
            month.setFont(date.counter.getFont());
            date.counter.setPreferredSize(month.getPreferredSize());
            date.counter.setToolTipText("The month simulated last (MASON's time; choose Steps on the right to "
                    + "count schedule steps, one a month)");
        }
        return date;
    }

    /**
     * The text shown: the month simulated last (null before the first) of {@code total} months from {@code start};
     * before the first, also what was simulated before it ({@code before}, see {@link #before}) on a second line
     * (after a {@code '\n'}).
     */
    static String text(YearMonth last, int simulated, int total, YearMonth start, String before) {
        if (last == null) {
            return "starts " + MapPainter.monthName(start) + " (" + total + " months)"
                    + (before.isEmpty() ? "" : "\n" + before);
        }
        return MapPainter.monthName(last) + " (month " + simulated + " of " + total + ")";
    }

    /**
     * What a run simulates before its first month, as the date's second line says it: "after a 60-month warm-up"
     * and the history from its first month, if any ("after a 60-month warm-up and history from January 2010", "after
     * the history from January 2010"), or nothing.
     */
    static String before(int warmUpMonths, YearMonth historyStart) {
        String warmUp = warmUpMonths > 0 ? "after a " + warmUpMonths + "-month warm-up" : "";
        if (historyStart == null) {
            return warmUp;
        }
        return (warmUp.isEmpty() ? "after the history" : warmUp + " and history") + " from "
                + MapPainter.monthName(historyStart);
    }

    /**
     * Shows where the run is, {@code at}, in the date line and in MASON's counter together, in one task on Swing's
     * thread; safe from any thread. MASON writes its counter at most every 40 ms from its play thread, so with
     * months quicker than that (the Delay slider moved to fast) it had stayed a month or more behind the date line;
     * written here with the date after every month, both show the month just simulated. While playing (mostly at the
     * fastest delay) a write of MASON's own, read in one month and drawn after the next month's, can show the month
     * before for an instant;
     * the counter's "Rate" stays MASON's alone.
     */
    void show(RunPosition at) {
        String shown = at.dateText();
        SwingUtilities.invokeLater(() -> {
            showNow(shown);
            if (counter != null && chooser != null) {
                String count = at.counterText(chooser.getSelectedItem());
                if (count != null) {
                    counter.setText(count);
                }
            }
        });
    }

    /** Shows {@code shown} (lines separated by {@code '\n'}; the second and later not bold), on Swing's thread. */
    void showNow(String shown) {
        text = shown;
        String[] lines = shown.split("\n");
        if (lines.length == 1) {
            label.setText(shown);
        } else {
            StringBuilder html = new StringBuilder("<html>").append(escape(lines[0]));
            for (int i = 1; i < lines.length; i++) {
                html.append("<br><span style='font-weight: normal'>").append(escape(lines[i])).append("</span>");
            }
            label.setText(html.append("</html>").toString());
        }
    }

    /** The text shown now, lines separated by {@code '\n'} (read on Swing's event thread). */
    String shown() {
        return text;
    }

    /** The date's label (for tests). */
    JLabel label() {
        return label;
    }

    /** MASON's counter beside the play buttons, null if it was not found (for tests). */
    JLabel counter() {
        return counter;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** MASON's counter: the first label in its bar of buttons. */
    private static JLabel counter(Container bar) {
        for (Component c : bar.getComponents()) {
            if (c instanceof JLabel l) {
                return l;
            }
        }
        return null;
    }

    /** Shows MASON's "Time" choice as {@link #MONTH_DISPLAY}; the choices themselves (and their order) stay. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void nameTimeMonth(JComboBox box) {
        ListCellRenderer mason = box.getRenderer() != null ? box.getRenderer() : new DefaultListCellRenderer();
        box.setRenderer(new ListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList list, Object value, int index, boolean selected,
                    boolean focus) {
                return mason.getListCellRendererComponent(list, "Time".equals(value) ? MONTH_DISPLAY : value, index,
                        selected, focus);
            }
        });
        box.setToolTipText("What the counter on the left shows: the month simulated last, the schedule's steps "
                + "(one a month), the speed, or nothing");
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
