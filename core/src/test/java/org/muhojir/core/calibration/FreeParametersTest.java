package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/** The default free parameters read and set what their names say, within their bounds. */
class FreeParametersTest {
    private final Scenario present = TajikistanDefaults.baseline();

    @Test
    void eachDefaultSetsTheValueItReadsAtBothBounds() {
        Set<String> names = new HashSet<>();
        for (FreeParameter p : FreeParameters.defaults()) {
            assertTrue(names.add(p.name()), "repeated " + p.name());
            double v = p.valueIn(present);
            assertTrue(v >= p.lower() && v <= p.upper(), p.name() + " = " + v + " outside its bounds");
            for (double bound : new double[] {p.lower(), p.upper()}) {
                assertEquals(bound, p.valueIn(p.apply(present, bound)), 1e-9 * Math.abs(bound), p.name());
            }
        }
        assertEquals(19, names.size());
    }

    @Test
    void settingOneParameterLeavesTheOthersAlone() {
        Scenario s = FreeParameters.returnHazard().apply(present, 0.1);
        for (FreeParameter p : FreeParameters.defaults()) {
            if (!p.name().equals("behaviour.returnHazard")) {
                assertEquals(p.valueIn(present), p.valueIn(s), 1e-12, p.name());
            }
        }
        assertEquals(present.behaviour().departureSeasonality(), s.behaviour().departureSeasonality());
    }

    @Test
    void derivedParametersSetTheirScenarioValuesAsDocumented() {
        // 0.5 of the baseline's poverty line of the old methodology
        Scenario s = FreeParameters.nonLabourIncomeOverPovertyLine().apply(present, 0.5);
        assertEquals(0.5 * present.economy().oldMethodologyPovertyLine(), s.economy().nonLabourIncome(), 1e-9);
        // the headline line at 1.3 times the old one, non-labour income in somoni unchanged
        Scenario lines = FreeParameters.povertyLineOverOldMethodologyLine().apply(present, 1.3);
        assertEquals(1.3 * present.economy().oldMethodologyPovertyLine(), lines.economy().povertyLine(), 1e-9);
        assertEquals(present.economy().nonLabourIncome(), lines.economy().nonLabourIncome(), 1e-12);
        // spells over a year return at 0.7 times the hazard; the shorter bands keep theirs
        Scenario spells = FreeParameters.longSpellReturnFactor().apply(present, 0.7);
        java.util.List<Double> profile = new java.util.ArrayList<>(present.behaviour().returnDurationProfile());
        profile.set(3, 0.7);
        assertEquals(profile, spells.behaviour().returnDurationProfile());
        // an urban household's non-labour income at 0.3 of a rural one's, nothing else of the economy changed
        Scenario towns = FreeParameters.urbanNonLabourIncomeFactor().apply(present, 0.3);
        assertEquals(0.3, towns.economy().urbanNonLabourIncomeFactor());
        assertEquals(present.economy().nonLabourIncome(), towns.economy().nonLabourIncome());
        assertEquals(present.economy().ruralWageFactor(), towns.economy().ruralWageFactor());
        // a third of the cash above the line saved; the rest of the economy as it was
        Scenario saving = FreeParameters.savingRate().apply(present, 0.33);
        assertEquals(0.33, saving.economy().savingRate());
        assertEquals(present.economy().savingsDrawShare(), saving.economy().savingsDrawShare());
        assertEquals(present.economy().incomeDispersion(), saving.economy().incomeDispersion());
        assertEquals(present.economy().povertyLine(), saving.economy().povertyLine());
        // rural wages at 0.7 of urban ones
        assertEquals(0.7, FreeParameters.ruralWageFactor().apply(present, 0.7).economy().ruralWageFactor());
        // considering concentrated at 0.6 in the migrant households; the mean rate unchanged
        Scenario concentrated = FreeParameters.considerConcentration().apply(present, 0.6);
        assertEquals(0.6, concentrated.behaviour().considerConcentration());
        assertEquals(present.behaviour().considerRate(), concentrated.behaviour().considerRate());
    }

    @Test
    void theEndsOfTheUnitScaleAreExactlyTheBounds() {
        FreeParameter share = FreeParameters.remittanceShare(); // 0.3 + 1 x 0.55 rounds to 0.8500000000000001
        assertEquals(0.85, share.fromUnit(1));
        assertEquals(0.3, share.fromUnit(0));
        assertEquals(0.575, share.fromUnit(0.5), 1e-15);
        assertEquals(0.5, share.toUnit(0.575), 1e-12);
    }

    @Test
    void valuesOutsideTheBoundsAreRejectedWithTheParameterName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FreeParameters.considerRate().apply(present, 0.5));
        assertTrue(e.getMessage().contains("behaviour.considerRate"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> FreeParameters.byName("behaviour.nonsense"));
    }
}
