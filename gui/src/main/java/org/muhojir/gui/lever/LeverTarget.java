package org.muhojir.gui.lever;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.policy.ScheduledShock;

/**
 * Where the visualizer's levers and "shock now" buttons send their shocks: the running model. A shock is dated
 * data like any scenario shock, so a run steered from the GUI can be replayed headless as the scenario plus
 * {@link #added()}.
 */
public interface LeverTarget {
    /** The next month the model will simulate: the earliest month a new shock may start in. */
    YearMonth nextMonth();

    /**
     * Adds {@code shock} to the running model, in force from its start month.
     *
     * @throws IllegalArgumentException if it starts before {@link #nextMonth()} (the past cannot change) or is
     *                                  invalid
     */
    void addShock(ScheduledShock shock);

    /** Every shock added so far, in the order added (which is the order they compose in). */
    List<ScheduledShock> added();
}
