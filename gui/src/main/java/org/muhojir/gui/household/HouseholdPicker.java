package org.muhojir.gui.household;

import java.util.SplittableRandom;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Region;

/**
 * Picks a household to follow: anywhere, or in one region, each household equally likely. Seeded, so the same
 * clicks pick the same households; the GUI's draws never touch the model's random numbers.
 */
public final class HouseholdPicker {
    private final SplittableRandom random;

    public HouseholdPicker(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * A household index drawn uniformly among those living in {@code region} (or among all, if null).
     *
     * @return the index, or -1 if no household lives there
     */
    public synchronized int pick(Households hh, Region region) {
        if (hh == null || hh.size == 0) {
            return -1;
        }
        if (region == null) {
            return random.nextInt(hh.size);
        }
        int count = 0;
        for (int h = 0; h < hh.size; h++) {
            if (hh.region[h] == region.ordinal()) {
                count++;
            }
        }
        if (count == 0) {
            return -1;
        }
        int k = random.nextInt(count);
        for (int h = 0; h < hh.size; h++) {
            if (hh.region[h] == region.ordinal() && k-- == 0) {
                return h;
            }
        }
        throw new IllegalStateException("unreachable: counted " + count + " households in " + region);
    }
}
