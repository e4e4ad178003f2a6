package org.muhojir.scenarios.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * Whether a quota's places were used: for each destination reached by a quota route in some simulated month, and
 * each year, the places on offer (a twelfth of the annual quota in force each month the route is a quota, at
 * national scale) and the departures to it (the mean across replications, with its 95% interval).
 */
final class QuotaUse {
    /**
     * One destination's year.
     *
     * @param destination where the quota applies
     * @param year        the calendar year
     * @param months      months of the year simulated
     * @param places      places on offer in those months, persons
     * @param departures  departures to the destination in those months, persons
     */
    record Year(Destination destination, int year, int months, double places, ConfidenceInterval departures) {
        /** Departures over places, or NaN without places. */
        double used() {
            return places > 0 ? departures.mean() / places : Double.NaN;
        }
    }

    private QuotaUse() {
    }

    /** Every quota destination's years in {@code c}, destination by destination; empty if no quota route is used. */
    static List<Year> of(ScenarioRuns c) {
        Timeline timeline = new Timeline(c.scenario());
        Conditions conditions = new Conditions();
        double[][] places = new double[Destination.COUNT][c.months().size()];
        boolean[] quota = new boolean[Destination.COUNT];
        for (int t = 0; t < c.months().size(); t++) {
            timeline.resolve(c.months().get(t), conditions);
            for (Destination d : Destination.values()) {
                int i = d.ordinal();
                if (conditions.route[i] == EntryRoute.QUOTA) {
                    quota[i] = true;
                    places[i][t] = conditions.open[i] ? conditions.annualQuota[i] / 12.0 : 0;
                }
            }
        }
        List<Year> out = new ArrayList<>();
        for (Destination d : Destination.values()) {
            if (quota[d.ordinal()]) {
                int k = c.index(Metric.DEPARTURES, d.label());
                for (Map.Entry<Integer, List<Integer>> y : c.years().entrySet()) {
                    double p = y.getValue().stream().mapToDouble(t -> places[d.ordinal()][t]).sum();
                    out.add(new Year(d, y.getKey(), y.getValue().size(), p, c.annualInterval(k, y.getValue())));
                }
            }
        }
        return out;
    }
}
