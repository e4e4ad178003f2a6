package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;

/**
 * The shipped world must keep meeting the calibration targets its joint fit on the history meets (issue 4, item 3;
 * issue 12), so a later change that breaks calibration is caught: the one history from 2010 to 2023 on a 2% sample
 * with 3 replications and another seed than the calibration run's (out of sample). The targets it meets and misses
 * are listed in docs/calibration.md, section 6, with why; the misses are not asserted.
 */
class BaselineMeetsTargetsTest {
    private static final long SEED = 4242;
    /**
     * The fitted targets (weight above 0) of 2023 that the present-day baseline, the history's last year, meets: every
     * fitted figure of 2023 (the Gini within its tolerance since pay in Russia has its season: docs/calibration.md).
     */
    static final List<String> MET_2023 = List.of(
            "departures_2023", "russia_share_of_departures_2023", "male_share_of_departures_2023",
            "departures_by_end_of_may_2023", "poverty_fgt0_2023", "gini_2023", "returns_within_a_year_2023",
            "departures_kazakhstan_2023");
    /**
     * The fitted targets of 2010-2013 and 2017-2019 that the history meets, among them urban and rural poverty (since
     * poverty is measured on the survey's quarter, 2010's and 2019's on the old line are met and the new
     * methodology's 2010 is not: docs/calibration.md, section 6).
     */
    static final List<String> MET_BEFORE_2023 = List.of(
            "remittances_usd_2010", "poverty_fgt0_2010", "remittances_usd_2011", "poverty_fgt0_2011",
            "remittances_usd_2012", "poverty_fgt0_2012", "remittances_usd_2013", "extreme_poverty_fgt0_2013",
            "remittances_usd_2017", "poverty_fgt0_2017", "extreme_poverty_fgt0_2017",
            "remittances_from_russia_usd_2018", "departures_russia_2018", "poverty_fgt0_2018", "poverty_fgt0_urban_2018",
            "poverty_fgt0_rural_2018", "remittances_from_russia_usd_2019", "departures_jan_aug_2019",
            "poverty_fgt0_2019", "extreme_poverty_fgt0_2019", "poverty_fgt0_rural_2019");
    private static List<TargetFit> fits;

    @BeforeAll
    static void runTheHistory() {
        Anchor history = CalibrationTargets.historyAnchor(0.02);
        List<RunResult> runs = Muhojir.replicate(history.scenario(), RunOptions.seed(SEED), 3, 2);
        fits = Calibrator.fit(history, runs);
    }

    @Test
    void thePresentDayBaselineStillMeetsTheTwentyTwentyThreeTargetsOfTheFit() {
        assertMet(MET_2023);
    }

    @Test
    void theHistoryStillMeetsTheEarlierTargetsOfTheFit() {
        assertMet(MET_BEFORE_2023);
    }

    private static void assertMet(List<String> ids) {
        List<TargetFit> listed = fits.stream().filter(f -> ids.contains(f.target().id())).toList();
        assertEquals(ids.size(), listed.size(), "every listed target is a target of the history");
        List<TargetFit> misses = listed.stream().filter(f -> !f.passes()).toList();
        assertTrue(misses.isEmpty(), () -> "targets missed: " + misses.stream()
                .map(f -> f.target().id() + " simulated " + f.mean() + " vs " + f.target().value() + " +- "
                        + f.target().tolerance())
                .collect(Collectors.joining("; ")));
    }
}
