package org.muhojir.core.engine;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.Macro;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;

/**
 * What decides the months a run simulates before its scenario's first reported month (the warm-up and the
 * history): every part of the scenario but its name, description and length, of its shocks only those that start
 * before its first reported month (a shock from that month on acts on no earlier month), and of the world's events
 * only the shocks that act before it: in force in a month of the history, or in force for good in the first simulated
 * month (which the warm-up holds). Two scenarios with equal pre-starts simulate those months alike, household by
 * household and draw for draw, under one seed and replication: a baseline and a policy that starts with the
 * baseline's first reported month or later, or two windows ending at different months.
 */
record PreStart(YearMonth start, int warmUpMonths, YearMonth historyStart, PopulationSpec population,
                HouseholdEconomy economy, Behaviour behaviour, Macro macro, List<DestinationSpec> destinations,
                List<ScheduledShock> earlierEvents, List<ScheduledShock> earlierShocks)
        implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The pre-start of {@code s}. */
    static PreStart of(Scenario s) {
        return new PreStart(s.start(), s.warmUpMonths(), s.historyStart(), s.population(), s.economy(),
                s.behaviour(), s.macro(), s.destinations(), eventsBeforeStart(s),
                s.shocks().stream().filter(shock -> shock.start().isBefore(s.start())).toList());
    }

    private static List<ScheduledShock> eventsBeforeStart(Scenario s) {
        YearMonth first = s.firstSimulatedMonth();
        YearMonth lastOfHistory = s.start().minusMonths(1);
        return s.eventShocks().stream().filter(e -> e.months() >= ScheduledShock.UNTIL_END && e.inForce(first)
                || s.historyMonths() > 0 && e.inForceWithin(first, lastOfHistory)).toList();
    }
}
