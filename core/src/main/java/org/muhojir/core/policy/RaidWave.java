package org.muhojir.core.policy;

import org.muhojir.core.param.Doc;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.world.Destination;

/**
 * More inspections at a destination: raid hazards of legal and irregular migrants are multiplied.
 *
 * @param destination    where the raids happen
 * @param raidMultiplier factor on both monthly raid hazards (for example 3 for three times as many raids)
 */
@Doc("More inspections at a destination: raid hazards of legal and irregular migrants are multiplied.")
public record RaidWave(
        @Param(doc = "Where the raids happen.")
        Destination destination,
        @Param(doc = "Factor on both monthly raid hazards, legal and irregular (3 means three times as many raids).",
                unit = "factor", min = 0, max = 1000, plausibleMin = 0, plausibleMax = 10)
        double raidMultiplier) implements Shock, AtDestination {
    /**
     * Refuses a missing destination and {@code raidMultiplier} outside 0 to 1000 (or not finite).
     *
     * @throws org.muhojir.core.param.InvalidValuesException naming each wrong argument
     */
    public RaidWave {
        Fields.requireValid(RaidWave.class, destination, raidMultiplier);
    }

    @Override public String type() { return "raidWave"; }

    @Override
    public void apply(Conditions c, int monthInForce, int durationMonths) {
        int d = destination.ordinal();
        c.raidHazardLegal[d] = Math.min(1, c.raidHazardLegal[d] * raidMultiplier);
        c.raidHazardIrregular[d] = Math.min(1, c.raidHazardIrregular[d] * raidMultiplier);
    }

    @Override
    public String describe() {
        return "raid wave in " + destination.label() + " (raids x" + Shown.number(raidMultiplier) + ")";
    }
}
