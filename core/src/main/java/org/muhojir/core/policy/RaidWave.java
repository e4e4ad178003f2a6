package org.muhojir.core.policy;

import org.muhojir.core.scenario.Problems;
import org.muhojir.core.world.Destination;

/**
 * More inspections at a destination: raid hazards of legal and irregular migrants are multiplied.
 *
 * @param destination    where the raids happen
 * @param raidMultiplier factor on both monthly raid hazards (for example 3 for three times as many raids)
 */
public record RaidWave(Destination destination, double raidMultiplier) implements Shock {
    @Override public String type() { return "raidWave"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.raidHazardLegal[d] = Math.min(1, c.raidHazardLegal[d] * raidMultiplier);
        c.raidHazardIrregular[d] = Math.min(1, c.raidHazardIrregular[d] * raidMultiplier);
    }

    @Override
    public void validate(Problems p, String path) {
        p.present(path + ".destination", destination);
        p.range(path + ".raidMultiplier", raidMultiplier, 0, 1000);
    }

    @Override
    public String describe() {
        return "raid wave in " + destination.label() + " (raids x" + raidMultiplier + ")";
    }
}
