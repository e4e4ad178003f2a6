package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.world.Region;

/**
 * The household's economy at home: local income, saving and borrowing, and the poverty lines. Money is in
 * somoni (TJS) per month.
 *
 * @param localWage             monthly earnings of an employed working-age person at home, TJS per month
 * @param regionWageFactor      local wages in each region relative to {@code localWage} (by {@link Region})
 * @param ruralWageFactor       rural wages relative to urban ones in the same region
 * @param participationMen      share of working-age men at home who have local work (0..1)
 * @param participationWomen    share of working-age women at home who have local work (0..1)
 * @param nonLabourIncome       farm produce, pensions and transfers, TJS per person per month
 * @param incomeDispersion      standard deviation of the log of a household's earnings multiplier
 * @param initialSavingsMonths  mean savings at the start, in months of the household's local income
 * @param creditMonths          how much a household can borrow for a journey, in months of local income
 * @param debtInterestMonthly   monthly interest on debt (0..1)
 * @param debtRepaymentShare    share of income above the poverty line used each month to repay debt (0..1)
 * @param savingRate            share of income above the poverty line saved each month (0..1)
 * @param savingsDrawShare      share of the gap to the poverty line that a household covers from savings (0..1)
 * @param povertyLine           national poverty line, TJS per adult equivalent per month
 * @param extremePovertyLine    national extreme poverty line, TJS per adult equivalent per month
 * @param adultEquivalentOther  weight of each working-age member after the first in the adult-equivalent scale
 * @param adultEquivalentChild  weight of each dependant in the adult-equivalent scale
 */
public record HouseholdEconomy(
        double localWage,
        List<Double> regionWageFactor,
        double ruralWageFactor,
        double participationMen,
        double participationWomen,
        double nonLabourIncome,
        double incomeDispersion,
        double initialSavingsMonths,
        double creditMonths,
        double debtInterestMonthly,
        double debtRepaymentShare,
        double savingRate,
        double savingsDrawShare,
        double povertyLine,
        double extremePovertyLine,
        double adultEquivalentOther,
        double adultEquivalentChild) implements java.io.Serializable {

    public HouseholdEconomy {
        regionWageFactor = Lists.copy(regionWageFactor);
    }

    void validate(Problems p, String path) {
        p.positive(path + ".localWage", localWage);
        Lists.positives(p, path + ".regionWageFactor", regionWageFactor, Region.COUNT);
        p.positive(path + ".ruralWageFactor", ruralWageFactor);
        p.probability(path + ".participationMen", participationMen);
        p.probability(path + ".participationWomen", participationWomen);
        p.nonNegative(path + ".nonLabourIncome", nonLabourIncome);
        p.range(path + ".incomeDispersion", incomeDispersion, 0, 3);
        p.nonNegative(path + ".initialSavingsMonths", initialSavingsMonths);
        p.nonNegative(path + ".creditMonths", creditMonths);
        p.probability(path + ".debtInterestMonthly", debtInterestMonthly);
        p.probability(path + ".debtRepaymentShare", debtRepaymentShare);
        p.probability(path + ".savingRate", savingRate);
        p.probability(path + ".savingsDrawShare", savingsDrawShare);
        p.positive(path + ".povertyLine", povertyLine);
        p.positive(path + ".extremePovertyLine", extremePovertyLine);
        if (extremePovertyLine > povertyLine) {
            p.add(path + ".extremePovertyLine", "must not exceed povertyLine (" + povertyLine + "), was "
                    + extremePovertyLine);
        }
        p.range(path + ".adultEquivalentOther", adultEquivalentOther, 0, 1);
        p.range(path + ".adultEquivalentChild", adultEquivalentChild, 0, 1);
    }
}
