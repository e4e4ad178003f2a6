package org.muhojir.core.population;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * The synthetic population of a 1% sample of the baseline (16,492 households) against the marginals it is built
 * from. Tolerances are about five standard errors of the statistic (computed in each test), so a correct generator
 * passes for any seed with near certainty; the test itself is deterministic for its seed.
 */
class PopulationGeneratorTest {
    private static final Scenario ONE_PERCENT = TajikistanDefaults.baseline().withSampleFraction(0.01);
    private static final PopulationSpec SPEC = ONE_PERCENT.population();
    private static final long SEED = 7;
    private static Households hh;

    @BeforeAll
    static void generate() {
        hh = new PopulationGenerator(ONE_PERCENT, new KeyedRandom(SEED, 0)).generate();
    }

    @Test
    void sizeAndWeight() {
        assertEquals(16_492, hh.size); // round(1,649,174 x 0.01)
        assertEquals(1_649_174 / 16_492.0, hh.weight, 1e-9);
    }

    @Test
    void regionalSharesOfPersonsMatchTheSpecification() {
        // spec: 948,800 / 2,770,000 / 3,444,000 / 2,270,000 / 227,200 of 9,660,000 persons
        double[] expected = {0.098219, 0.286749, 0.356522, 0.234990, 0.023520};
        double[] persons = new double[Region.COUNT];
        double total = 0;
        for (int h = 0; h < hh.size; h++) {
            int size = size(h);
            persons[hh.region[h]] += size;
            total += size;
        }
        for (int r = 0; r < Region.COUNT; r++) {
            assertEquals(expected[r], SPEC.regionPopulationShare().get(r), 1e-6);
            // SE of a person share is close to that of a household share, sqrt(p (1 - p) / n), as sizes vary
            // little between regions; 5 of those (0.0018 for GBAO, 0.019 for Khatlon)
            double tolerance = 5 * Math.sqrt(expected[r] * (1 - expected[r]) / hh.size);
            assertEquals(expected[r], persons[r] / total, tolerance, Region.values()[r].label());
        }
    }

    @Test
    void urbanShareOfPersonsIsAbout26Percent() {
        // sum over regions of persons share x urban share: 0.098219 x 1 + 0.286749 x 0.25 + 0.356522 x 0.17
        // + 0.234990 x 0.12 + 0.023520 x 0.13 = 0.26177
        double urban = 0;
        double total = 0;
        for (int h = 0; h < hh.size; h++) {
            urban += hh.urban[h] * size(h);
            total += size(h);
        }
        // 5 SE: 5 x sqrt(0.26 x 0.74 / 16,492) = 0.017
        assertEquals(0.26177, urban / total, 0.017);
    }

    @Test
    void meanHouseholdSizeIsAbout6Point2() {
        // households per person: 0.26177 / 5.2 urban + 0.73823 / 6.7 rural = 0.160524, so the mean size is
        // 1 / 0.160524 = 6.2296. Size is 1 + Poisson(mean - 1): SD about 2.4, SE 2.4 / sqrt(16,492) = 0.019;
        // 5 SE = 0.095
        double total = 0;
        for (int h = 0; h < hh.size; h++) {
            total += size(h);
        }
        assertEquals(6.2296, total / hh.size, 0.095);
    }

    @Test
    void initialShareOfHouseholdsWithAMemberAbroadMatchesByRegion() {
        int[] households = new int[Region.COUNT];
        int[] abroad = new int[Region.COUNT];
        for (int h = 0; h < hh.size; h++) {
            households[hh.region[h]]++;
            if (hh.membersAbroad(h) > 0) {
                abroad[hh.region[h]]++;
            }
        }
        for (int r = 0; r < Region.COUNT; r++) {
            double p = SPEC.initialAbroadShare().get(r); // 0.15, 0.35, 0.42, 0.40, 0.35
            // 5 SE of a proportion over the region's households (about 0.12 for GBAO's ~370, 0.02 for Khatlon)
            double tolerance = 5 * Math.sqrt(p * (1 - p) / households[r]);
            assertEquals(p, abroad[r] / (double) households[r], tolerance, Region.values()[r].label());
        }
    }

    @Test
    void initialMigrantsGoWhereTheSpecificationSays() {
        int migrants = 0;
        int inRussia = 0;
        int irregular = 0;
        for (int h = 0; h < hh.size; h++) {
            // at most one member abroad at the start, in the household's first slot, and tied to its destination
            assertTrue(hh.membersAbroad(h) <= 1);
            int s = h * Households.SLOTS;
            if (hh.membersAbroad(h) == 1) {
                migrants++;
                assertTrue(hh.slotDestination[s] != Households.NONE);
                assertTrue((hh.ties[h] & (1 << hh.slotDestination[s])) != 0);
                assertTrue(hh.slotSince[s] < 0, "left before the first month");
                inRussia += hh.slotDestination[s] == Destination.RUSSIA.ordinal() ? 1 : 0;
                irregular += hh.slotStatus[s] == LegalStatus.IRREGULAR.ordinal() ? 1 : 0;
            }
        }
        // about 5,900 migrants: SE of a share p is sqrt(p (1 - p) / 5,900); 5 SE = 0.012 for 0.962, 0.030 for 0.30
        assertEquals(0.962, inRussia / (double) migrants, 0.012);
        assertEquals(0.30, irregular / (double) migrants, 0.030);
    }

