package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * A change of visa regime: for example Turkey ending visa-free entry for Tajik citizens in April 2024.
 *
 * @param destination  where the regime changes
 * @param route        the new entry route
 * @param documentsUsd new cost of visa and documents, US dollars
 * @param refusalRate  share of applications refused under the new route (0..1)
 */
@Doc("A change of visa regime, such as Turkey ending visa-free entry in April 2024.")
public record EntryRouteChange(
        @Param(doc = "Where the regime changes.")
        Destination destination,
        @Param(doc = "The new entry route: VISA_FREE, VISA, QUOTA, SPONSORSHIP, LOTTERY or CLOSED.")
        EntryRoute route,
        @Param(doc = "New cost of visa and documents.", unit = "US dollars", min = 0)
        double documentsUsd,
        @Param(doc = "Share of applications refused under the new route.", unit = "share", min = 0, max = 1,
                whenOmitted = 0.0)
        double refusalRate) implements Shock, AtDestination {
    /**
     * Refuses a missing destination or route, a negative (or not finite) {@code documentsUsd} and
     * {@code refusalRate} outside 0 to 1.
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public EntryRouteChange {
        Fields.requireValid(EntryRouteChange.class, destination, route, documentsUsd, refusalRate);
    }

    @Override public String type() { return "entryRouteChange"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.route[d] = route;
        c.documentsUsd[d] = documentsUsd;
        c.refusalRate[d] = refusalRate;
    }

    @Override
    public String describe() {
        return destination.label() + " entry becomes " + route + " (documents $" + Shown.number(documentsUsd) + ", refusals "
                + Shown.percent(100 * refusalRate) + "%)";
    }

    @Override
    public boolean conflictsWith(Shock other) {
        // a quota change there sets the route too (to a quota)
        return other instanceof EntryRouteChange o && o.destination() == destination
                || other instanceof QuotaChange q && q.destination() == destination;
    }
}
