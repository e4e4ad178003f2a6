package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * An embassy that defends its citizens: the share of detentions that end in deportation is multiplied.
 *
 * @param destination                where the embassy acts
 * @param deportationShareMultiplier factor on the share of detentions ending in deportation (0..1 lowers it)
 */
@Doc("An embassy that defends its citizens: fewer detentions end in deportation.")
public record ConsularProtection(
        @Param(doc = "Where the embassy acts.")
        Destination destination,
        @Param(doc = "Factor on the share of detentions that end in deportation (below 1 lowers it).",
                unit = "factor", min = 0, max = 10, plausibleMin = 0, plausibleMax = 1)
        double deportationShareMultiplier) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code deportationShareMultiplier} outside 0 to 10 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public ConsularProtection {
        Fields.requireValid(ConsularProtection.class, destination, deportationShareMultiplier);
    }

    @Override public String type() { return "consularProtection"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.deportationShare[d] = Math.min(1, c.deportationShare[d] * deportationShareMultiplier);
    }

    @Override
    public String describe() {
        return "consular protection in " + destination.label() + " (deportation share x"
                + Shown.number(deportationShareMultiplier) + ")";
    }
}