    @Test
    void everyHouseholdIsWellFormed() {
        int emptyHomes = 0;
        for (int h = 0; h < hh.size; h++) {
            assertTrue(hh.men[h] + hh.women[h] >= 1, "at least one working-age member");
            assertTrue(size(h) <= 30);
            assertTrue(hh.menAtHome(h) >= 0 && hh.womenAtHome(h) >= 0);
            assertTrue(hh.incomeFactor[h] > 0);
            assertTrue(hh.savings[h] >= 0);
            assertEquals(Households.NONE, hh.banDestination[h]);
            // consumption per adult equivalent at home; a household whose only member is abroad has nobody at
            // home, and consumes nothing (the accounting leaves it out of poverty measures)
            if (hh.membersAtHome(h) > 0) {
                assertTrue(hh.consumption[h] > 0);
            } else {
                emptyHomes++;
                assertEquals(0, hh.consumption[h]);
            }
        }
        // a household has one member when its Poisson(mean size - 1) draw is 0: e^-4.2 = 1.5% of urban households
        // (31% of households) and e^-5.7 = 0.33% of rural ones, so 0.70% or 116 of 16,492; about 37% of those have
        // their member abroad: 43 expected, SD about 6.5; 5 SD either side
        assertEquals(43, emptyHomes, 33, "households with nobody at home");
    }

    @Test
    void sameSeedSamePopulationOtherSeedAnother() {
        Households again = new PopulationGenerator(ONE_PERCENT, new KeyedRandom(SEED, 0)).generate();
        assertSame(hh, again, hh.size);
        Households other = new PopulationGenerator(ONE_PERCENT, new KeyedRandom(SEED + 1, 0)).generate();
        assertFalse(Arrays.equals(hh.region, other.region));
        Households replication = new PopulationGenerator(ONE_PERCENT, new KeyedRandom(SEED, 1)).generate();
        assertFalse(Arrays.equals(hh.savings, replication.savings));
    }

    @Test
    void householdIsTheSameWhateverTheSampleSize() {
        // draws are keyed by household, so the first households of a 0.5% sample are those of the 1% sample
        Scenario half = TajikistanDefaults.baseline().withSampleFraction(0.005);
        Households small = new PopulationGenerator(half, new KeyedRandom(SEED, 0)).generate();
        assertEquals(8_246, small.size);
        assertSame(hh, small, small.size);
    }

    @Test
    void helpers() {
        // cumulative shares, and the first index whose cumulative share exceeds u
        double[] c = PopulationGenerator.cumulative(new double[] {1, 3, 0, 4});
        assertArrayEquals(new double[] {0.125, 0.5, 0.5, 1}, c, 1e-15);
        assertEquals(0, PopulationGenerator.pick(c, 0.0));
        assertEquals(1, PopulationGenerator.pick(c, 0.125));
        assertEquals(3, PopulationGenerator.pick(c, 0.5)); // the empty third category is never picked
        assertEquals(3, PopulationGenerator.pick(c, 0.999));
        // Poisson(2): P(0) = e^-2 = 0.1353, P(<= 1) = 3 e^-2 = 0.4060
        assertEquals(0, PopulationGenerator.poisson(2, 0.13));
        assertEquals(1, PopulationGenerator.poisson(2, 0.14));
        assertEquals(1, PopulationGenerator.poisson(2, 0.40));
        assertEquals(2, PopulationGenerator.poisson(2, 0.41));
        // random rounding of 3.25: 4 with probability 0.25
        assertEquals(4, PopulationGenerator.randomRound(3.25, 0.24));
        assertEquals(3, PopulationGenerator.randomRound(3.25, 0.25));
        assertEquals(3, PopulationGenerator.randomRound(3.0, 0.0));
    }

    private static int size(int h) {
        return hh.men[h] + hh.women[h] + hh.dependants[h];
    }

    /** The first {@code n} households of {@code a} and {@code b} are identical in every array. */
    private static void assertSame(Households a, Households b, int n) {
        int slots = n * Households.SLOTS;
        for (Object[] pair : List.of(
                new Object[] {a.region, b.region}, new Object[] {a.urban, b.urban}, new Object[] {a.men, b.men},
                new Object[] {a.women, b.women}, new Object[] {a.dependants, b.dependants},
                new Object[] {a.skill, b.skill}, new Object[] {a.russian, b.russian}, new Object[] {a.ties, b.ties},
                new Object[] {a.menAbroad, b.menAbroad}, new Object[] {a.womenAbroad, b.womenAbroad})) {
            assertArrayEquals(Arrays.copyOf((byte[]) pair[0], n), Arrays.copyOf((byte[]) pair[1], n));
        }
        assertArrayEquals(Arrays.copyOf(a.incomeFactor, n), Arrays.copyOf(b.incomeFactor, n));
        assertArrayEquals(Arrays.copyOf(a.savings, n), Arrays.copyOf(b.savings, n));
        assertArrayEquals(Arrays.copyOf(a.consumption, n), Arrays.copyOf(b.consumption, n));
        assertArrayEquals(Arrays.copyOf(a.slotDestination, slots), Arrays.copyOf(b.slotDestination, slots));
        assertArrayEquals(Arrays.copyOf(a.slotStatus, slots), Arrays.copyOf(b.slotStatus, slots));
        assertArrayEquals(Arrays.copyOf(a.slotSince, slots), Arrays.copyOf(b.slotSince, slots));
        assertArrayEquals(Arrays.copyOf(a.slotSavingsUsd, slots), Arrays.copyOf(b.slotSavingsUsd, slots));
    }
}
