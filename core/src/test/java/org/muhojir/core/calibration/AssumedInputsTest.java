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
    void everyCornerOfTheFactorsIsAScenarioTheModelAccepts() {
        // a Sobol design over the free parameters and the assumed inputs may put every factor at an end of its range
        // at once: every such point must be a valid scenario (the share sent when in need was allowed up to 0.225
        // beside a share sent of up to 0.85, which the model refuses: a run of 'sobol --assumptions' stopped on it)
        List<FreeParameter> all = new java.util.ArrayList<>(FreeParameters.defaults());
        all.addAll(AssumedInputs.of(baseline));
        for (boolean upper : new boolean[] {true, false}) {
            Scenario corner = baseline;
            for (FreeParameter p : all) {
                corner = p.apply(corner, upper ? p.upper() : p.lower()); // a scenario the model refuses throws here
            }
            assertEquals(all.size(), all.stream().map(FreeParameter::name).distinct().count());
        }
        FreeParameter need = factors.get("behaviour.needRemittanceShare");
        double share = FreeParameters.defaults().stream().filter(p -> p.name().equals("behaviour.remittanceShare"))
                .findFirst().orElseThrow().upper();
        assertTrue(need.upper() + share <= 1, need.upper() + " + " + share);
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
