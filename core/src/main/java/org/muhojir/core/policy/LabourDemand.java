package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * Demand for migrants' work at a destination changes beyond what its recorded labour-demand index says: a
 * recession, a boom, or the closure of a sector that employs migrants (a lockdown of building sites, markets and
 * restaurants).
 *
 * @param destination          where demand changes
 * @param employmentMultiplier factor on migrants' chance of having work in a month (0.7 for a recession or sector
 *                             closure that costs 30% of their months of work; above 1 for a boom; the chance stays
 *                             at most 1)
 */
@Doc("Demand for migrants' work at a destination changes: a recession, a boom, or the closure of a sector that "
        + "employs migrants. Migrants without work still pay their living costs, save less and send less; "
        + "fewer leave for a destination with less work.")
public record LabourDemand(
        @Param(doc = "Where demand for migrants' work changes.")
        Destination destination,
        @Param(doc = "Factor on migrants' chance of having work in a month: 0.7 for a recession or sector closure "
                + "that costs 30% of their months of work, above 1 for a boom (the chance stays at most 1). "
                + "Plausible up to 1.5: the chance is 0.85 to 0.95 by default, so any factor above about 1.2 gives "
                + "every migrant work every month.", unit = "factor", min = 0, max = 10, plausibleMin = 0,
                plausibleMax = 1.5)
        double employmentMultiplier) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code employmentMultiplier} outside 0 to 10 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public LabourDemand {
        Fields.requireValid(LabourDemand.class, destination, employmentMultiplier);
    }

    @Override public String type() { return "labourDemand"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.employmentRate[d] = Math.min(1, c.employmentRate[d] * employmentMultiplier);
    }

    @Override
    public String describe() {
        return "labour demand in " + destination.label() + " x" + Shown.number(employmentMultiplier);
    }
}
