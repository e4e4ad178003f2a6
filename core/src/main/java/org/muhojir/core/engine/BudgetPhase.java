package org.muhojir.core.engine;

import org.muhojir.core.population.Households;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.scenario.HouseholdEconomy;

/**
 * Phase 4, household budgets: income at home plus remittances received; debt accrues interest (a debt carried into
 * the month beyond the household's credit limit is defaulted on and written off instead) and is repaid from what lies above the poverty line;
 * part of the rest is saved; savings are drawn to close part of the gap to the poverty line; savings above a buffer
 * of some months of the poverty-line budget are spent down at a monthly rate on houses, ceremonies and durables,
 * which poverty's consumption leaves out (buffer-stock saving), so that savings settle. Consumption per adult equivalent is recorded, and also what it would have been this month without
 * remittances (the same rule, remittances set to zero, state untouched: a static counterfactual). The persons who
 * shared the budget are counted into the month's poverty and inequality measures, with and without remittances, on
 * their welfare over the survey's quarter ({@link SurveyQuarter}).
 */
final class BudgetPhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;

    BudgetPhase() {
        super("household budgets");
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        Households hh = m.households();
        LocalEconomy economy = m.economy();
        Spending rule = new Spending(economy.parameters(), economy.povertyLine());
        SurveyQuarter quarter = new SurveyQuarter(rule.povertyLine);
        boolean reported = !m.beforeStart(); // the warm-up's and history's months record no poverty or inequality
        boolean quarterKept = m.withinMonthsOfStart(SurveyQuarter.MONTHS_BEFORE); // the first reported one's quarter
        for (int h = from; h < to; h++) {
            int menHome = hh.menAtHome(h);
            int womenHome = hh.womenAtHome(h);
            int dependants = hh.dependants[h];
            double debt = debtAfterInterest(hh.debt[h], rule.interest, economy, hh, h);
            float remittances = hh.remittancesReceived[h];
            if (menHome + womenHome + dependants == 0) {
                // nobody at home: debt accrues and is repaid from what arrives, the rest is kept, and savings are
                // spent down as others' are (no budget at home, so no buffer)
                double repay = Math.min(debt, remittances);
                hh.debt[h] = (float) (debt - repay);
                double savings = hh.savings[h] + remittances - repay;
                hh.savings[h] = (float) (savings - rule.spendDown(savings, 0));
                hh.consumption[h] = 0;
                hh.consumptionWithoutRemittances[h] = 0;
                if (quarterKept) {
                    SurveyQuarter.noBudget(hh, h);
                }
                continue;
            }
            double ae = economy.adultEquivalents(menHome + womenHome, dependants);
            double income = economy.income(hh, h, menHome, womenHome);
            double line = rule.povertyLine * ae;
            double savings = hh.savings[h];
            double perAdult = 1 / ae;
            float y = (float) (rule.spend(income + remittances, debt, savings, line) * perAdult);
            float without = remittances == 0 ? y : (float) (rule.consumption(income, debt, savings, line) * perAdult);
            hh.consumption[h] = y;
            hh.consumptionWithoutRemittances[h] = without;
            hh.debt[h] = (float) rule.debtLeft;
            hh.savings[h] = (float) rule.savingsLeft;
            if (quarterKept) {
                quarter.measure(hh, h, y, without);
            }
            if (reported) {
                int persons = menHome + womenHome + dependants;
                countPersons(t, hh.region[h] * 2 + hh.urban[h], persons, quarter.welfare,
                        quarter.welfareWithoutRemittances);
                t.international.add(quarter.welfare * ae / persons, persons);
            }
        }
    }

    /**
     * The debt of household {@code h} this month, TJS: what it carried into the month with the month's interest, or
     * 0 if what it carried was already beyond its credit limit (defaulted on, written off). The limit is checked
     * before the interest, so a journey financed up to the limit is not written off the month after (the limit costs
     * an income: only for debtors).
     */
    private static double debtAfterInterest(float carried, double interest, LocalEconomy economy, Households hh,
                                            int h) {
        return carried > 0 && carried > economy.creditLimit(hh, h) ? 0 : carried * interest;
    }

    /**
     * Adds the persons of a household of {@code cell} to the month's poverty and inequality sums, with and without
     * remittances, of their {@code welfare} over the quarter (for a household whose quarter had no remittances, the
     * two are the same and counted once).
     */
    private static void countPersons(ChunkTotals t, int cell, int persons, float welfare, float without) {
        if (welfare == without) {
            t.poverty.addToBoth(t.povertyWithout, cell, welfare, persons);
            t.gini.addToBoth(t.giniWithout, welfare, persons);
            return;
        }
        t.poverty.add(cell, welfare, persons);
        t.povertyWithout.add(cell, without, persons);
        t.gini.add(welfare, persons);
        t.giniWithout.add(without, persons);
    }

    /**
     * The spending rule of one month, with what it leaves of debt and savings after {@link #spend}. One instance
     * per chunk and month (it holds the last household's results).
     */
    static final class Spending {
        /** 1 + the monthly interest rate on debt. */
        final double interest;
        /** The poverty line, TJS per adult equivalent a month. */
        final double povertyLine;
        private final double repaymentShare;
        private final double savingRate;
        private final double drawShare;
        private final double bufferMonths;
        private final double spendRate;
        double debtLeft;
        double savingsLeft;

        Spending(HouseholdEconomy e, double povertyLine) {
            interest = 1 + e.debtInterestMonthly();
            this.povertyLine = povertyLine;
            repaymentShare = e.debtRepaymentShare();
            savingRate = e.savingRate();
            drawShare = e.savingsDrawShare();
            bufferMonths = e.savingsBufferMonths();
            spendRate = e.wealthSpendRate();
        }

        /**
         * The household's consumption this month (TJS) given its cash, debt (after interest), savings and poverty
         * line (all TJS); the debt and savings left are in {@link #debtLeft} and {@link #savingsLeft}.
         */
        double spend(double cash, double debt, double savings, double line) {
            double repay = repayment(cash, debt, line);
            cash -= repay;
            double save = saving(cash, line);
            double draw = draw(cash - save, savings, line);
            debtLeft = debt - repay;
            savingsLeft = savings - draw - spendDown(savings - draw, line) + save;
            return cash - save + draw;
        }

        /** The same consumption as {@link #spend}, leaving {@link #debtLeft} and {@link #savingsLeft} as they were. */
        double consumption(double cash, double debt, double savings, double line) {
            cash -= repayment(cash, debt, line);
            double save = saving(cash, line);
            return cash - save + draw(cash - save, savings, line);
        }

        private double repayment(double cash, double debt, double line) {
            double above = cash > line ? cash - line : 0;
            return Math.min(debt, repaymentShare * above);
        }

        private double saving(double cash, double line) {
            return cash > line ? savingRate * (cash - line) : 0;
        }

        /**
         * Savings above the buffer ({@code savingsBufferMonths} of the household's poverty-line budget {@code line})
         * spent this month at {@code wealthSpendRate} (buffer-stock saving, after Carroll, 1997) on what remittances
         * are spent on besides daily needs (data:remittance_use): houses, weddings and other ceremonies, durables.
         * These lumpy outlays are not part of the consumption that poverty is measured on (a consumption aggregate
         * leaves them out: Deaton and Zaidi, 2002, World Bank LSMS Working Paper 135), so the spend-down lowers
         * savings and adds nothing to {@link #spend}'s consumption.
         */
        double spendDown(double savings, double line) {
            double above = savings - bufferMonths * line;
            return above > 0 ? spendRate * above : 0;
        }

        /** Savings drawn to close part of the gap to the line (none once consumption reaches it). */
        private double draw(double consumption, double savings, double line) {
            return consumption < line ? Math.min(savings, drawShare * (line - consumption)) : 0;
        }
    }
}
