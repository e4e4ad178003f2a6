package org.muhojir.scenarios.responses;

import org.muhojir.core.behaviour.DefaultReturn;
import org.muhojir.core.behaviour.ReturnRule;
import org.muhojir.core.scenario.Behaviour;

/**
 * The default return rule with its response to the migrant's economic position switched off: the hazard keeps its
 * duration profile, seasons and care factor whatever a month abroad brings. Used by {@link ResponseDecomposition} to
 * measure how much of a response runs through returns' answer to earnings (the interface's default position factor,
 * 1); not a model of behaviour.
 */
record WithoutEarningsResponse(DefaultReturn rule) implements ReturnRule {
    private static final long serialVersionUID = 1L;

    WithoutEarningsResponse() {
        this(new DefaultReturn());
    }

    @Override
    public double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                              boolean naturalised, Behaviour behaviour) {
        return rule.probability(calendarMonth, monthsAbroad, positionFactor, nobodyAtHome, naturalised, behaviour);
    }

    @Override
    public InMonth inMonth(int calendarMonth, Behaviour behaviour) {
        return rule.inMonth(calendarMonth, behaviour);
    }
}
