package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.RunResult;

/** The default anchors: sourced targets, in the years their scenarios simulate, computable from a run. */
class CalibrationTargetsTest {
    @Test
    void everyTargetCitesTheCalibrationFileAndIdsAreUnique() {
        List<Target> all = new ArrayList<>(CalibrationTargets.targets2023());
        all.addAll(CalibrationTargets.targets2013());
        Set<String> ids = new HashSet<>();
        for (Target t : all) {
            assertTrue(ids.add(t.id()), "repeated id " + t.id());
            assertTrue(t.source().startsWith("data:"), t.id() + " does not cite shared/data: " + t.source());
            assertTrue(t.weight() > 0 || t.source().contains("reported, not fitted"),
                    t.id() + " has weight 0 without saying why");
        }
        assertEquals(9, CalibrationTargets.targets2023().size());
        assertEquals(8, CalibrationTargets.targets2013().size());
    }

    @Test
    void eachAnchorSimulatesItsTargetYearAndEveryTargetCanBeComputed() {
        for (Anchor a : List.of(CalibrationTargets.present2023(0.005), CalibrationTargets.historyAnchor(0.005))) {
            assertEquals(a.lastTargetYear(), a.scenario().end().getYear());
            RunResult run = Muhojir.run(a.scenario(), SimulationSettings.of(5, 1).options());
            for (TargetFit f : Calibrator.fit(a, List.of(run))) {
                // naturalisations are rare enough to be none in a year of 0.5% of households
                boolean rare = f.target().moment().name().startsWith("naturalisations");
                assertTrue(Double.isFinite(f.mean()) && (f.mean() > 0 || rare && f.mean() == 0),
                        f.target().id() + " = " + f.mean());
            }
        }
    }
}
