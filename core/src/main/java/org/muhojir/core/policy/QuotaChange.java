package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * A new annual quota of places for Tajik workers at a destination (South Korea's EPS, the UK's seasonal visas).
 * The destination's route becomes QUOTA while the shock is in force.
 *
 * @param destination  where the quota applies
 * @param annualQuota  places a calendar year at full national scale, persons
 */
@Doc("A new annual quota of places for Tajik workers (South Korea's EPS, the UK's seasonal visas).")
public record QuotaChange(
        @Param(doc = "Where the quota applies (the route becomes QUOTA while in force).")
        Destination destination,
        @Param(doc = "Places a calendar year at full national scale, released a twelfth a month; they replace the "
                + "destination's own quota while in force (the baseline's UK has 2,000 a year from 2022), not add to "
                + "it.",
                unit = "persons a year", min = 0, max = 10_000_000, plausibleMin = 0, plausibleMax = 50_000)
        int annualQuota) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code annualQuota} outside 0 to 10,000,000 places a year.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public QuotaChange {
        Fields.requireValid(QuotaChange.class, destination, annualQuota);
    }

    @Override public String type() { return "quotaChange"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.route[d] = EntryRoute.QUOTA;
        c.annualQuota[d] = annualQuota;
    }

    @Override
    public String describe() {
        return "quota of " + annualQuota + " places a year in " + destination.label();
    }

    @Override
    public boolean conflictsWith(Shock other) {
        // a quota makes the destination's route a quota route: an entry-route change there would undo it
        return other instanceof QuotaChange o && o.destination() == destination
                || other instanceof EntryRouteChange r && r.destination() == destination;
    }
}
