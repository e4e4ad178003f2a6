package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
import org.muhojir.core.world.Destination;

/**
 * An embassy that defends its citizens: the share of detentions that end in deportation is multiplied.
 *
 * @param destination                where the embassy acts
 * @param deportationShareMultiplier factor on the share of detentions ending in deportation (0..1 lowers it)
 */
public record ConsularProtection(Destination destination, double deportationShareMultiplier) implements Shock {
    @Override public String type() { return "consularProtection"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.deportationShare[d] = Math.min(1, c.deportationShare[d] * deportationShareMultiplier);
    }

    @Override
    public void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
        p.range(path + ".deportationShareMultiplier", deportationShareMultiplier, 0, 10);
    }

    @Override
    public String describe() {
        return "consular protection in " + destination.label() + " (deportation share x"
                + deportationShareMultiplier + ")";
    }
}
