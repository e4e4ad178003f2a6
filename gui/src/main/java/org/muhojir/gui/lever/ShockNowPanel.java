package org.muhojir.gui.lever;

import java.awt.BorderLayout;
import java.awt.GridLayout;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSpinner;
import javax.swing.JTextArea;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingUtilities;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The "shock now" panel: choose where and for how long, then press a button; below, a log of what was added.
 */
public final class ShockNowPanel extends JPanel {
    private static final long serialVersionUID = 1L;
    private static final String EVERY_DESTINATION = "every destination";
    private static final String EVERY_REGION = "every region";
    /** Width the panel asks for, pixels: the Console's Model tab is narrow. */
    private static final int WIDTH = 380;

    /** What pressing a button does (the GUI fires it on the session while holding the model's lock). */
    @FunctionalInterface
    public interface Action {
        List<ScheduledShock> fire(ShockButton button, int months, Destination destination, Region region);
    }

    private final JComboBox<Object> destination = new JComboBox<>();
    private final JComboBox<Object> region = new JComboBox<>();
    private final JSpinner months = new JSpinner(new SpinnerNumberModel(6, 1, 60, 1));
    private final JTextArea log = new JTextArea(5, 20);

    /**
     * @param action      what a button does
     * @param resetLevers what "Reset levers" does (every lever back to the scenario)
     */
    public ShockNowPanel(Action action, Runnable resetLevers) {
        super(new BorderLayout(4, 4));
        setBorder(BorderFactory.createTitledBorder("Shock now (starts next month)"));
        for (Destination d : Destination.values()) {
            destination.addItem(d);
        }
        destination.addItem(EVERY_DESTINATION);
        destination.setRenderer(new LabelRenderer());
        region.setRenderer(new LabelRenderer());
        region.addItem(EVERY_REGION);
        for (Region r : Region.values()) {
            region.addItem(r);
        }
        JPanel where = new JPanel(new GridLayout(3, 2, 4, 2));
        where.add(new JLabel("Destination"));
        where.add(destination);
        where.add(new JLabel("Region (skills)"));
        where.add(region);
        where.add(new JLabel("Months"));
        where.add(months);
        JPanel buttons = new JPanel(new GridLayout(0, 2, 4, 4));
        for (ShockButton b : ShockButton.values()) {
            JButton button = new JButton(b.label());
            button.setToolTipText(b.explanation());
            button.addActionListener(e -> press(action, b));
            buttons.add(button);
        }
        JButton reset = new JButton("Reset levers");
        reset.setToolTipText("Raids x1, no consular protection, and every value follows the scenario again.");
        reset.addActionListener(e -> {
            resetLevers.run();
            append("levers back to the scenario");
        });
        buttons.add(reset);
        log.setEditable(false);
        log.setLineWrap(true);
        log.setWrapStyleWord(true);
        JPanel top = new JPanel(new BorderLayout(4, 4));
        top.add(where, BorderLayout.NORTH);
        top.add(buttons, BorderLayout.CENTER);
        add(top, BorderLayout.NORTH);
        add(new JScrollPane(log), BorderLayout.CENTER);
    }

    /** Shows destinations and regions by their labels ("South Korea", not SOUTH_KOREA). */
    private static final class LabelRenderer extends javax.swing.DefaultListCellRenderer {
        private static final long serialVersionUID = 1L;

        @Override
        public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                               boolean selected, boolean focus) {
            Object shown = value instanceof Destination d ? d.label() : value instanceof Region r ? r.label() : value;
            return super.getListCellRendererComponent(list, shown, index, selected, focus);
        }
    }

    @Override
    public java.awt.Dimension getPreferredSize() {
        return new java.awt.Dimension(WIDTH, super.getPreferredSize().height);
    }

    private void press(Action action, ShockButton b) {
        Destination d = destination.getSelectedItem() instanceof Destination x ? x : null;
        Region r = region.getSelectedItem() instanceof Region x ? x : null;
        try {
            for (ScheduledShock s : action.fire(b, (Integer) months.getValue(), d, r)) {
                append(s.start() + ", " + s.months() + " month(s): " + s.shock().describe());
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            append("not added: " + e.getMessage());
        }
    }

    private void append(String line) {
        log.append(line + "\n");
        log.setCaretPosition(log.getDocument().getLength());
    }

    /** Empties the log (a new run has none of the shocks it lists). */
    public void clearLog() {
        SwingUtilities.invokeLater(() -> log.setText(""));
    }
}
