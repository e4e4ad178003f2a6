package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The network a household sees is the share of its region's households with at least one member at a destination
 * (a household with two members there counts once), as of the end of the last month.
 */
class NetworkShareTest {

    @Test
    void networkIsTheShareOfTheRegionsHouseholdsWithAMemberThere() {
        MuhojirModel model = new MuhojirModel(
                Muhojir.defaultScenario().withSampleFraction(0.01).withPeriod(YearMonth.of(2023, 1), 24),
                RunOptions.seed(3));
        model.start();
        for (int m = 0; m < 18; m++) {
            model.stepMonth();
        }
        Households hh = model.households();
        long[] households = new long[Region.COUNT];
        long[][] withMember = new long[Region.COUNT][Destination.COUNT];
        for (int h = 0; h < hh.size; h++) {
            households[hh.region[h]]++;
            boolean[] there = new boolean[Destination.COUNT];
            for (int s = h * Households.SLOTS; s < (h + 1) * Households.SLOTS; s++) {
                if (hh.slotDestination[s] != Households.NONE) {
                    there[hh.slotDestination[s]] = true;
                }
            }
            for (int d = 0; d < Destination.COUNT; d++) {
                withMember[hh.region[h]][d] += there[d] ? 1 : 0;
            }
        }
        for (int r = 0; r < Region.COUNT; r++) {
            for (int d = 0; d < Destination.COUNT; d++) {
                assertEquals((double) withMember[r][d] / households[r], model.networkShare(r, d), 1e-12,
                        Region.values()[r] + " -> " + Destination.values()[d]);
            }
        }
    }
}
