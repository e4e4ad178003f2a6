package org.muhojir.core.policy;

import java.io.Serializable;
import java.time.YearMonth;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * What is in force in one month: the scenario's destination parameters and exchange rates for that month, after
 * every shock in force has been applied. Built afresh each month by the scenario's {@code Timeline}; read by every
 * later phase. Arrays are indexed by {@link Destination#ordinal()} (or {@link Region#ordinal()} where noted). Money is
 * in the destination's currency unless the name ends in {@code Usd}.
 *
 * <p>Mutable by design (shocks write to it), but only the policy phase writes.
 */
public final class Conditions implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;

    /** The calendar month these conditions are for. */
    public YearMonth month;
    /** Whether departures to (and voluntary returns from) each destination are possible. */
    public final boolean[] open = new boolean[D];
    /** How Tajik workers may enter each destination this month. */
    public final EntryRoute[] route = new EntryRoute[D];
    /** Places a calendar year at full national scale (QUOTA routes), persons. */
    public final int[] annualQuota = new int[D];
    /** Chance that a visa or a sponsor is refused (VISA and SPONSORSHIP routes), 0..1. */
    public final double[] refusalRate = new double[D];
    /** Chance of winning a place in a month's lottery (LOTTERY routes), 0..1. */
    public final double[] lotteryWinRate = new double[D];
    /**
     * Share of all candidates who pass the entry test, 0..1 (where the test is in Russian a candidate's own chance
     * follows their Russian, averaging this rate).
     */
    public final double[] examPassRate = new double[D];
    /** Whether the entry test is in Russian, so that a candidate's Russian moves the chance of passing. */
    public final boolean[] russianExam = new boolean[D];
    /** Whether only candidates with a skill (a trade or higher education) may enter. */
    public final boolean[] skilledOnly = new boolean[D];
    /** Months a legal stay may last (0 = no limit). */
    public final int[] maxStayMonths = new int[D];
    /** The journey there, US dollars a departure. */
    public final double[] travelUsd = new double[D];
    /** Visas, permits and other papers needed to enter, US dollars a departure. */
    public final double[] documentsUsd = new double[D];
    /** Monthly fee to stay legal, local currency per month. */
    public final double[] monthlyFee = new double[D];
    /** Monthly pay of a legal worker by destination and skill, after deductions at source, local currency. */
    public final double[][] wage = new double[D][Skill.COUNT];
    /** What a migrant spends to live there, local currency a month at this month's prices. */
    public final double[] livingCost = new double[D];
    /** Chance of a legal migrant having work in a month, 0..1 (labour demand and crowding included). */
    public final double[] employmentRate = new double[D];
    /**
     * Pay of an irregular worker as a share of a legal worker's pay in hand ({@link #wage}): the scenario's
     * {@code irregularWageShare}, a share of the wage before deductions, over one less its {@code payDeductionShare}.
     */
    public final double[] irregularWageShare = new double[D];
    /** Chance of an irregular worker having work, as a share of a legal worker's (0..1). */
    public final double[] irregularEmploymentShare = new double[D];
    /** Tajikistan's price level relative to the scenario's price base year (1 = as the scenario states its TJS). */
    public double homePriceLevel = 1;
    /** Tajikistan's nominal income level relative to the scenario's price base year (1 = the stated local incomes). */
    public double homeIncomeLevel = 1;
    /** Monthly probability that a legal migrant is caught in a raid (detained), 0..1. */
    public final double[] raidHazardLegal = new double[D];
    /** Monthly probability that an irregular migrant is caught in a raid (detained), 0..1. */
    public final double[] raidHazardIrregular = new double[D];
    /** Share of the migrants detained in a raid who are deported (and banned), 0..1; the others are held a month. */
    public final double[] deportationShare = new double[D];
    /** Length of a re-entry ban after a deportation, months. */
    public final int[] banMonths = new int[D];
    /** Monthly probability that a legal migrant loses legal status (a lapsed patent or permit), 0..1. */
    public final double[] lapseHazard = new double[D];
    /** Monthly probability that an irregular migrant seeks papers (and gets them on passing the entry test), 0..1. */
    public final double[] regulariseHazard = new double[D];
    /**
     * Share of arrivals who enter or stay without papers, 0..1 (on a visa-free route, those who fail the entry test
     * arrive without papers too).
     */
    public final double[] irregularOnArrival = new double[D];
    /** Monthly probability that an irregular migrant is expelled and banned under a mass-ban policy, 0..1. */
    public final double[] expulsionRate = new double[D];
    /** Units of each destination's currency per US dollar this month. */
    public final double[] localPerUsd = new double[D];
    /** Fee on a transfer home, as a share of the amount sent (0..1). */
    public final double[] transferFeeRate = new double[D];
    /** Monthly probability that a legal migrant who has stayed long enough becomes a citizen there, 0..1. */
    public final double[] naturalisationHazard = new double[D];
    /** The destination's constant in the utility of going there, utils (see the destination-choice rule). */
    public final double[] utilityConstant = new double[D];
    /** Whether an amnesty starts this month at each destination. */
    public final boolean[] amnesty = new boolean[D];
    /** Monthly probability that an untrained household in each region (by {@link Region}) is trained, 0..1. */
    public final double[] trainingRate = new double[Region.COUNT];
    /** Somoni per US dollar. */
    public double tjsPerUsd;
    /** Annual GDP in force this month, millions of US dollars. */
    public double gdpUsdMillion;

    /**
     * Multiplies the exchange rate (units per US dollar) of a currency: a destination's currency code or
     * {@code "TJS"} for the somoni. Every destination paying in that currency is affected; for the somoni, GDP in
     * dollars moves the other way, as GDP in somoni is held.
     */
    void scaleRate(String currency, double factor) {
        if ("TJS".equals(currency)) {
            tjsPerUsd *= factor;
            gdpUsdMillion /= factor; // GDP in somoni held: in dollars it moves with the somoni
            return;
        }
        for (Destination d : Destination.values()) {
            if (d.currency().equals(currency)) {
                localPerUsd[d.ordinal()] *= factor;
            }
        }
    }

    void setRate(String currency, double value) {
        if ("TJS".equals(currency)) {
            gdpUsdMillion /= value / tjsPerUsd; // GDP in somoni held (exactly as it was at the scenario's own rate)
            tjsPerUsd = value;
            return;
        }
        for (Destination d : Destination.values()) {
            if (d.currency().equals(currency)) {
                localPerUsd[d.ordinal()] = value;
            }
        }
    }

    /**
     * What a departure to destination {@code d} costs this month, TJS: the journey and the papers to enter, priced in
     * US dollars and paid in somoni at this month's rate.
     */
    public double journeyCostTjs(int d) {
        return (travelUsd[d] + documentsUsd[d]) * tjsPerUsd;
    }

    /** Converts an amount in destination {@code d}'s currency to somoni at this month's rates. */
    public double toTjs(int d, double local) {
        return local / localPerUsd[d] * tjsPerUsd;
    }
}
