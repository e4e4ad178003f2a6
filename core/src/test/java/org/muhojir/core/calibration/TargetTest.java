package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets: errors relative to the figure, pass within an absolute tolerance, clear errors on bad input. */
class TargetTest {
    private final Target departures = Target.of("departures_2023", "departures", 2023, "departures", 652_014,
            65_000, 1, "data:return_flows_mol 2023");

    @Test
    void errorIsRelativeToTheFigureAndPassingUsesTheAbsoluteTolerance() {
        // (717,215.4 - 652,014) / 652,014 = 0.1
        assertEquals(0.1, departures.relativeError(717_215.4), 1e-12);
        assertTrue(departures.passes(652_014 + 65_000));
        assertFalse(departures.passes(652_014 - 65_001));
    }

    @Test
    void aFitPassesOnTheMeanOfItsReplications() {
        // replications 700,000 and 720,000: mean 710,000, 57,986 above the figure, within 65,000
        assertTrue(new TargetFit("a", departures, List.of(700_000.0, 720_000.0)).passes());
        // 700,000 and 740,000: mean 720,000, 67,986 above, outside it though one replication is within
        assertFalse(new TargetFit("a", departures, List.of(700_000.0, 740_000.0)).passes());
    }

    @Test
    void badTargetsAreRejectedWithTheirId() {
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Target.of("t", "", 2023, "gini", 0, 0.1, 1, "s"));
        assertTrue(zero.getMessage().contains("'t'") && zero.getMessage().contains("value"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Target.of("t", "", 2023, "gini", 0.38, 0, 1, "s"));
        assertThrows(IllegalArgumentException.class, () -> Target.of("t", "", 2023, "gini", 0.38, 0.1, -1, "s"));
        assertThrows(IllegalArgumentException.class, () -> Target.of("t", "", 2023, "gini", 0.38, 0.1, 1, " "));
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Target.of("t", "", 2023, "remittances", 1, 0.1, 1, "s"));
        assertTrue(unknown.getMessage().contains("remittances_received_usd"), unknown.getMessage());
    }

    @Test
    void anAnchorRejectsATargetInAYearItDoesNotSimulateInFull() {
        var s = org.muhojir.core.scenario.TajikistanDefaults.baseline().withSampleFraction(0.005);
        var sixMonths = s.withPeriod(java.time.YearMonth.of(2023, 1), 6);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Anchor("2023", sixMonths, List.of(departures)));
        assertTrue(e.getMessage().contains("departures_2023"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new Anchor("2023", s, List.of(departures, departures.withWeight(0.5))));
    }

    @Test
    void theObjectiveIsTheWeightedSumOfSquaredErrorsInTolerances() {
        Target gini = Target.of("gini", "", 2023, "gini", 0.5, 0.05, 2, "s");
        // departures: simulated 65,201.4 above the figure with a tolerance of 65,000, weight 1: 1 x (65,201.4 /
        // 65,000)^2 = 1.006212...; gini: simulated 0.4 against 0.5 with a tolerance of 0.05, weight 2: 2 x 2^2 = 8
        Evaluation e = new Evaluation(List.of(), List.of(
                new TargetFit("2023", departures, List.of(652_014 * 1.05, 652_014 * 1.15)),
                new TargetFit("2023", gini, List.of(0.4))));
        assertEquals(Math.pow(65_201.4 / 65_000, 2) + 8, e.objective(), 1e-9);
        // a figure twice as far off in relative terms counts four times, whatever its unit: a share missed by two of
        // its tolerances weighs as much as a count missed by two of its own
        assertEquals(4 * new Evaluation(List.of(), List.of(new TargetFit("2023", gini, List.of(0.45)))).objective(),
                new Evaluation(List.of(), List.of(new TargetFit("2023", gini, List.of(0.4)))).objective(), 1e-12);
        // 65,201 off with a tolerance of 65,000; 0.1 off with a tolerance of 0.05
        assertEquals(0, e.passing());
    }

    @Test
    void theIntervalIsStudentsTAcrossReplications() {
        // two replications a and b: sd / sqrt(2) = |a - b| / 2 = 0.05 x 652,014; t(0.975, 1 df) = 12.7062047
        TargetFit f = new TargetFit("2023", departures, List.of(652_014 * 1.05, 652_014 * 1.15));
        assertEquals(12.7062047 * 0.05 * 652_014, f.halfWidth95(), 1);
        assertEquals(652_014 * 1.10, f.mean(), 1e-6);
        assertTrue(Double.isNaN(new TargetFit("2023", departures, List.of(1.0)).halfWidth95()));
    }
}
