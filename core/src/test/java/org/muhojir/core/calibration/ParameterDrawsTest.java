package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

class ParameterDrawsTest {
    private static final Scenario BASELINE = TajikistanDefaults.baseline();
    private static final FreeParameter CONSIDER = FreeParameters.considerRate();
    private static final FreeParameter RETURN = FreeParameters.returnHazard();

    /** Standard errors 0.004 and 0.006 with correlation 0.5, around the baseline's own values. */
    private static ParameterDraws draws(long seed) {
        ParameterUncertainty u = ParameterUncertainty.of(List.of(CONSIDER.name(), RETURN.name()),
                new double[] {CONSIDER.valueIn(BASELINE), RETURN.valueIn(BASELINE)},
                new double[][] {{1.6e-5, 1.2e-5}, {1.2e-5, 3.6e-5}}, "test");
        return ParameterDraws.of(u, seed);
    }

    @Test
    void drawsHaveTheCovarianceTheyWereGiven() {
        ParameterDraws d = draws(7);
        int n = 20_000;
        double c0 = CONSIDER.valueIn(BASELINE);
        double r0 = RETURN.valueIn(BASELINE);
        double sx = 0, sy = 0, sxx = 0, syy = 0, sxy = 0;
        for (int k = 0; k < n; k++) {
            Scenario s = d.forReplication(BASELINE, k);
            double x = CONSIDER.valueIn(s) - c0;
            double y = RETURN.valueIn(s) - r0;
            sx += x;
            sy += y;
            sxx += x * x;
            syy += y * y;
            sxy += x * y;
        }
        // sample moments of 20,000 normal draws: standard errors of the sds about 0.5%, of the correlation 0.005
        assertEquals(0, sx / n, 1e-4);
        assertEquals(0, sy / n, 1.5e-4);
        double vx = sxx / n - (sx / n) * (sx / n);
        double vy = syy / n - (sy / n) * (sy / n);
        assertEquals(0.004, Math.sqrt(vx), 0.004 * 0.02);
        assertEquals(0.006, Math.sqrt(vy), 0.006 * 0.02);
        assertEquals(0.5, (sxy / n - sx / n * sy / n) / Math.sqrt(vx * vy), 0.02);
    }

    @Test
    void aDrawIsAFunctionOfSeedAndReplicationOnly() {
        ParameterDraws d = draws(7);
        Scenario third = d.forReplication(BASELINE, 3);
        d.forReplication(BASELINE, 9); // another draw in between changes nothing
        assertEquals(CONSIDER.valueIn(third), CONSIDER.valueIn(draws(7).forReplication(BASELINE, 3)));
        assertNotEquals(CONSIDER.valueIn(third), CONSIDER.valueIn(d.forReplication(BASELINE, 4)));
        assertNotEquals(CONSIDER.valueIn(third), CONSIDER.valueIn(draws(8).forReplication(BASELINE, 3)));
    }

    @Test
    void aPolicyAndItsBaselineGetTheSameDeviationsInEachReplication() {
        // a policy that changed a parameter keeps its change and gets the same deviation as the baseline
        Scenario policy = CONSIDER.apply(BASELINE, CONSIDER.valueIn(BASELINE) + 0.01);
        ParameterDraws d = draws(7);
        for (int k = 0; k < 5; k++) {
            double baseShift = CONSIDER.valueIn(d.forReplication(BASELINE, k)) - CONSIDER.valueIn(BASELINE);
            double policyShift = CONSIDER.valueIn(d.forReplication(policy, k)) - CONSIDER.valueIn(policy);
            assertEquals(baseShift, policyShift, 1e-12);
            assertEquals(RETURN.valueIn(d.forReplication(BASELINE, k)), RETURN.valueIn(d.forReplication(policy, k)));
        }
    }

    @Test
    void drawsStayWithinTheParametersBounds() {
        // returnHazard's lower bound is 0.01; a standard error of 0.03 around 0.02 puts a third of the normal below
        FreeParameter r = RETURN;
        Scenario nearBound = r.apply(BASELINE, 0.02);
        ParameterUncertainty wide = ParameterUncertainty.of(List.of(r.name()), new double[] {0.02},
                new double[][] {{9e-4}}, "");
        ParameterDraws d = ParameterDraws.of(wide, 1);
        for (int k = 0; k < 500; k++) {
            double v = r.valueIn(d.forReplication(nearBound, k));
            assertTrue(v >= r.lower() && v <= r.upper(), "draw " + k + ": " + v);
        }
    }

    @Test
    void aScenarioOutsideTheBoundsIsRefusedByName() {
        ParameterUncertainty u = ParameterUncertainty.of(List.of(RETURN.name()), new double[] {0.05},
                new double[][] {{1e-6}}, "");
        ParameterDraws d = new ParameterDraws(u, List.of(RETURN.withBounds(0.1, 0.2)), 1);
        String message = assertThrows(IllegalArgumentException.class, () -> d.forReplication(BASELINE, 0))
                .getMessage();
        assertTrue(message.contains("behaviour.returnHazard") && message.contains("outside the bounds"), message);
    }
}
