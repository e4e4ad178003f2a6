package org.muhojir.core.population;

import java.io.Serializable;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.NumberLists;
import org.muhojir.core.world.Region;

/**
 * A household's income at home and its size in adult equivalents, from the scenario's
 * {@link HouseholdEconomy}. Income is expected earnings: each working-age member at home earns the local wage
 * times the participation rate of their sex, plus non-labour income per member (less in towns, which have few
 * household plots); the household's own income factor scales both. Local wages, non-labour income and the poverty
 * lines are the scenario's, stated at its price base year: incomes move with this month's income level, the lines with
 * its price level ({@link #setLevels}).
 */
public final class LocalEconomy implements Serializable {
    private static final long serialVersionUID = 1L;

    private final HouseholdEconomy e;
    /** Local wage by region and urban (1) / rural (0), TJS per month, before the household's own factor. */
    private final double[][] wage = new double[Region.COUNT][2];
    /** Tajikistan's price level this month relative to the scenario's price base year. */
    private double priceLevel = 1;
    /** Tajikistan's nominal income level this month relative to the scenario's price base year. */
    private double incomeLevel = 1;
    /** This month's non-labour income per person, rural (0) and urban (1), TJS a month before the household factor. */
    private final double[] nonLabourIncome = new double[2];

    /** The economy of {@code economy}'s values, at price and income levels 1 until {@link #setLevels}. */
    public LocalEconomy(HouseholdEconomy economy) {
        this.e = economy;
        double[] regionFactor = NumberLists.toArray(economy.regionWageFactor());
        for (int r = 0; r < Region.COUNT; r++) {
            wage[r][1] = economy.localWage() * regionFactor[r];
            wage[r][0] = wage[r][1] * economy.ruralWageFactor();
        }
        setLevels(1, 1);
    }

    /**
     * Sets this month's price and income levels relative to the scenario's price base year (1 = the scenario's
     * values).
     */
    public void setLevels(double prices, double incomes) {
        priceLevel = prices;
        incomeLevel = incomes;
        nonLabourIncome[0] = e.nonLabourIncome() * incomes;
        nonLabourIncome[1] = e.nonLabourIncome() * e.urbanNonLabourIncomeFactor() * incomes;
    }

    /** This month's national poverty line, TJS per adult equivalent per month. */
    public double povertyLine() {
        return e.povertyLine() * priceLevel;
    }

    /** This month's extreme-poverty line, TJS per adult equivalent per month. */
    public double extremePovertyLine() {
        return e.extremePovertyLine() * priceLevel;
    }

    /** This month's national poverty line of the old methodology, TJS per adult equivalent per month. */
    public double oldMethodologyPovertyLine() {
        return e.oldMethodologyPovertyLine() * priceLevel;
    }

    /** What one working-age member of household {@code h} earns at home if employed, TJS per month. */
    public double memberWage(Households hh, int h) {
        return wage[hh.region[h]][hh.urban[h]] * hh.incomeFactor[h] * incomeLevel;
    }

    /** Expected earnings at home of one member of household {@code h}, TJS per month. */
    public double memberEarnings(Households hh, int h, boolean female) {
        return memberWage(hh, h) * (female ? e.participationWomen() : e.participationMen());
    }

    /**
     * Expected earnings at home of a working-age member of a typical household (income factor 1) in {@code region}
     * ({@link Region} ordinal), urban ({@code urban} 1) or rural (0), a woman or a man, TJS per month.
     */
    public double typicalMemberEarnings(int region, int urban, boolean female) {
        return wage[region][urban] * incomeLevel * (female ? e.participationWomen() : e.participationMen());
    }

    /** Household {@code h}'s monthly income at home with its current members at home, TJS per month. */
    public double income(Households hh, int h) {
        return income(hh, h, hh.menAtHome(h), hh.womenAtHome(h));
    }

    /** Household {@code h}'s monthly income at home with the given working-age members at home, TJS per month. */
    public double income(Households hh, int h, int menHome, int womenHome) {
        double w = memberWage(hh, h);
        int persons = menHome + womenHome + hh.dependants[h];
        return w * (menHome * e.participationMen() + womenHome * e.participationWomen())
                + nonLabourIncome[hh.urban[h]] * hh.incomeFactor[h] * persons;
    }

    /** Adult equivalents at home: 1 for the first adult, then the scenario's weights; 0 if nobody is at home. */
    public double adultEquivalents(Households hh, int h) {
        return adultEquivalents(hh.menAtHome(h) + hh.womenAtHome(h), hh.dependants[h]);
    }

    /** Adult equivalents of {@code adults} working-age members and {@code children} dependants at home. */
    public double adultEquivalents(int adults, int children) {
        if (adults + children == 0) {
            return 0;
        }
        if (adults == 0) {
            return 1 + e.adultEquivalentChild() * (children - 1);
        }
        return 1 + e.adultEquivalentOther() * (adults - 1) + e.adultEquivalentChild() * children;
    }

    /**
     * The most household {@code h} can owe: {@code creditMonths} of the local income it would have were its
     * working-age members all at home (their earnings and every person's non-labour income), TJS. A debt carried into a month beyond it is defaulted on (phase 4).
     */
    public double creditLimit(Households hh, int h) {
        return e.creditMonths() * income(hh, h, hh.men[h], hh.women[h]);
    }

    /** What a household can raise for a journey: savings plus credit not yet used, TJS. */
    public double capacity(Households hh, int h, double income) {
        return Math.max(0, hh.savings[h]) + Math.max(0, e.creditMonths() * income - hh.debt[h]);
    }

    /** The scenario's household economy this is built from (values at the scenario's price base year). */
    public HouseholdEconomy parameters() {
        return e;
    }
}
