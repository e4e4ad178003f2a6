package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Wages at a destination change, in its own currency, for every skill.
 *
 * @param destination    where wages change
 * @param wageMultiplier factor on wages in local currency (0.8 for a 20% cut)
 */
@Doc("Wages at a destination change, in its own currency, for every skill.")
public record WageShock(
        @Param(doc = "Where wages change.")
        Destination destination,
        @Param(doc = "Factor on wages in the local currency, every skill (0.8 for a 20% cut). Plausible from 0.5 "
                + "to 2: Russia's average wage in roubles never rose more than 28% in a year from 2005 to 2025 (2007 "
                + "and 2008, data:rus_wage_nominal_avg_annual) nor fell in any; a fall of the currency against the "
                + "dollar is an exchangeRateShock.", unit = "factor", min = 0, max = 100, plausibleMin = 0.5,
                plausibleMax = 2)
        double wageMultiplier) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code wageMultiplier} outside 0 to 100 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public WageShock {
        Fields.requireValid(WageShock.class, destination, wageMultiplier);
    }

    @Override public String type() { return "wageShock"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        for (int k = 0; k < Skill.COUNT; k++) {
            c.wage[d][k] *= wageMultiplier;
        }
    }

    @Override
    public String describe() {
        return "wages in " + destination.label() + " x" + Shown.number(wageMultiplier);
    }
}
