package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;

class MonthlyOutcomeLayoutTest {
    @Test
    void theLayoutHasAMonthsRowsInTheirOrderWithoutValues() {
        MonthlyOutcome month = Muhojir.run(Muhojir.defaultScenario().withSampleFraction(0.001)
                .withPeriod(YearMonth.of(2024, 1), 1), RunOptions.seed(1)).last();
        List<MetricValue> rows = month.metrics();
        List<MetricValue> layout = MonthlyOutcome.layout();
        assertEquals(rows.size(), layout.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(rows.get(i).metric(), layout.get(i).metric());
            assertEquals(rows.get(i).group(), layout.get(i).group());
            assertTrue(Double.isNaN(layout.get(i).value()));
        }
    }
}
