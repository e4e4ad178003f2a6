package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.scenario.Scenario;

/**
 * {@link MuhojirModel#setStartProgress}: a caller that does not call the model's start itself (MASON's Console calls
 * {@code start()}) is told of each month before the first reported one, and can stop the start between two months.
 */
class StartProgressHookTest {
    /** 12 warm-up months and 6 of history before a one-month run, 0.2% of households. */
    private static Scenario small() {
        Scenario base = Muhojir.defaultScenario();
        return base.withSampleFraction(0.002).withWarmUpMonths(12).withHistoryStart(base.start().minusMonths(6))
                .withPeriod(base.start(), 1);
    }

    @Test
    void startAsksOnceAfterEachMonthBeforeTheFirstReportedOne() {
        Scenario s = small();
        assertEquals(18, s.monthsBeforeStart());
        MuhojirModel model = new MuhojirModel(s, RunOptions.seed(5));
        AtomicInteger asked = new AtomicInteger();
        model.setStartProgress(() -> asked.incrementAndGet() > 0);
        model.start();
        assertEquals(18, asked.get());
        assertEquals(s.start(), model.nextMonth(), "started: the first step is the first reported month");
        model.stepMonth();
        assertEquals(1, model.outcomes().size());
        assertEquals(18, asked.get(), "only the months before the start are told of");
        model.finish();
    }

    @Test
    void aStartToldToStopEndsAfterThatMonthAndIsNotScheduled() {
        MuhojirModel model = new MuhojirModel(small(), RunOptions.seed(5));
        AtomicInteger asked = new AtomicInteger();
        model.setStartProgress(() -> asked.incrementAndGet() < 5);
        model.start();
        assertEquals(5, asked.get(), "asked after months 1 to 5, and the fifth answer was no");
        assertFalse(model.schedule.step(model), "nothing scheduled: the model never reached its first month");
        assertTrue(model.outcomes().isEmpty());
        model.finish();
    }

    @Test
    void withoutAHookTheModelStartsAsBefore() {
        MuhojirModel told = new MuhojirModel(small(), RunOptions.seed(5));
        told.setStartProgress(() -> true);
        told.start();
        told.stepMonth();
        MuhojirModel plain = new MuhojirModel(small(), RunOptions.seed(5));
        plain.setStartProgress(() -> false);
        plain.setStartProgress(null); // taken back
        plain.start();
        plain.stepMonth();
        assertEquals(told.outcomes(), plain.outcomes(), "the hook only watches: the same month either way");
        told.finish();
        plain.finish();
    }
}
