package org.muhojir.core.engine;

import org.muhojir.core.population.Households;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.scenario.HouseholdEconomy;

/**
 * Phase 4, household budgets: income at home plus remittances received; debt accrues interest and is repaid from
 * what lies above the poverty line; part of the rest is saved; savings are drawn to close part of the gap to the
 * poverty line. Consumption per adult equivalent is recorded, and also what it would have been this month without
 * remittances (the same rule, remittances set to zero, state untouched: a static counterfactual).
 */
final class BudgetPhase extends Phase {
    private static final long serialVersionUID = 1L;

    BudgetPhase() {
        super("household budgets");
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, Tally t) {
        Households hh = m.households();
        LocalEconomy economy = m.economy();
        HouseholdEconomy e = economy.parameters();
        double[] after = new double[2];
        for (int h = from; h < to; h++) {
            int menHome = hh.menAtHome(h);
            int womenHome = hh.womenAtHome(h);
            double ae = economy.adultEquivalents(menHome + womenHome, hh.dependants[h]);
            if (ae == 0) {
                // nobody at home: debt accrues and is repaid from what arrives, the rest is kept
                double owed = hh.debt[h] * (1 + e.debtInterestMonthly());
                double repay = Math.min(owed, hh.remittancesReceived[h]);
                hh.debt[h] = (float) (owed - repay);
                hh.savings[h] += (float) (hh.remittancesReceived[h] - repay);
                hh.consumption[h] = 0;
                hh.consumptionWithoutRemittances[h] = 0;
                continue;
            }
            double income = economy.income(hh, h, menHome, womenHome);
            double debt = hh.debt[h] * (1 + e.debtInterestMonthly());
            double line = e.povertyLine() * ae;
            float remittances = hh.remittancesReceived[h];
            double total = spend(income + remittances, debt, hh.savings[h], line, e, after);
            hh.consumption[h] = (float) (total / ae);
            hh.consumptionWithoutRemittances[h] = remittances == 0 ? hh.consumption[h]
                    : (float) (spend(income, debt, hh.savings[h], line, e, null) / ae);
            hh.debt[h] = (float) after[0];
            hh.savings[h] = (float) after[1];
        }
    }

    /**
     * The household's consumption this month (TJS) given its cash, debt (after interest), savings and poverty
     * line (all TJS); if {@code after} is not null, it receives the debt and savings left.
     */
    static double spend(double cash, double debt, double savings, double line, HouseholdEconomy e, double[] after) {
        double above = Math.max(0, cash - line);
        double repay = Math.min(debt, e.debtRepaymentShare() * above);
        cash -= repay;
        debt -= repay;
        double save = e.savingRate() * Math.max(0, cash - line);
        double consumption = cash - save;
        // branch-free: nothing is drawn when consumption reaches the line (savings are never negative)
        double draw = Math.min(savings, e.savingsDrawShare() * Math.max(0, line - consumption));
        consumption += draw;
        savings -= draw;
        if (after != null) {
            after[0] = debt;
            after[1] = savings + save;
        }
        return consumption;
    }
}
