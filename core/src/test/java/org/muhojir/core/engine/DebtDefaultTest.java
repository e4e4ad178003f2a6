package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.population.Households;
import org.muhojir.core.population.LocalEconomy;

/**
 * Debts and their default (phase 4, docs/ODD.md 7.4.3): a debt carried into a month within the household's credit
 * limit accrues the month's interest, so a journey financed up to the limit is not written off the month after; a
 * debt carried beyond the limit is defaulted on and written off. The households looked at are poor and have nobody
 * abroad, so they repay nothing (repayment comes only from what lies above the poverty line) and nothing arrives:
 * their debt after the month is what they carried times 1 plus the monthly interest, or 0.
 */
class DebtDefaultTest {
    private static final double MONTHLY_INTEREST = 0.02; // TajikistanDefaults.economy()'s debtInterestMonthly

    @Test
    void aDebtWithinTheCreditLimitAccruesInterest() {
        MuhojirModel m = started();
        List<Integer> poor = poorWithNobodyAbroad(m);
        float[] carried = setDebts(m, poor, 1.0); // a journey financed up to the limit
        m.stepMonth();
        Households hh = m.households();
        int stayed = 0;
        for (int i = 0; i < poor.size(); i++) {
            int h = poor.get(i);
            if (hh.membersAbroad(h) == 0) { // a household whose member left this month also paid a journey
                stayed++;
                assertEquals(carried[i] * (1 + MONTHLY_INTEREST), hh.debt[h], 1e-4 * carried[i], "household " + h);
            }
        }
        assertTrue(stayed >= 20, stayed + " households checked");
    }

    @Test
    void aDebtCarriedBeyondTheCreditLimitIsWrittenOff() {
        MuhojirModel m = started();
        List<Integer> poor = poorWithNobodyAbroad(m);
        setDebts(m, poor, 1.5);
        m.stepMonth();
        Households hh = m.households();
        int stayed = 0;
        for (int h : poor) {
            if (hh.membersAbroad(h) == 0) {
                stayed++;
                assertEquals(0, hh.debt[h], "household " + h);
            }
        }
        assertTrue(stayed >= 20, stayed + " households checked");
    }

    private static MuhojirModel started() {
        MuhojirModel m = new MuhojirModel(RunFixtures.baseline(0.01, 12), RunOptions.seed(RunFixtures.SEED));
        m.start();
        m.stepMonth();
        return m;
    }

    /**
     * Households with people at home, nobody abroad, no debt and consumption well under the poverty line, so that
     * next month's cash stays under it too.
     */
    private static List<Integer> poorWithNobodyAbroad(MuhojirModel m) {
        Households hh = m.households();
        double line = m.economy().povertyLine();
        List<Integer> poor = new ArrayList<>();
        for (int h = 0; h < hh.size; h++) {
            if (hh.membersAbroad(h) == 0 && hh.membersAtHome(h) > 0 && hh.debt[h] == 0
                    && hh.consumption[h] < 0.8 * line) {
                poor.add(h);
            }
        }
        return poor;
    }

    /** Sets each household's debt to {@code share} of its credit limit this month; returns the debts set, TJS. */
    private static float[] setDebts(MuhojirModel m, List<Integer> households, double share) {
        Households hh = m.households();
        LocalEconomy economy = m.economy();
        float[] debts = new float[households.size()];
        for (int i = 0; i < debts.length; i++) {
            int h = households.get(i);
            debts[i] = (float) (share * economy.creditLimit(hh, h));
            hh.debt[h] = debts[i];
        }
        return debts;
    }
}
