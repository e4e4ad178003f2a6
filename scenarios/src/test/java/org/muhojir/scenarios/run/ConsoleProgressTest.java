package org.muhojir.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;

/** The progress bar hears every month of a batch, those before the first reported one included, and ends at 100%. */
class ConsoleProgressTest {
    private static final int WIDTH = 90;

    @Test
    void aCompletedBatchEndsAtOneHundredPerCent() throws StoppedException {
        Scenario s = Muhojir.defaultScenario().withSampleFraction(0.002)
                .withPeriod(Muhojir.defaultScenario().start(), 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long months;
        try (ConsoleProgress bar = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), WIDTH)) {
            Muhojir.replicate(List.of(s), RunOptions.seed(3), 3, 2, bar, () -> false);
            months = bar.current();
        }
        long expected = 3 * (s.warmUpMonths() + s.historyMonths() + 4);
        assertEquals(expected, months, "three replications of their warm-up, history and four reported months");
        String shown = bytes.toString(StandardCharsets.UTF_8);
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertTrue(last.contains("100%") && last.contains(expected + "/" + expected), "the last drawing: " + last);
        assertTrue(last.strip().length() <= WIDTH, "fits its width: " + last);
    }
}
