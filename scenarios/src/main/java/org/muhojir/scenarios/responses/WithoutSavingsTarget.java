package org.muhojir.scenarios.responses;

import org.muhojir.core.behaviour.DefaultReturn;
import org.muhojir.core.behaviour.ReturnRule;
import org.muhojir.core.scenario.Behaviour;

/**
 * The default return rule with its savings target switched off: a migrant returns with the seasonal hazard (raised
 * when nobody of working age is at home) whatever their savings. Used by {@link ResponseDecomposition} to measure how
 * much of a response runs through the target; not a model of behaviour.
 */
record WithoutSavingsTarget(DefaultReturn rule) implements ReturnRule {
    private static final long serialVersionUID = 1L;

    WithoutSavingsTarget() {
        this(new DefaultReturn());
    }

    @Override
    public double probability(int calendarMonth, int monthsAbroad, double savingsUsd, boolean nobodyAtHome,
                              boolean naturalised, Behaviour behaviour) {
        return rule.probability(calendarMonth, monthsAbroad, 0, nobodyAtHome, naturalised, behaviour);
    }
}
