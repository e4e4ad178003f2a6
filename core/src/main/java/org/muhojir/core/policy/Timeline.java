package org.muhojir.core.policy;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.scenario.Scenario;

/**
 * Answers "what is in force this month": resets the month's {@link Conditions} to the scenario's values and
 * applies every scheduled shock in force, in the order the scenario lists them (so two shocks on the same field
 * compose in that order).
 */
public final class Timeline implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Scenario scenario;

    public Timeline(Scenario scenario) {
        this.scenario = scenario;
    }

    /** Fills {@code c} for month {@code m} and returns the shocks in force, in scenario order. */
    public List<ScheduledShock> resolve(YearMonth m, Conditions c) {
        return resolve(m, c, List.of());
    }

    /**
     * Fills {@code c} for month {@code m} from the scenario's shocks and then {@code added} ones (shocks added
     * while the model runs), and returns the shocks in force in that order.
     */
    public List<ScheduledShock> resolve(YearMonth m, Conditions c, List<ScheduledShock> added) {
        c.reset(scenario, m);
        List<ScheduledShock> active = new ArrayList<>();
        applyInForce(scenario.shocks(), m, c, active);
        applyInForce(added, m, c, active);
        return active;
    }

    private static void applyInForce(List<ScheduledShock> shocks, YearMonth m, Conditions c,
                                     List<ScheduledShock> active) {
        for (ScheduledShock s : shocks) {
            if (s.inForce(m)) {
                s.shock().apply(c, s.monthInForce(m), s.months());
                active.add(s);
            }
        }
    }
}
