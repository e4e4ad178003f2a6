package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.scenario.Behaviour;

/** When a migrant goes home by choice. Must be a pure function of its arguments. */
public interface ReturnRule extends Serializable {
    /**
     * Probability of going home this month (0..1).
     *
     * @param calendarMonth  1 (January) to 12
     * @param monthsAbroad   months since the migrant left
     * @param savingsUsd     savings built abroad, US dollars
     * @param nobodyAtHome   whether no working-age member is left at home to care for dependants
     * @param naturalised    whether the migrant holds the destination's citizenship
     */
    double probability(int calendarMonth, int monthsAbroad, double savingsUsd, boolean nobodyAtHome,
                       boolean naturalised, Behaviour behaviour);
}
