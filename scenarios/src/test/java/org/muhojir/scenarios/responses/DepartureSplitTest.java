package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/**
 * A policy's change in departures to a destination in a year, split by whether a deportation since the policy's
 * start touched the household in neither run, the policy run only, the baseline run only, or both.
 */
class DepartureSplitTest {
    private static final YearMonth SINCE = YearMonth.of(2024, 1);

    @Test
    void eachHouseholdsChangeGoesToTheGroupItsDeportationsInBothRunsPutItIn() {
        MuhojirModel model = new MuhojirModel(TajikistanDefaults.baseline().withSampleFraction(0.001),
                RunOptions.seed(1));
        model.start(); // builds the households; the weight is the month's
        double w = model.households().weight;
        DepartureSplit base = new DepartureSplit(model, Destination.RUSSIA, SINCE, 2024);
        DepartureSplit policy = new DepartureSplit(model, Destination.RUSSIA, SINCE, 2024);
        // household 3: deported before the start in the policy run (not counted): untouched; 1 departure less
        policy.onEvent(deportation(2023, 12, 3, Destination.RUSSIA));
        base.onEvent(departure(2024, 4, 3, Destination.RUSSIA));
        // household 5: deported (from Kazakhstan: from anywhere) in the policy run only; 2 departures more
        policy.onEvent(deportation(2024, 2, 5, Destination.KAZAKHSTAN));
        policy.onEvent(departure(2024, 3, 5, Destination.RUSSIA));
        policy.onEvent(departure(2024, 9, 5, Destination.RUSSIA));
        policy.onEvent(departure(2024, 5, 5, Destination.TURKEY)); // another destination: not counted
        policy.onEvent(departure(2025, 1, 5, Destination.RUSSIA)); // another year: not counted
        // household 6: deported in the baseline only, departs in both runs: no change
        base.onEvent(deportation(2024, 6, 6, Destination.RUSSIA));
        base.onEvent(departure(2024, 8, 6, Destination.RUSSIA));
        policy.onEvent(departure(2024, 7, 6, Destination.RUSSIA));
        // household 40: deported in both runs; departs in the baseline only
        base.onEvent(deportation(2024, 1, 40, Destination.RUSSIA));
        policy.onEvent(deportation(2024, 3, 40, Destination.RUSSIA));
        base.onEvent(departure(2024, 11, 40, Destination.RUSSIA));

        double[] expected = new double[DepartureSplit.Touched.values().length];
        expected[DepartureSplit.Touched.NEITHER.ordinal()] = -w;
        expected[DepartureSplit.Touched.POLICY_ONLY.ordinal()] = 2 * w;
        expected[DepartureSplit.Touched.BASELINE_ONLY.ordinal()] = 0;
        expected[DepartureSplit.Touched.BOTH.ordinal()] = -w;
        assertArrayEquals(expected, DepartureSplit.change(base, policy), 1e-9);
    }

    private static ModelEvent deportation(int year, int month, int household, Destination from) {
        return new ModelEvent.Deportation(YearMonth.of(year, month), household, from, YearMonth.of(year + 5, month));
    }

    private static ModelEvent departure(int year, int month, int household, Destination to) {
        return new ModelEvent.Departure(YearMonth.of(year, month), household, to, false, true);
    }
}
