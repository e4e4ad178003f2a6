package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.departures;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * A quota: South Korea's Employment Permit System opened to Tajik workers with a small annual quota, over two
 * calendar years (2023 and 2024). The scenario is the baseline with the quotas set here, as in the baseline of
 * 2023: South Korea a quota route without places, the UK's seasonal route 2,000 places a year.
 *
 * <p>Mechanism: places are counted at national scale through the year (each simulated household that takes one
 * uses its weight in places) and reset in January; a candidate is eligible only while a whole place is left, and
 * places are given in household order until the next would exceed the quota. So departures in a calendar year
 * never exceed the quota, and when demand is large the quota is filled to within one household's weight.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuotaChangeRunTest {
    private static final Destination KOREA = Destination.SOUTH_KOREA;
    private static final int QUOTA = 1_000;
    private static final int MONTHS = 24;

    private Scenario base;
    private double weight;
    private List<MonthlyOutcome> baseline;
    private List<MonthlyOutcome> smallQuota;

    @BeforeAll
    void run() {
        base = withQuota(withQuota(ShockRuns.baseline(0.01, MONTHS), KOREA, 0), Destination.UK, 2_000);
        weight = base.population().weight();
        baseline = ShockRuns.run(base);
        smallQuota = ShockRuns.run(base.plusShocks(List.of(untilEnd(new QuotaChange(KOREA, QUOTA)))));
    }

    @Test
    void departuresToKoreaInACalendarYearNeverExceedTheQuota() {
        for (int year = 0; year < MONTHS / 12; year++) {
            double departures = ShockRuns.sum(smallQuota, 12 * year, 12 * year + 11, departures(KOREA));
            assertTrue(departures <= QUOTA + 1e-6, "year " + (2023 + year) + ": " + departures + " departures");
        }
    }

    @Test
    void theQuotaIsFilledWhenDemandExceedsIt() {
        // with a quota no one reaches, many more than QUOTA people go each year: the cap is what binds
        List<MonthlyOutcome> open = ShockRuns.run(
                base.plusShocks(List.of(untilEnd(new QuotaChange(KOREA, 1_000_000)))));
        for (int year = 0; year < MONTHS / 12; year++) {
            double demand = ShockRuns.sum(open, 12 * year, 12 * year + 11, departures(KOREA));
            double filled = ShockRuns.sum(smallQuota, 12 * year, 12 * year + 11, departures(KOREA));
            assertTrue(demand > 5 * QUOTA, "demand in " + (2023 + year) + ": " + demand);
            assertTrue(filled >= QUOTA - weight, "places taken in " + (2023 + year) + ": " + filled);
        }
    }

    @Test
    void withoutTheQuotaNobodyGoesToKorea() {
        assertEquals(0.0, ShockRuns.sum(baseline, 0, MONTHS - 1, departures(KOREA)));
    }

    @Test
    void aQuotaOfZeroClosesTheUkSeasonalRoute() {
        List<MonthlyOutcome> noPlaces = ShockRuns.run(
                base.plusShocks(List.of(untilEnd(new QuotaChange(Destination.UK, 0)))));
        assertTrue(ShockRuns.sum(baseline, 0, MONTHS - 1, departures(Destination.UK)) > 0);
        assertEquals(0.0, ShockRuns.sum(noPlaces, 0, MONTHS - 1, departures(Destination.UK)));
    }

    private static ScheduledShock untilEnd(QuotaChange q) {
        return from(0, ScheduledShock.UNTIL_END, q);
    }

    /** {@code s} with destination {@code d} entered by a quota route of {@code places} a year. */
    private static Scenario withQuota(Scenario s, Destination d, int places) {
        DestinationSpec spec = s.destination(d);
        DestinationSpec.Entry e = spec.entry();
        DestinationSpec.Entry quota = new DestinationSpec.Entry(EntryRoute.QUOTA, places, e.refusalRate(),
                e.lotteryWinRate(), e.examPassRate(), e.russianExam(), e.skilledOnly(), e.maxStayMonths());
        return s.withDestination(new DestinationSpec(d, quota, spec.costs(), spec.labour(), spec.enforcement(),
                spec.localPerUsd(), spec.transferFeeRate(), spec.naturalisationHazard(), spec.utilityConstant()));
    }
}
