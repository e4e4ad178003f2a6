package org.muhojir.gui.lever;

import org.muhojir.core.policy.ScheduledShock;

/**
 * The model's door for shocks added while it runs: {@code model::addShock}
 * ({@link org.muhojir.core.engine.MuhojirModel#addShock(ScheduledShock)}).
 */
@FunctionalInterface
public interface ShockHook {
    /** A hook that takes nothing: shocks are recorded by the GUI but do not reach the model. */
    ShockHook NOT_WIRED = shock -> { };

    /** Hands {@code shock} to the model. */
    void add(ScheduledShock shock);
}
