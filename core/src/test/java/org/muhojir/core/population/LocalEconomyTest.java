package org.muhojir.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * Income at home (ODD 7.4.1): two households alike but for living in a town or a village differ by the rural wage
 * factor on their wages and by the urban factor on their non-labour income, and both move with the wage level.
 */
class LocalEconomyTest {
    private static final int SUGHD = 1;
    private final HouseholdEconomy e = TajikistanDefaults.economy();
    private final Households hh = twoHouseholds();

    @Test
    void aTownHouseholdHasTheUrbanShareOfNonLabourIncomeAndTheUrbanWage() {
        LocalEconomy economy = new LocalEconomy(e);
        assertEquals(expected(0, 1), economy.income(hh, 0), 1e-9);
        assertEquals(expected(1, 1), economy.income(hh, 1), 1e-9);
    }

    @Test
    void incomesMoveWithTheWageLevelNotThePriceLevel() {
        LocalEconomy economy = new LocalEconomy(e);
        economy.setLevels(1.1, 1.3);
        assertEquals(1.3 * expected(0, 1), economy.income(hh, 0), 1e-9);
        assertEquals(1.3 * expected(1, 1), economy.income(hh, 1), 1e-9);
    }

    /** Household {@code h}'s income at wage level {@code level}, from the economy's fields (ODD 7.4.1). */
    private double expected(int h, double level) {
        boolean urban = hh.urban[h] == 1;
        double wage = e.localWage() * e.regionWageFactor().get(SUGHD) * (urban ? 1 : e.ruralWageFactor())
                * hh.incomeFactor[h] * level;
        double labour = wage * (hh.men[h] * e.participationMen() + hh.women[h] * e.participationWomen());
        int persons = hh.men[h] + hh.women[h] + hh.dependants[h];
        double nonLabour = e.nonLabourIncome() * (urban ? e.urbanNonLabourIncomeFactor() : 1) * hh.incomeFactor[h]
                * level * persons;
        return labour + nonLabour;
    }

    /** A rural household (0) and an urban one (1) in Sughd, alike otherwise: two men, two women, three dependants. */
    private static Households twoHouseholds() {
        Households hh = new Households(2, 1.0);
        for (int h = 0; h < 2; h++) {
            hh.region[h] = SUGHD;
            hh.urban[h] = (byte) h;
            hh.men[h] = 2;
            hh.women[h] = 2;
            hh.dependants[h] = 3;
            hh.incomeFactor[h] = 1.2f;
        }
        return hh;
    }
}
