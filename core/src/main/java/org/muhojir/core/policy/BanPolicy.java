package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * A change in re-entry bans: their length after a deportation, and optionally mass expulsions in which a share of
 * irregular migrants is expelled and banned each month.
 *
 * @param destination    which destination's bans
 * @param banMonths      length of a re-entry ban issued while this is in force, months
 * @param expulsionRate  monthly probability that an irregular migrant there is expelled and banned (0..1)
 */
@Doc("A change in re-entry bans: their length after a deportation, and optionally mass expulsions of irregular "
        + "migrants.")
public record BanPolicy(
        @Param(doc = "Which destination's bans.")
        Destination destination,
        @Param(doc = "Length of a re-entry ban issued while this is in force.", unit = "months", min = 0, max = 1200)
        int banMonths,
        @Param(doc = "Monthly probability that an irregular migrant there is expelled and banned (0 = no mass "
                + "expulsions).", unit = "probability per month", min = 0, max = 1, whenOmitted = 0.0)
        double expulsionRate) implements Shock, AtDestination {
    /**
     * Refuses a missing destination, {@code banMonths} outside 0 to 1200 and {@code expulsionRate} outside
     * 0 to 1 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public BanPolicy {
        Fields.requireValid(BanPolicy.class, destination, banMonths, expulsionRate);
    }

    @Override public String type() { return "banPolicy"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.banMonths[d] = banMonths;
        c.expulsionRate[d] = Math.min(1, c.expulsionRate[d] + expulsionRate);
    }

    @Override
    public String describe() {
        return "ban policy in " + destination.label() + " (bans of " + banMonths + " months, expulsions "
                + Shown.percent(100 * expulsionRate) + "% a month of irregular migrants)";
    }

    @Override
    public boolean conflictsWith(Shock other) {
        return other instanceof BanPolicy o && o.destination() == destination;
    }
}
