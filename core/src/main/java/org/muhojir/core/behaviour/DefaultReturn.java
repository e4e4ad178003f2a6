package org.muhojir.core.behaviour;

import org.muhojir.core.scenario.Behaviour;

/**
 * A seasonal return hazard, raised when the household has nobody of working age at home; a migrant who has
 * reached the savings target goes home with at least half probability each month. Naturalised migrants have
 * settled and do not return.
 */
public final class DefaultReturn implements ReturnRule {
    private static final long serialVersionUID = 1L;
    private static final double TARGET_RETURN = 0.5;

    @Override
    public double probability(int calendarMonth, int monthsAbroad, double savingsUsd, boolean nobodyAtHome,
                              boolean naturalised, Behaviour b) {
        if (naturalised) {
            return 0;
        }
        double p = b.returnHazard() * b.returnSeasonality().get(calendarMonth - 1);
        if (nobodyAtHome) {
            p *= b.careReturnFactor();
        }
        if (savingsUsd >= b.savingsTargetUsd()) {
            p = Math.max(p, TARGET_RETURN);
        }
        return Math.min(1, p);
    }
}
