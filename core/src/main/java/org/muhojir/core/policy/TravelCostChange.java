package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * A change in what the journey to a destination costs: fares that a travel subsidy, charter flights or a travel loan
 * scheme make cheaper, or that a shortage of flights makes dearer. The papers to enter are not changed (an entry
 * route change sets them).
 *
 * @param destination      where the journey goes
 * @param travelMultiplier factor on the journey's cost in US dollars (0.5 halves it)
 */
@Doc("A change in what the journey to a destination costs: fares made cheaper by a travel subsidy, charter flights "
        + "or a travel loan scheme, or dearer by a shortage of flights. The papers to enter are not changed.")
public record TravelCostChange(
        @Param(doc = "Where the journey goes.")
        Destination destination,
        @Param(doc = "Factor on the journey's cost in US dollars while in force (0.5 halves it, 0 makes it free). "
                + "Plausible up to 4: a charter to Irkutsk when Russia's border reopened in April 2021 cost USD 745, "
                + "about four times its fare before the pandemic (data:air_ticket_cost).", unit = "factor", min = 0,
                max = 100, plausibleMin = 0, plausibleMax = 4)
        double travelMultiplier) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code travelMultiplier} outside 0 to 100 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public TravelCostChange {
        Fields.requireValid(TravelCostChange.class, destination, travelMultiplier);
    }

    @Override public String type() { return "travelCostChange"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        c.travelUsd[destination.ordinal()] *= travelMultiplier;
    }

    @Override
    public String describe() {
        return (travelMultiplier < 1 ? "cheaper" : travelMultiplier > 1 ? "dearer" : "unchanged") + " journey to "
                + destination.label() + " (travel cost x" + Shown.number(travelMultiplier) + ")";
    }
}
