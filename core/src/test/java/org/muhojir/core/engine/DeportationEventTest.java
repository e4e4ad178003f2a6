package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.scenario.Scenario;

/**
 * A deportation event tells an observer the ban end the household holds: the month of the deportation plus the
 * destination's ban length, as a calendar month, also in a run whose month indices count from a history before its
 * first reported month.
 */
class DeportationEventTest {
    @Test
    void theEventsBanEndIsTheHouseholdsInARunWithAHistory() {
        Scenario base = Muhojir.defaultScenario();
        Scenario s = base.withSampleFraction(0.005).withPeriod(base.start(), 2);
        assertTrue(s.historyMonths() > 0, "month 0 is the history's first, not the first reported month");
        MuhojirModel model = new MuhojirModel(s, RunOptions.seed(3));
        EventLog log = new EventLog();
        model.addObserver(log);
        model.start();
        model.stepMonth();
        List<ModelEvent.Deportation> seen = log.of(ModelEvent.Deportation.class);
        assertFalse(seen.isEmpty(), "deportations in the first reported month");
        for (ModelEvent.Deportation d : seen) {
            YearMonth expected = d.month().plusMonths(s.destination(d.destination()).enforcement().banMonths());
            assertEquals(expected, d.banEnd(), "household " + d.household());
            assertEquals(d.banEnd(), model.household(d.household()).banEnd(), "as the household holds it");
        }
    }
}
