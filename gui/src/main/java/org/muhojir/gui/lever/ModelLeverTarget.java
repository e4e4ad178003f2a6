package org.muhojir.gui.lever;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.policy.ScheduledShock;

/**
 * A {@link LeverTarget} for a running {@link MuhojirModel}: shocks go to
 * {@link MuhojirModel#addShock(ScheduledShock)} or, for levers, {@link MuhojirModel#overrideShock(ScheduledShock)},
 * which check them (valid, not in the past) and apply them from their start month. Call it between months: the GUI
 * holds the schedule's lock, so a month is never half-simulated when a shock is added.
 */
public final class ModelLeverTarget implements LeverTarget {
    private final MuhojirModel model;

    public ModelLeverTarget(MuhojirModel model) {
        this.model = model;
    }

    @Override
    public YearMonth nextMonth() {
        return model.nextMonth();
    }

    @Override
    public void addShock(ScheduledShock shock) {
        model.addShock(shock);
    }

    @Override
    public void overrideShock(ScheduledShock shock) {
        model.overrideShock(shock);
    }

    @Override
    public List<ScheduledShock> added() {
        return List.copyOf(model.addedShocks());
    }

    @Override
    public List<ScheduledShock> shocks() {
        return model.shocks();
    }
}
