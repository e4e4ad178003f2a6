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

    /**
     * Adds {@code shock} to the running model, in force from its start month, superseding for its months whatever
     * sets the same value (a quota or transfer fee the scenario sets, say): a lever acts even where the scenario
     * has a shock of its own, and the scenario's value holds again after the lever's months.
     *
     * @throws IllegalArgumentException as {@link #addShock}, except for conflicts
     */
    void overrideShock(ScheduledShock shock);

    /** Every shock added so far, in the order added (which is the order they compose in). */
    List<ScheduledShock> added();

    /**
     * Every shock of the run in the order applied: the scenario's (less the months that superseding shocks took
     * from them), then those added.
     */
    List<ScheduledShock> shocks();
}
