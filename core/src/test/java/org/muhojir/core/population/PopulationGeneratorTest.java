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
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.NumberLists;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * The synthetic population of a 1% sample of the baseline (16,492 households) against the marginals it is built
 * from. Expectations are computed from the scenario's specification (the baseline's values are quoted in comments
 * as an illustration), so the test holds whatever the defaults become. Tolerances are about five standard errors
 * of the statistic (computed in each test), so a correct generator passes for any seed with near certainty; the
 * test itself is deterministic for its seed.
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
        // round(1,649,174 x 0.01) = 16,492 households in the baseline, each standing for 100.0
        long simulated = Math.round(SPEC.nationalHouseholds() * 0.01);
        assertEquals(simulated, hh.size);
        assertEquals(SPEC.nationalHouseholds() / (double) simulated, hh.weight, 1e-9);
    }

    @Test
    void regionalSharesOfPersonsMatchTheSpecification() {
        // the baseline: 948,800 / 2,770,000 / 3,444,000 / 2,270,000 / 227,200 of 9,660,000 persons, so 0.098219,
        // 0.286749, 0.356522, 0.234990, 0.023520
        double[] expected = NumberLists.toArray(SPEC.regionPopulationShare());
        double[] persons = new double[Region.COUNT];
        double total = 0;
        for (int h = 0; h < hh.size; h++) {
            int size = size(h);
            persons[hh.region[h]] += size;
            total += size;
        }
        for (int r = 0; r < Region.COUNT; r++) {
            // SE of a person share is close to that of a household share, sqrt(p (1 - p) / n), as sizes vary
            // little between regions; 5 of those (0.0018 for GBAO, 0.019 for Khatlon)
            double tolerance = 5 * Math.sqrt(expected[r] * (1 - expected[r]) / hh.size);
            assertEquals(expected[r], persons[r] / total, tolerance, Region.values()[r].label());
        }
    }

    @Test
    void urbanShareOfPersonsMatchesTheSpecification() {
        // sum over regions of persons share x urban share; in the baseline 0.098219 x 1 + 0.286749 x 0.25
        // + 0.356522 x 0.17 + 0.234990 x 0.12 + 0.023520 x 0.13 = 0.26177
        double expected = urbanShareOfPersons();
        double urban = 0;
        double total = 0;
        for (int h = 0; h < hh.size; h++) {
            urban += hh.urban[h] * size(h);
            total += size(h);
        }
        // 5 SE: 5 x sqrt(p (1 - p) / n), in the baseline 5 x sqrt(0.26 x 0.74 / 16,492) = 0.017
        assertEquals(expected, urban / total, 5 * Math.sqrt(expected * (1 - expected) / hh.size));
    }

    @Test
    void meanHouseholdSizeMatchesTheSpecification() {
        // households per person: urban persons / urban mean size + rural persons / rural mean size; in the baseline
        // 0.26177 / 5.2 + 0.73823 / 6.7 = 0.160524, so the mean size is 1 / 0.160524 = 6.2296
        double urbanPersons = urbanShareOfPersons();
        double urbanHouseholds = urbanPersons / SPEC.meanSizeUrban();
        double ruralHouseholds = (1 - urbanPersons) / SPEC.meanSizeRural();
        double mean = 1 / (urbanHouseholds + ruralHouseholds);
        // Size is 1 + Poisson(mean - 1) in each area; the variance of the mixture is the mean of the Poisson
        // variances plus the variance of the two means: in the baseline (urban share of households u = 0.3136)
        // 0.3136 x 4.2 + 0.6864 x 5.7 + 0.3136 x 0.6864 x 1.5^2 = 5.71, SD 2.4, SE 2.4 / sqrt(16,492) = 0.019;
        // 5 SE = 0.095
        double u = urbanHouseholds / (urbanHouseholds + ruralHouseholds);
        double variance = u * (SPEC.meanSizeUrban() - 1) + (1 - u) * (SPEC.meanSizeRural() - 1)
                + u * (1 - u) * Math.pow(SPEC.meanSizeRural() - SPEC.meanSizeUrban(), 2);
        double total = 0;
        for (int h = 0; h < hh.size; h++) {
            total += size(h);
        }
        assertEquals(mean, total / hh.size, 5 * Math.sqrt(variance / hh.size));
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
            double p = SPEC.initialAbroadShare().get(r);
            // 5 SE of a proportion over the region's households (in the baseline about 0.12 for GBAO's ~370, 0.02
            // for Khatlon)
            double tolerance = 5 * Math.sqrt(p * (1 - p) / households[r]);
            assertEquals(p, abroad[r] / (double) households[r], tolerance, Region.values()[r].label());
        }
    }

    @Test
    void aShareOfHouseholdsWithAMemberAbroadHaveASecondOneThereFromTheStart() {
        // a household with a member abroad and another working-age member has a second abroad with the
        // specification's share (0.15 in the baseline, of about 3,000 such households); one with a single working-age
        // member cannot
        int couldSendTwo = 0;
        int sentTwo = 0;
        for (int h = 0; h < hh.size; h++) {
            int adults = hh.men[h] + hh.women[h];
            if (hh.membersAbroad(h) > 0 && adults >= 2) {
                couldSendTwo++;
                sentTwo += hh.membersAbroad(h) == 2 ? 1 : 0;
            }
            if (adults < 2) {
                assertTrue(hh.membersAbroad(h) <= adults, "household " + h);
            }
        }
        double p = SPEC.initialSecondAbroadShare();
        assertTrue(p > 0.1, "the baseline has second members abroad from the start");
        assertEquals(p, sentTwo / (double) couldSendTwo, 5 * Math.sqrt(p * (1 - p) / couldSendTwo));
    }

    @Test
    void initialMigrantsGoWhereTheSpecificationSays() {
        int migrants = 0;
        int inRussia = 0;
        int irregular = 0;
        for (int h = 0; h < hh.size; h++) {
            // at most two members abroad at the start, in the household's first slots, tied to their destinations
            assertTrue(hh.membersAbroad(h) <= 2);
            for (int s = h * Households.SLOTS; s < h * Households.SLOTS + hh.membersAbroad(h); s++) {
                migrants++;
                assertTrue(hh.slotDestination[s] != Households.NONE);
                assertTrue((hh.ties[h] & (1 << hh.slotDestination[s])) != 0);
                assertTrue(hh.slotSince[s] < 0, "left before the first month");
                inRussia += hh.slotDestination[s] == Destination.RUSSIA.ordinal() ? 1 : 0;
                irregular += hh.slotStatus[s] == LegalStatus.IRREGULAR.ordinal() ? 1 : 0;
            }
        }
        // Russia's share is the specification's; a migrant is irregular with the initial irregular share where the
        // route is visa-free, and with the destination's irregularOnArrival elsewhere. In the baseline 0.962 and
        // 0.994 x 0.30 + 0.006 x 0 = 0.298, of about 5,100 migrants.
        double russia = SPEC.initialDestinationShare().get(Destination.RUSSIA.ordinal());
        double irregularShare = 0;
        for (Destination d : Destination.values()) {
            DestinationSpec spec = ONE_PERCENT.destination(d);
            irregularShare += SPEC.initialDestinationShare().get(d.ordinal())
                    * (spec.entry().route() == EntryRoute.VISA_FREE ? SPEC.initialIrregularShare()
                        : spec.enforcement().irregularOnArrival());
        }
        // SE of a share p is sqrt(p (1 - p) / migrants); 5 SE (in the baseline 0.014 for 0.962, 0.032 for 0.298)
        assertEquals(russia, inRussia / (double) migrants, 5 * Math.sqrt(russia * (1 - russia) / migrants));
        assertEquals(irregularShare, irregular / (double) migrants,
                5 * Math.sqrt(irregularShare * (1 - irregularShare) / migrants));
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
        // a household has one member (of working age) when its Poisson(mean size - 1) draw is 0, and nobody at home
        // when that member is abroad: the sum over regions and areas of the share of households there x
        // e^-(mean size - 1) x the region's initial share abroad. In the baseline e^-4.2 = 1.5% of urban households
        // (31% of households) and e^-5.7 = 0.33% of rural ones have one member, 0.70% or 116 of 16,492; with the
        // calibrated initial shares abroad of 2026-11, about 28% of those have their member abroad: 33 expected, SD
        // about 5.7; 5 SD either side
        double q = emptyHomeProbability();
        assertEquals(q * hh.size, emptyHomes, 5 * Math.sqrt(hh.size * q * (1 - q)), "households with nobody at home");
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
        assertEquals(Math.round(SPEC.nationalHouseholds() * 0.005), small.size); // 8,246 in the baseline
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

    /** Share of persons living in urban areas: the regions' person shares times their urban shares. */
    private static double urbanShareOfPersons() {
        double urban = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            urban += SPEC.regionPopulationShare().get(r) * SPEC.urbanShare().get(r);
        }
        return urban;
    }

    /**
     * Probability that a household has a single member, abroad: over the (region, area) cells, the cell's share of
     * households (persons there over the mean size there, normalised) x e^-(mean size - 1) x the region's initial
     * share abroad.
     */
    private static double emptyHomeProbability() {
        double households = 0;
        double empty = 0;
        for (int r = 0; r < Region.COUNT; r++) {
            double persons = SPEC.regionPopulationShare().get(r);
            double urban = SPEC.urbanShare().get(r);
            double[] cell = {persons * (1 - urban) / SPEC.meanSizeRural(), persons * urban / SPEC.meanSizeUrban()};
            double[] meanSize = {SPEC.meanSizeRural(), SPEC.meanSizeUrban()};
            for (int a = 0; a < 2; a++) {
                households += cell[a];
                empty += cell[a] * Math.exp(-(meanSize[a] - 1)) * SPEC.initialAbroadShare().get(r);
            }
        }
        return empty / households;
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
