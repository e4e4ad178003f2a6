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
     * @param naturalised    whether the migrant holds the destination's citizenship
     */
    double amount(double netEarnings, boolean householdPoor, boolean naturalised, Behaviour behaviour);
}
