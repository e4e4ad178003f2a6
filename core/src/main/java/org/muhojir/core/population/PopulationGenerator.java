package org.muhojir.core.population;

import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.NumberLists;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * Builds the synthetic population from regional and household-size marginals ({@link PopulationSpec}). Every draw
 * is keyed by household ({@link KeyedRandom#populationStream}), so household {@code h} is the same whatever the thread count, and a 1-in-10
 * sample is built the same way as the full population.
 *
 * <p>Region and urban/rural are drawn so that the share of <em>persons</em> in each matches the specification:
 * the probability of a household being in region r and area a is proportional to the persons there divided by
 * the mean household size there. Size is 1 plus a Poisson draw; working-age members are the size times the
 * working-age share, rounded at random (so the mean is exact), split evenly by sex in expectation.
 */
public final class PopulationGenerator {
    private static final int MAX_SIZE = 30;
    private static final int MAX_INITIAL_SPELL = 24;
    /**
     * Savings abroad, US dollars, of a migrant placed at the start with the longest spell; a shorter spell has a
     * proportional share. Half the savings target of USD 1,940 calibrated to 2023 before the target was withdrawn
     * from the return rule (docs/ODD.md, 7.2.1), kept so that the starting state is unchanged.
     */
    private static final double MOST_INITIAL_SAVINGS_USD = 970;

    private final Scenario scenario;
    private final PopulationSpec spec;
    private final KeyedRandom rng;
    private final double[] cellCumulative;
    private final double[] skillCumulative;
    private final double[] russianCumulative;
    private final double[] destinationCumulative;

    /**
     * A generator of {@code scenario}'s population, drawing from {@code rng}'s population streams: the same scenario
     * and seed build the same households.
     */
    public PopulationGenerator(Scenario scenario, KeyedRandom rng) {
        this.scenario = scenario;
        this.spec = scenario.population();
        this.rng = rng;
        this.cellCumulative = cumulative(cellWeights());
        this.skillCumulative = cumulative(NumberLists.toArray(spec.skillShare()));
        this.russianCumulative = cumulative(NumberLists.toArray(spec.russianLevelShare()));
        this.destinationCumulative = cumulative(NumberLists.toArray(spec.initialDestinationShare()));
    }

    /** Builds the households. */
    public Households generate() {
        Households hh = new Households(spec.simulatedHouseholds(), spec.weight());
        LocalEconomy economy = new LocalEconomy(scenario.economy());
        for (int h = 0; h < hh.size; h++) {
            build(hh, h, economy);
        }
        return hh;
    }

    private void build(Households hh, int h, LocalEconomy economy) {
        long s = rng.populationStream(h);
        int cell = pick(cellCumulative, KeyedRandom.uniform(s, Purpose.INIT_REGION));
        int region = cell / 2;
        boolean urban = cell % 2 == 1;
        hh.region[h] = (byte) region;
        hh.urban[h] = (byte) (urban ? 1 : 0);
        double meanSize = urban ? spec.meanSizeUrban() : spec.meanSizeRural();
        int size = Math.min(MAX_SIZE, 1 + poisson(meanSize - 1, KeyedRandom.uniform(s, Purpose.INIT_SIZE)));
        int adults = Math.max(1, Math.min(size, randomRound(size * spec.workingAgeShare(),
                KeyedRandom.uniform(s, Purpose.INIT_COMPOSITION))));
        int women = randomRound(adults * 0.5, KeyedRandom.uniform(s, Purpose.INIT_WOMEN));
        hh.men[h] = (byte) (adults - women);
        hh.women[h] = (byte) women;
        hh.dependants[h] = (byte) (size - adults);
        hh.skill[h] = (byte) pick(skillCumulative, KeyedRandom.uniform(s, Purpose.INIT_SKILL));
        hh.russian[h] = (byte) pick(russianCumulative, KeyedRandom.uniform(s, Purpose.INIT_RUSSIAN));
        double sigma = scenario.economy().incomeDispersion();
        hh.incomeFactor[h] = (float) Math.exp(sigma * KeyedRandom.gaussian(s, Purpose.INIT_EARNINGS)
                - sigma * sigma / 2);
        placeInitialMigrants(hh, h, s, region); // after the skill: the members abroad take it with them
        addExtraTies(hh, h, s);
        double income = economy.income(hh, h);
        // exponential savings with the specified mean, in months of income
        hh.savings[h] = (float) (-Math.log1p(-KeyedRandom.uniform(s, Purpose.INIT_SAVINGS))
                * scenario.economy().initialSavingsMonths() * income);
        double ae = economy.adultEquivalents(hh, h);
        hh.consumption[h] = (float) (ae > 0 ? income / ae : 0);
        hh.consumptionWithoutRemittances[h] = hh.consumption[h];
    }

    /**
     * Places the household's members abroad at the start: one with the region's {@code initialAbroadShare}, and a
     * second one with {@code initialSecondAbroadShare} if a working-age member is still at home.
     */
    private void placeInitialMigrants(Households hh, int h, long s, int region) {
        if (KeyedRandom.uniform(s, Purpose.INIT_ABROAD) >= spec.initialAbroadShare().get(region)
                || !placeMember(hh, h, s, 0)) {
            return;
        }
        if (KeyedRandom.uniform(s, Purpose.INIT_SECOND_ABROAD) < spec.initialSecondAbroadShare()) {
            placeMember(hh, h, s, Purpose.INIT_SECOND_MEMBER);
        }
    }

    /**
     * Places one working-age member at home abroad, with the draws of purposes offset by {@code purposes} (0 for the
     * first member); false if the member drawn (a woman or a man) is not at home.
     */
    private boolean placeMember(Households hh, int h, long s, int purposes) {
        Behaviour b = scenario.behaviour();
        boolean female = hh.menAtHome(h) == 0 || hh.womenAtHome(h) > 0
                && KeyedRandom.uniform(s, Purpose.INIT_WOMEN + 1 + purposes) < b.femaleCandidateShare();
        if (female && hh.womenAtHome(h) == 0) {
            return false;
        }
        int d = pick(destinationCumulative, KeyedRandom.uniform(s, Purpose.INIT_DESTINATION + purposes));
        int slot = hh.freeSlot(h);
        DestinationSpec destination = scenario.destination(Destination.values()[d]);
        double irregularShare = destination.entry().route() == EntryRoute.VISA_FREE ? spec.initialIrregularShare()
                : destination.enforcement().irregularOnArrival();
        boolean irregular = KeyedRandom.uniform(s, Purpose.INIT_STATUS + purposes) < irregularShare;
        double spell = KeyedRandom.uniform(s, Purpose.INIT_SPELL + purposes);
        int maxStay = destination.entry().maxStayMonths();
        int longest = maxStay > 0 ? Math.min(MAX_INITIAL_SPELL, maxStay) : MAX_INITIAL_SPELL;
        hh.occupy(slot, d, female, (irregular ? LegalStatus.IRREGULAR : LegalStatus.LEGAL).ordinal(),
                -(1 + (int) (spell * longest)));
        hh.slotSavingsUsd[slot] = (float) (spell * MOST_INITIAL_SAVINGS_USD);
        hh.ties[h] |= (byte) (1 << d);
        return true;
    }

    private void addExtraTies(Households hh, int h, long s) {
        for (Destination d : Destination.values()) {
            if (KeyedRandom.uniform(s, Purpose.INIT_TIES + d.ordinal() * 37) < spec.extraTieShare().get(d.ordinal())) {
                hh.ties[h] |= (byte) (1 << d.ordinal());
            }
        }
    }

    /** Weight of each (region, area) cell, area 0 rural and 1 urban: persons there over mean household size. */
    private double[] cellWeights() {
        double[] w = new double[Region.COUNT * 2];
        for (int r = 0; r < Region.COUNT; r++) {
            double persons = spec.regionPopulationShare().get(r);
            double urbanShare = spec.urbanShare().get(r);
            w[2 * r] = persons * (1 - urbanShare) / spec.meanSizeRural();
            w[2 * r + 1] = persons * urbanShare / spec.meanSizeUrban();
        }
        return w;
    }

    static double[] cumulative(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double[] c = new double[weights.length];
        double run = 0;
        for (int i = 0; i < weights.length; i++) {
            run += weights[i] / total;
            c[i] = run;
        }
        c[c.length - 1] = 1;
        return c;
    }

    /** The first index whose cumulative share exceeds {@code u}. */
    static int pick(double[] cumulative, double u) {
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    /** Inverse-CDF Poisson draw (fine for the small means of household sizes). */
    static int poisson(double mean, double u) {
        double p = Math.exp(-mean);
        double cdf = p;
        int k = 0;
        while (u > cdf && k < MAX_SIZE) {
            k++;
            p *= mean / k;
            cdf += p;
        }
        return k;
    }

    /** floor(x) or floor(x) + 1, the latter with probability frac(x): unbiased rounding. */
    static int randomRound(double x, double u) {
        int f = (int) Math.floor(x);
        return u < x - f ? f + 1 : f;
    }
}
