package org.muhojir.gui.lever;

import java.awt.BorderLayout;
import java.awt.Color;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's "Model" tab: MASON's inspector over the {@link Levers} bean (sliders with ranges), a line that says
 * when an entry typed into a lever's field was not taken as typed ({@link LeverProperties}), and the
 * {@link ShockNowPanel} below. Volatile, so a lever that follows the scenario shows each month's value.
 */
public final class LeverInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final SimpleInspector levers;
    /** What was wrong with the last entry typed into a lever's field; hidden while there is nothing to say. */
    private final JTextArea entryProblem = new JTextArea(2, 20);

    public LeverInspector(Levers levers, ShockNowPanel shockNow, GUIState gui) {
        super();
        setLayout(new BorderLayout());
        this.levers = new SimpleInspector(new LeverProperties(levers, this::sayEntryProblem), gui,
                "Policy levers (act from next month)");
        entryProblem.setEditable(false);
        entryProblem.setLineWrap(true);
        entryProblem.setWrapStyleWord(true);
        entryProblem.setOpaque(false);
        entryProblem.setForeground(new Color(0x8b0000));
        entryProblem.setBorder(BorderFactory.createEmptyBorder(2, 6, 4, 6));
        entryProblem.setVisible(false);
        JPanel top = new JPanel(new BorderLayout());
        top.add(this.levers, BorderLayout.CENTER);
        top.add(entryProblem, BorderLayout.SOUTH);
        add(top, BorderLayout.NORTH);
        add(shockNow, BorderLayout.CENTER);
        setVolatile(true);
    }

    private void sayEntryProblem(String problem) {
        entryProblem.setText(problem);
        entryProblem.setVisible(!problem.isEmpty());
        revalidate();
    }

    /** Clears the line under the levers (the levers were put back, or a new run began); on Swing's thread. */
    public void clearEntryProblem() {
        sayEntryProblem("");
    }

    /** What the line under the levers says now ("" when nothing: the last entry was taken as typed). */
    public String entryProblem() {
        return entryProblem.getText();
    }

    @Override
    public void updateInspector() {
        levers.updateInspector();
    }
}
