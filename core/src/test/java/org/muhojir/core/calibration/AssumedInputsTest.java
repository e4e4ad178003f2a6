package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

class AssumedInputsTest {
    private final Scenario baseline = TajikistanDefaults.baseline();
    private final Map<String, FreeParameter> factors = AssumedInputs.of(baseline).stream()
            .collect(Collectors.toMap(FreeParameter::name, Function.identity()));

    @Test
    void namesScalarAssumptionsButNotTheFreeParameters() {
        assertTrue(factors.containsKey("destinations.Russia.labour.livingCost"), factors.keySet().toString());
        assertTrue(factors.containsKey("economy.savingsDrawShare"), factors.keySet().toString());
        assertFalse(factors.containsKey("behaviour.remittanceShare"), "a free parameter comes in its own right");
        assertFalse(factors.containsKey("economy.savingRate"), "calibrated since 2026-12-06: a free parameter");
        assertFalse(factors.containsKey("destinations.Russia.enforcement.raidHazardIrregular"));
        assertFalse(factors.containsKey("population.urbanShare"), "a list, not a scalar");
    }

    @Test
    void aFactorSetsItsOwnValueAndNothingElse() {
        FreeParameter living = factors.get("destinations.Russia.labour.livingCost");
        double before = baseline.destination(Destination.RUSSIA).labour().livingCost();
        assertEquals(before, living.valueIn(baseline));
        assertEquals(before * 0.5, living.lower(), 1e-9, "half to one and a half times the value without a range");
        assertEquals(before * 1.5, living.upper(), 1e-9);
        Scenario changed = living.apply(baseline, living.upper());
        assertEquals(before * 1.5, changed.destination(Destination.RUSSIA).labour().livingCost(), 1e-9);
        assertEquals(baseline.destination(Destination.KAZAKHSTAN), changed.destination(Destination.KAZAKHSTAN));
        assertEquals(baseline.economy(), changed.economy());
        FreeParameter draw = factors.get("economy.savingsDrawShare");
        Scenario saved = draw.apply(baseline, draw.lower());
        assertEquals(draw.lower(), saved.economy().savingsDrawShare());
        assertEquals(baseline.destinations(), saved.destinations());
    }

    @Test
    void everyFactorAppliesAtBothBounds() {
        for (FreeParameter f : AssumedInputs.of(baseline)) {
            for (double v : List.of(f.lower(), f.upper())) {
                assertEquals(v, f.valueIn(f.apply(baseline, v)), 1e-12, f.name());
            }
        }
    }
}
