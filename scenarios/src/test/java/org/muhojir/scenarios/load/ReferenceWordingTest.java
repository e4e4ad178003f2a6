package org.muhojir.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.muhojir.scenarios.reference.ReferenceTables;

/** The reference's generated tables in the words the loader's messages use. */
class ReferenceWordingTest {
    private static final String TABLES = ReferenceTables.markdown();

    @Test
    void aChoiceStartingWithAVowelTakesAn() {
        assertTrue(TABLES.contains("*(an entry route: one of VISA_FREE"), TABLES);
        assertFalse(TABLES.contains("a entry route"));
        assertTrue(TABLES.contains("*(a destination: one of"));
    }

    @Test
    void aFieldLeftOutByDefaultShowsNoEmptyCodeSpan() {
        assertFalse(TABLES.contains("| `` |"), "an empty default is shown as words");
        assertTrue(TABLES.contains("| `quotaFrom` |") && TABLES.contains("| none (left out) |"));
    }

    @Test
    void theShocksSectionSaysThatMultiplyingShocksOfOneTypeMultiplyTogether() {
        assertTrue(TABLES.contains("Shocks of a type that multiplies a value (`raidWave`, `tightenedRules`, "
                + "`exchangeRateShock`, `consularProtection`, `wageShock`, `labourDemand`, `homePriceShock`, "
                + "`travelCostChange`) may overlap, and two of one type in force at once for the same place multiply "
                + "together"), TABLES);
    }
}
