package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/** The world's dated events a scenario's simulated months reach, in words, for reports and describe. */
class WorldEventsTest {
    /** In the order they start. */
    private static final List<String> BOTH = List.of(
            "from 2015-01 for 24 months: campaign of mass bans in Russia (bans of 60 months, expulsions 0.005/month of "
                    + "irregular migrants)",
            "from 2020-03 for 13 months: border closed: every destination");

    @Test
    void theBaselinesHistoryReachesBothEvents() {
        assertEquals(BOTH, WorldEvents.in(TajikistanDefaults.baseline()));
    }

    @Test
    void aRunThatStartsAfterThemOrEndsBeforeThemReachesNone() {
        Scenario present = TajikistanDefaults.baseline().withHistoryStart(null);
        assertEquals(List.of(), WorldEvents.in(present));
        Scenario early = TajikistanDefaults.baseline().withPeriod(YearMonth.of(2013, 1), 24);
        assertEquals(List.of(), WorldEvents.in(early));
        // from 2016-12, the campaign's last month, to 2020-03, the closure's first: both reached by one month
        Scenario between = TajikistanDefaults.baseline().withPeriod(YearMonth.of(2016, 12), 40);
        assertEquals(BOTH, WorldEvents.in(between));
    }
}
