package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.departures;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * A quota: South Korea's Employment Permit System opened to Tajik workers with a small annual quota, over two
 * calendar years (2023 and 2024). The scenario is the baseline with the quotas set here, as in the baseline of
 * 2023: South Korea a quota route without places, the UK's seasonal route 2,000 places a year.
 *
 * <p>Mechanism: places are counted at national scale through the year (each simulated household that takes one
 * uses its weight in places) and reset in January; a twelfth of the quota is released each month, places not taken
 * carried over; a candidate is eligible only while a whole released place is left, places are given in a random
 * order until the next would exceed what is released, and a candidate who finds none chooses again among the
 * destinations without a quota. So departures in a calendar year never exceed the quota, by the end of month k
 * they never exceed k twelfths of it, and when demand is large the quota is filled to within one household's
 * weight.
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
        // 5% of households: a year's 1,000 places are about 50 households. At 1% they are about 10, each month's
        // release (83 places) is less than one household (about 100), and in 2024 the year's last place came free
        // only in December, when few leave (the season), and went untaken: a test of the draws, not of the quota
        base = withQuota(withQuota(ShockRuns.baseline(0.05, MONTHS), KOREA, 0), Destination.UK, 2_000);
        // the most one household stands for in any month of the run (the population grows until 2024)
        weight = base.population().weight(base.end(), base.macro().priceBaseYear());
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

    @Test
    void placesAreReleasedATwelfthAMonth() {
        // the UK's 2,000 places a year: by the end of month k at most 2,000 k / 12 have gone, and demand being
        // large, each month's release is taken that month (to within one household's weight), not all in January
        for (int year = 0; year < MONTHS / 12; year++) {
            double taken = 0;
            for (int k = 1; k <= 12; k++) {
                double month = departures(Destination.UK).applyAsDouble(baseline.get(12 * year + k - 1));
                taken += month;
                assertTrue(taken <= 2_000.0 * k / 12 + 1e-6, "by month " + k + " of " + (2023 + year) + ": " + taken);
                assertTrue(taken >= 2_000.0 * k / 12 - weight, "by month " + k + " of " + (2023 + year) + ": " + taken);
            }
        }
    }

    @Test
    void aQuotaStartingMidYearReleasesATwelfthAMonthFromThen() {
        // South Korea's 12,000 places a year from October 2023: 1,000 a month, not nine months' worth at once
        List<MonthlyOutcome> october = ShockRuns.run(base.plusShocks(List.of(
                from(9, ScheduledShock.UNTIL_END, new QuotaChange(KOREA, 12_000)))));
        double taken = 0;
        for (int month = 9; month < 12; month++) {
            taken += departures(KOREA).applyAsDouble(october.get(month));
            assertTrue(taken <= 1_000.0 * (month - 8) + 1e-6, "by " + (month + 1) + "/2023: " + taken);
        }
        // a run starting in July: its first month has a twelfth of the UK's year, not seven
        List<MonthlyOutcome> july = ShockRuns.run(base.withPeriod(java.time.YearMonth.of(2023, 7), 3));
        assertTrue(departures(Destination.UK).applyAsDouble(july.get(0)) <= 2_000.0 / 12 + 1e-6);
    }

    @ParameterizedTest(name = "the UK {0} utils more attractive")
    @ValueSource(doubles = {20, 0, -2})
    void candidatesWhoFindNoPlaceGoElsewhereInstead(double moreAttractive) {
        // 1,200 places a year for the UK, and candidates who want them: nearly every candidate with the UK made 20
        // utils more attractive, most who can pay its journey at the baseline's attraction, fewer at 2 utils less.
        // Nearly all find no place. Choosing again as ones who had chosen a destination (the best option without
        // it, given that it was best), they leave about as often as when the UK is closed to them: the law of total
        // probability (within 0.11% at a 5% sample). A fresh choice without the UK sent home too many of those who
        // had chosen to go: 0.4% fewer departures at the baseline's attraction, 1.1% fewer at 2 utils less.
        Scenario rush = withQuota(withConstant(base, Destination.UK, moreAttractive), Destination.UK, 1_200);
        Scenario closed = base.plusShocks(List.of(untilEnd(new QuotaChange(Destination.UK, 0))));
        double withRush = ShockRuns.sum(ShockRuns.run(rush), 0, 11, ShockRuns::allDepartures);
        double whenClosed = ShockRuns.sum(ShockRuns.run(closed), 0, 11, ShockRuns::allDepartures);
        assertEquals(whenClosed, withRush, 0.005 * whenClosed, "departures in 2023");
    }

    @Test
    void candidatesFailingTheTestGoElsewhereInstead() {
        // the same rush to the UK, with places for all, but nobody passes its test: every candidate who picks it
        // chooses once more among the others, so about as many leave as when the UK is closed to them
        Scenario failing = withExamPassRate(withQuota(withConstant(base, Destination.UK, 20), Destination.UK,
                1_000_000), Destination.UK, 0);
        Scenario closed = base.plusShocks(List.of(untilEnd(new QuotaChange(Destination.UK, 0))));
        List<MonthlyOutcome> run = ShockRuns.run(failing);
        double withFailures = ShockRuns.sum(run, 0, 11, ShockRuns::allDepartures);
        double whenClosed = ShockRuns.sum(ShockRuns.run(closed), 0, 11, ShockRuns::allDepartures);
        assertEquals(0.0, ShockRuns.sum(run, 0, 11, departures(Destination.UK)));
        assertEquals(whenClosed, withFailures, 0.05 * whenClosed, "departures in 2023");
    }

    private static ScheduledShock untilEnd(QuotaChange q) {
        return from(0, ScheduledShock.UNTIL_END, q);
    }

    /** {@code s} with destination {@code d}'s utility constant raised by {@code more} utils. */
    private static Scenario withConstant(Scenario s, Destination d, double more) {
        DestinationSpec spec = s.destination(d);
        return s.withDestination(spec.withUtilityConstant(spec.utilityConstant() + more));
    }

    /** {@code s} with destination {@code d}'s entry test passed with probability {@code rate}. */
    private static Scenario withExamPassRate(Scenario s, Destination d, double rate) {
        DestinationSpec spec = s.destination(d);
        return s.withDestination(spec.withEntry(spec.entry().withExamPassRate(rate)));
    }

    /** {@code s} with destination {@code d} entered by a quota route of {@code places} a year. */
    private static Scenario withQuota(Scenario s, Destination d, int places) {
        DestinationSpec spec = s.destination(d);
        return s.withDestination(spec.withEntry(spec.entry().withQuota(places)));
    }
}
