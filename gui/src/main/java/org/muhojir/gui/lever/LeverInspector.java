package org.muhojir.gui.lever;

import java.awt.BorderLayout;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's "Model" tab: MASON's inspector over the {@link Levers} bean (sliders with ranges) above the
 * {@link ShockNowPanel}. Volatile, so a lever that follows the scenario shows each month's value.
 */
public final class LeverInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final SimpleInspector levers;

    public LeverInspector(Levers levers, ShockNowPanel shockNow, GUIState gui) {
        super();
        setLayout(new BorderLayout());
        this.levers = new SimpleInspector(levers, gui, "Policy levers (act from next month)");
        add(this.levers, BorderLayout.NORTH);
        add(shockNow, BorderLayout.CENTER);
        setVolatile(true);
    }

    @Override
    public void updateInspector() {
        levers.updateInspector();
    }
}
