package org.muhojir.gui.lever;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * Steers one run from the GUI: before each month it turns the {@link Levers} into one-month shocks that supersede
 * what the scenario sets for the same value ({@link LeverTarget#overrideShock}), and it fires the "shock now"
 * buttons. Everything goes to a {@link LeverTarget} as dated shocks, so the run stays
 * reproducible: the scenario with {@link LeverTarget#shocks()} replays it.
 *
 * <p>Call {@link #beforeMonth()} and {@link #fire} while holding the model's schedule lock, so a month is never
 * half-simulated when a shock is dated.
 */
public final class LeverSession {
    private final Scenario scenario;
    private final LeverTarget target;
    private final Levers levers;
    private final List<ScheduledShock> fired = new ArrayList<>();
    /** The "shock now" buttons pressed, to refuse a press that would repeat one in force. */
    private final List<Press> presses = new ArrayList<>();
    private Timeline withoutLevers;
    /** The last month {@link #withoutLevers(YearMonth)} resolved, and what it gave (null: none yet). */
    private YearMonth resolvedMonth;
    private Conditions resolved;

    public LeverSession(Scenario scenario, LeverTarget target, Levers levers) {
        this.scenario = scenario;
        this.target = target;
        this.levers = levers;
    }

    /** The levers this session reads. */
    public Levers levers() {
        return levers;
    }

    /** Where shocks go. */
    public LeverTarget target() {
        return target;
    }

    /**
     * Adds the levers' shocks for the next simulated month, each lasting that month only, and returns them.
     * Call just before the month is simulated.
     */
    public synchronized List<ScheduledShock> beforeMonth() {
        YearMonth month = target.nextMonth();
        List<ScheduledShock> out = new ArrayList<>();
        for (Shock s : levers.shocksFor(withoutLevers(month))) {
            ScheduledShock scheduled = new ScheduledShock(month, 1, s);
            target.overrideShock(scheduled); // a lever acts even where the scenario sets the same value itself
            out.add(scheduled);
        }
        return out;
    }

    /**
     * Fires a "shock now" button: its shocks start in the next simulated month. A press of a button whose earlier
     * press is in force in any of its months, where the two reach the same destination (or region, for the skills
     * programme; every destination or region reaches each), is refused with the months the earlier one is in force:
     * raid waves would multiply (x5 twice is x25), a second closure of a closed border would be listed twice.
     *
     * @return the shocks added
     * @throws IllegalStateException if an earlier press of the button is in force there in its months (then none is
     *                               added)
     */
    public synchronized List<ScheduledShock> fire(ShockButton button, int months, Destination destination,
                                                  Region region) {
        List<ScheduledShock> shocks = button.schedule(target.nextMonth(), months, destination, region);
        Press press = new Press(button, destination, region, shocks.get(0).start(), shocks.get(0).last());
        for (Press earlier : presses) {
            if (earlier.overlaps(press)) {
                throw new IllegalStateException(button.label() + earlier.where() + " is in force from "
                        + earlier.start() + " to " + earlier.last() + " already, from an earlier press: press it "
                        + "again once that one has ended");
            }
        }
        for (ScheduledShock s : shocks) {
            target.addShock(s);
            fired.add(s);
        }
        presses.add(press);
        withoutLevers = null;
        return shocks;
    }

    /**
     * A press of a "shock now" button: where (null: every destination or region) and the months its shocks are in
     * force.
     */
    private record Press(ShockButton button, Destination destination, Region region, YearMonth start,
                         YearMonth last) {
        /** Whether this press and {@code other} are of one button, in force in a common month, at a common place. */
        boolean overlaps(Press other) {
            boolean sameMonths = !start.isAfter(other.last) && !other.start.isAfter(last);
            boolean samePlace = button.needsDestination() ? reach(destination, other.destination)
                    : button != ShockButton.SKILLS_PROGRAMME || reach(region, other.region);
            return button == other.button && sameMonths && samePlace;
        }

        private static boolean reach(Object a, Object b) {
            return a == null || b == null || a.equals(b);
        }

        /** Where, as " (Russia)", " (every region)", or "" for a shock of the whole country (the somoni's fall). */
        String where() {
            if (button.needsDestination()) {
                return " (" + (destination == null ? "every destination" : destination.label()) + ")";
            }
            return button == ShockButton.SKILLS_PROGRAMME
                    ? " (" + (region == null ? "every region" : region.label()) + ")" : "";
        }
    }

    /**
     * What the scenario and the fired shocks have in force in {@code month}, before the levers: the base each
     * value lever is measured against, and what a lever that follows the scenario shows. Read only: the same
     * object is given again for the same month.
     */
    public synchronized Conditions withoutLevers(YearMonth month) {
        if (withoutLevers == null) {
            withoutLevers = new Timeline(scenario.plusShocks(fired));
            resolved = null;
        }
        if (resolved == null || !month.equals(resolvedMonth)) {
            Conditions c = new Conditions();
            withoutLevers.resolve(month, c);
            resolved = c;
            resolvedMonth = month;
        }
        return resolved;
    }

    /**
     * One line for each shock in force in {@code month}: first those the GUI added (the levers' and the "shock now"
     * buttons', what the student did, so that a short list shows them), then the scenario's (a scenario's shock that
     * a lever superseded that month is not listed), then each shock of the world's events in force, named by its
     * event (not one that a shock in force that month takes the place of).
     */
    public List<String> inForce(YearMonth month) {
        List<String> out = new ArrayList<>();
        List<ScheduledShock> shocks = target.shocks();
        List<ScheduledShock> added = target.added();
        added.stream().filter(s -> s.inForce(month)).forEach(s -> out.add(s.shock().describe()));
        shocks.stream().filter(s -> s.inForce(month) && !added.contains(s)).forEach(s -> out.add(s.shock().describe()));
        for (WorldEvent e : scenario.eventsBeside(shocks)) {
            e.shocks().stream().filter(s -> s.inForce(month))
                    .forEach(s -> out.add(WORLD_EVENT + e.name() + ": " + s.shock().describe()));
        }
        return out;
    }

    /** How {@link #inForce} begins the line of a shock of the world's events. */
    public static final String WORLD_EVENT = "the world's event ";
}
