package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/** Departures to a destination in a year, split by whether the household had a member deported since a month. */
class DepartureSplitTest {
    private static final YearMonth SINCE = YearMonth.of(2024, 1);

    @Test
    void aDeportationSinceTheStartMarksTheHouseholdsLaterDepartures() {
        MuhojirModel model = new MuhojirModel(TajikistanDefaults.baseline().withSampleFraction(0.001),
                RunOptions.seed(1));
        model.start(); // builds the households; the weight is the month's
        double w = model.households().weight;
        DepartureSplit split = new DepartureSplit(model, Destination.RUSSIA, SINCE, 2024);
        split.onEvent(new ModelEvent.Deportation(YearMonth.of(2023, 12), 3, Destination.RUSSIA,
                YearMonth.of(2028, 12))); // before the start: not counted
        split.onEvent(new ModelEvent.Deportation(YearMonth.of(2024, 2), 5, Destination.KAZAKHSTAN,
                YearMonth.of(2029, 2))); // deported from anywhere
        split.onEvent(new ModelEvent.Departure(YearMonth.of(2024, 3), 5, Destination.RUSSIA, false, true));
        split.onEvent(new ModelEvent.Departure(YearMonth.of(2024, 4), 3, Destination.RUSSIA, false, true));
        split.onEvent(new ModelEvent.Departure(YearMonth.of(2024, 4), 6, Destination.RUSSIA, true, false));
        split.onEvent(new ModelEvent.Departure(YearMonth.of(2024, 5), 5, Destination.TURKEY, false, true));
        split.onEvent(new ModelEvent.Departure(YearMonth.of(2025, 1), 5, Destination.RUSSIA, false, true));
        assertEquals(w, split.fromDeportees, 1e-9); // household 5 in March 2024
        assertEquals(2 * w, split.fromOthers, 1e-9); // households 3 and 6; Turkey and 2025 not counted
    }
}
