package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * A new annual quota of places for Tajik workers at a destination (South Korea's EPS, the UK's seasonal visas).
 * The destination's route becomes QUOTA while the shock is in force.
 *
 * @param destination  where the quota applies
 * @param annualQuota  places a calendar year at full national scale, persons
 */
public record QuotaChange(Destination destination, int annualQuota) implements Shock {
    @Override public String type() { return "quotaChange"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.route[d] = EntryRoute.QUOTA;
        c.annualQuota[d] = annualQuota;
    }

    @Override
    public void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
        p.range(path + ".annualQuota", annualQuota, 0, 10_000_000);
    }

    @Override
    public String describe() {
        return "quota of " + annualQuota + " places a year in " + destination.label();
    }
}
