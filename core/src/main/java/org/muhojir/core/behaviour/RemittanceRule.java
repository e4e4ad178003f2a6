package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.scenario.Behaviour;

/** How much a migrant sends home in a month. Must be a pure function of its arguments. */
public interface RemittanceRule extends Serializable {
    /**
     * Amount sent, local currency, before transfer fees; between 0 and {@code netEarnings}.
     *
     * @param netEarnings    this month's earnings after living costs and fees, local currency (positive)
     * @param householdPoor  whether the household at home was below the poverty line last month
     * @param monthsSettled  months since the migrant acquired the destination's citizenship, or {@link #NOT_SETTLED}
     */
    double amount(double netEarnings, boolean householdPoor, int monthsSettled, Behaviour behaviour);

    /** {@code monthsSettled} of a migrant who does not hold the destination's citizenship. */
    int NOT_SETTLED = -1;
}
