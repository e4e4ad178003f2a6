package org.muhojir.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MetricValue;
import org.muhojir.core.outcome.MonthlyOutcome;

/** The textbook MASON version must be the same model, so that the benchmark compares scheduling alone. */
class TextbookMasonModelTest {

    @Test
    void textbookSchedulingGivesTheSameOutcomes() {
        var scenario = BenchmarkScenario.withHouseholds(20_000);
        MuhojirModel arrays = new MuhojirModel(scenario, RunOptions.seed(5));
        arrays.start();
        MuhojirModel textbook = TextbookMasonModel.reschedule(new MuhojirModel(scenario, RunOptions.seed(5)));
        for (int month = 0; month < 6; month++) {
            List<MetricValue> expected = arrays.stepMonth().metrics();
            MonthlyOutcome actual = textbook.stepMonth();
            List<MetricValue> got = actual.metrics();
            assertEquals(expected.size(), got.size());
            for (int i = 0; i < expected.size(); i++) {
                MetricValue e = expected.get(i);
                // households are stepped in another order, so sums of doubles may differ in their last bits
                assertEquals(e.value(), got.get(i).value(), 1e-9 * Math.max(1, Math.abs(e.value())),
                        () -> "month " + actual.month() + " " + e.name() + " " + e.group());
            }
        }
    }
}
