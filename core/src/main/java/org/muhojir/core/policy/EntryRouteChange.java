package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
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
public record EntryRouteChange(Destination destination, EntryRoute route, double documentsUsd,
                               double refusalRate) implements Shock {
    @Override public String type() { return "entryRouteChange"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.route[d] = route;
        c.documentsUsd[d] = documentsUsd;
        c.refusalRate[d] = refusalRate;
    }

    @Override
    public void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
        p.present(path + ".route", route);
        p.nonNegative(path + ".documentsUsd", documentsUsd);
        p.probability(path + ".refusalRate", refusalRate);
    }

    @Override
    public String describe() {
        return destination.label() + " entry becomes " + route + " (documents $" + documentsUsd + ", refusals "
                + refusalRate + ")";
    }
}
