package org.muhojir.scenarios.ensemble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.calibration.Moments;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.scenarios.output.ScenarioRuns;

class EnsembleTest {
    private final Scenario base = Muhojir.defaultScenario().withSampleFraction(0.002)
            .withPeriod(YearMonth.of(2024, 1), 13);
    private final Ensemble ensemble = new Ensemble(List.of(base),
            List.of("behaviour.considerRate", "destinations.Russia.labour.livingCost"),
            new double[][] {{0.05, 8_000}, {0.12, 12_000}}, 2, 3,
            List.of(new YearMoment(Moments.DEPARTURES, 2024)), Detail.MONTHLY);

    @Test
    void theLocalEngineRecordsWhatEachRunOnItsOwnGives() throws Exception {
        List<RunRecord> records = new LocalEngine(2).run(ensemble, () -> false);
        assertEquals(4, records.size());
        for (RunRecord r : records) {
            WorkItem item = r.item();
            assertEquals(ensemble.point(item.point())[0], ensemble.scenario(item).behaviour().considerRate());
            assertEquals(ensemble.point(item.point())[1],
                    ensemble.scenario(item).destination(Destination.RUSSIA).labour().livingCost());
            RunResult alone = Muhojir.run(ensemble.scenario(item), RunOptions.seed(3).withReplication(item.replication()));
            assertEquals(alone.months(), r.months(), "item " + item);
            assertEquals(Moments.DEPARTURES.value(alone, 2024), r.moments()[0]);
            ScenarioRuns table = new ScenarioRuns(ensemble.scenario(item), List.of(alone));
            AnnualTable layout = AnnualTable.of(ensemble.scenario(item));
            assertEquals(List.of(2024, 2025), layout.years());
            assertEquals(List.of(12, 1), layout.months());
            for (int y = 0; y < 2; y++) {
                List<Integer> months = table.years().get(layout.years().get(y));
                for (int k = 0; k < layout.rows().size(); k++) {
                    assertEquals(table.annual(0, k, months), layout.value(r, y, k), 0.0, "row " + k);
                }
            }
        }
        assertTrue(records.get(0).moments()[0] != records.get(2).moments()[0], "the points differ");
    }

    @Test
    void itsSpecTravelsAndOpensToTheSameScenarios() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(ensemble.spec());
        }
        EnsembleSpec back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (EnsembleSpec) in.readObject();
        }
        Ensemble opened = back.open();
        for (WorkItem item : ensemble.items()) {
            assertEquals(ensemble.scenario(item), opened.scenario(item));
        }
        assertEquals(ensemble.items(), opened.items());
    }

    @Test
    void refusesAPointOutsideAFactorsBounds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ensemble(List.of(base),
                List.of("behaviour.considerRate"), new double[][] {{0.5}}, 1, 1, List.of(), Detail.MOMENTS));
        assertTrue(e.getMessage().contains("behaviour.considerRate = 0.5 is outside its bounds"), e.getMessage());
    }
}
