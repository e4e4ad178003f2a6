package org.muhojir.core.scenario;

import java.util.List;
import java.util.Objects;
import org.muhojir.core.param.Param;
import org.muhojir.core.policy.ScheduledShock;

/**
 * A dated event of the world that every scenario shares, by name: a border closure, a campaign of mass bans, a
 * crackdown. It acts through its shocks, in their months, in every simulated month after the warm-up (the history's
 * included; in the warm-up only a shock in force for good at its first month), before the scenario's own shocks; a
 * scenario's shock that sets what one of its shocks sets takes its place in its months ({@link
 * Scenario#eventShocksBeside}). A file that gives an event no shocks ({@code "russia-crackdown-2024": []}) leaves
 * it out: a counterfactual of the world without it.
 *
 * @param name   short identifier, such as {@code russia-crackdown-2024}
 * @param shocks what the event changes and when, applied in this order; empty for an event left out (a scenario
 *               drops it)
 */
public record WorldEvent(
        @Param(doc = "The event's name: its key under \"events\".", source = "setting")
        String name,
        @Param(doc = "What the event changes and when, in the form of \"shocks\"; [] leaves the event out.")
        List<ScheduledShock> shocks) implements java.io.Serializable {
    /**
     * Copies {@code shocks} (null means none, an event left out).
     *
     * @throws NullPointerException if {@code name} is null
     */
    public WorldEvent {
        Objects.requireNonNull(name, "name (the event's identifier) is null");
        // NumberLists.copy keeps null entries so that the scenario's validation reports them with their path
        shocks = shocks == null ? List.of() : NumberLists.copy(shocks);
    }

    /** The event as it acts: {@code shocks} in their months. */
    public static WorldEvent of(String name, ScheduledShock... shocks) {
        return new WorldEvent(name, List.of(shocks));
    }
}
