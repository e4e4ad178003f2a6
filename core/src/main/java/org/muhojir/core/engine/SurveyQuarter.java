package org.muhojir.core.engine;

import org.muhojir.core.population.Households;

/**
 * Welfare as the household budget survey measures it: a household's consumption per adult equivalent over a quarter,
 * not a month (TajStat's survey has households keep their diaries over a quarter and counts poverty quarter by
 * quarter; data:poverty_seasonal_churn reports households moving in and out of poverty over four quarters). A
 * month's welfare is the mean of this month's consumption and the two months' before, each taken over its own
 * month's poverty line and brought to this month's prices by this month's line; months in which nobody was at home
 * (no budget) are left out. Poverty, the Gini and the international lines are counted on it; the household's own
 * consumption ({@link Households#consumption}) stays the month's.
 *
 * <p>One instance per chunk and month: {@link #measure} leaves the household's two welfares in {@link #welfare} and
 * {@link #welfareWithoutRemittances}, keeps the first in {@link Households#welfare} for those who look at households
 * (the visualizer, the response battery's decompositions), and keeps this month's consumption for the next two.
 */
final class SurveyQuarter {
    /**
     * Months of the quarter before its last: the months before a run's first reported one that its quarter needs
     * (earlier months are not measured).
     */
    static final int MONTHS_BEFORE = 2;
    /** This month's poverty line, TJS per adult equivalent. */
    private final double line;
    /** The last household's welfare over the quarter, TJS per adult equivalent at this month's prices. */
    float welfare;
    /** The same had no remittances arrived in the quarter (each month's static counterfactual). */
    float welfareWithoutRemittances;

    /** @param line this month's poverty line, TJS per adult equivalent */
    SurveyQuarter(double line) {
        this.line = line;
    }

    /**
     * Measures household {@code h}'s quarter, given this month's consumption per adult equivalent with and without
     * remittances (TJS).
     */
    void measure(Households hh, int h, float consumption, float withoutRemittances) {
        float last = hh.relativeConsumptionLastMonth[h];
        float before = hh.relativeConsumptionMonthBefore[h];
        float lastWithout = hh.relativeWithoutRemittancesLastMonth[h];
        float beforeWithout = hh.relativeWithoutRemittancesMonthBefore[h];
        double relative = consumption / line;
        welfare = mean(relative, last, before);
        hh.welfare[h] = welfare;
        hh.relativeConsumptionMonthBefore[h] = last;
        hh.relativeConsumptionLastMonth[h] = (float) relative;
        if (withoutRemittances == consumption && lastWithout == last && beforeWithout == before) {
            welfareWithoutRemittances = welfare; // no remittances in the quarter: the same months
        } else {
            relative = withoutRemittances / line;
            welfareWithoutRemittances = mean(relative, lastWithout, beforeWithout);
        }
        hh.relativeWithoutRemittancesMonthBefore[h] = lastWithout;
        hh.relativeWithoutRemittancesLastMonth[h] = (float) relative;
    }

    /** Household {@code h} had nobody at home this month: its month is left out of the next two quarters. */
    static void noBudget(Households hh, int h) {
        hh.welfare[h] = 0;
        hh.relativeConsumptionMonthBefore[h] = hh.relativeConsumptionLastMonth[h];
        hh.relativeConsumptionLastMonth[h] = Households.NO_BUDGET;
        hh.relativeWithoutRemittancesMonthBefore[h] = hh.relativeWithoutRemittancesLastMonth[h];
        hh.relativeWithoutRemittancesLastMonth[h] = Households.NO_BUDGET;
    }

    /** The mean of this month's relative consumption and the months before that had a budget, at this month's line. */
    private float mean(double relative, float last, float before) {
        double sum = relative;
        int months = 1;
        if (last != Households.NO_BUDGET) {
            sum += last;
            months++;
        }
        if (before != Households.NO_BUDGET) {
            sum += before;
            months++;
        }
        return (float) (sum / months * line);
    }
}
