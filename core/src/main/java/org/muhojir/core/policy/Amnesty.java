package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
import org.muhojir.core.world.Destination;

/**
 * An amnesty at a destination, acting in its first month: re-entry bans issued before it are lifted and migrants
 * there without papers are regularised.
 *
 * @param destination where the amnesty is granted
 */
public record Amnesty(Destination destination) implements Shock {
    @Override public String type() { return "amnesty"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        if (monthInForce == 0) {
            c.amnesty[destination.ordinal()] = true;
        }
    }

    @Override
    public void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
    }

    @Override
    public String describe() {
        return "amnesty in " + destination.label() + " (bans lifted, irregular migrants regularised)";
    }
}
