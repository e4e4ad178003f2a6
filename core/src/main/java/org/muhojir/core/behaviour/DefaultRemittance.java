package org.muhojir.core.behaviour;

import org.muhojir.core.scenario.Behaviour;

/**
 * Sends a fixed share of net earnings, plus an extra share when the household is in need; naturalised migrants
 * send a fraction of that.
 */
public final class DefaultRemittance implements RemittanceRule {
    private static final long serialVersionUID = 1L;

    @Override
    public double amount(double netEarnings, boolean householdPoor, boolean naturalised, Behaviour b) {
        double share = b.remittanceShare() + (householdPoor ? b.needRemittanceShare() : 0);
        if (naturalised) {
            share *= b.naturalisedRemittanceFactor();
        }
        return netEarnings * Math.min(1, share);
    }
}
