package org.muhojir.core.behaviour;

import org.muhojir.core.scenario.Behaviour;

/**
 * Sends a fixed share of net earnings, plus an extra share when the household is in need; naturalised migrants
 * send a fraction of that, {@code naturalisedRemittanceFactor}, which falls by {@code settledRemittanceDecay} a year
 * since naturalisation (the remittance-decay hypothesis; {@link Behaviour.Circulation}).
 */
public final class DefaultRemittance implements RemittanceRule {
    private static final long serialVersionUID = 1L;

    @Override
    public double amount(double netEarnings, boolean householdPoor, int monthsSettled, Behaviour b) {
        double share = b.remittanceShare() + (householdPoor ? b.needRemittanceShare() : 0);
        if (monthsSettled != NOT_SETTLED) {
            share *= b.circulation().settledRemittanceFactor(b.naturalisedRemittanceFactor(), monthsSettled);
        }
        return netEarnings * Math.min(1, share);
    }
}
