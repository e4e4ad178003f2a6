package org.muhojir.core.behaviour;

import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.LegalStatus;

/** Wages by destination and skill; an irregular migrant earns the destination's irregular share of that. */
public final class DefaultEarnings implements EarningsRule {
    private static final long serialVersionUID = 1L;
    private static final int IRREGULAR = LegalStatus.IRREGULAR.ordinal();

    @Override
    public double wage(Conditions c, int d, int skill, int status) {
        double w = c.wage[d][skill];
        return status == IRREGULAR ? w * c.irregularWageShare[d] : w;
    }
}
