package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.departures;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * Turkey ends visa-free entry (as in April 2024): from April 2023 (month index 3) for a year its route is VISA with
 * half the applications refused; documents cost the same as before ($50), so only the refusals differ.
 *
 * <p>Turkey's specification is set here, from the baseline's, so that the test does not depend on the defaults:
 * visa-free with no entry test and $50 of documents; 70% of arrivals work without papers (irregularOnArrival); and a
 * utility constant of -1 utils, more attractive than the baseline's assumption, so that a 2% sample sends a few
 * hundred migrants there.
 *
 * <p>Mechanism: a candidate who chooses Turkey must now get a visa, refused when the visa draw falls below the
 * refusal rate, and then stays home that month. About half the candidates are stopped, so departures to Turkey
 * roughly halve (a refused household may try again later, which brings them back a little). A visa to enter is not a
 * permit to work: by either route about 70% of arrivals work without papers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryRouteChangeRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 14;
    private static final Destination TURKEY = Destination.TURKEY;
    private static final double IRREGULAR_ON_ARRIVAL = 0.7;

    private PairedRun runs;
    private final List<ModelEvent.Departure> baselineArrivals = new ArrayList<>();
    private final List<ModelEvent.Departure> policyArrivals = new ArrayList<>();

    @BeforeAll
    void run() {
        Scenario base = withTurkeyAsChosenHere(ShockRuns.baseline(0.02, LAST + 1));
        Scenario policy = base.plusShocks(List.of(from(FIRST, LAST - FIRST + 1,
                new EntryRouteChange(TURKEY, EntryRoute.VISA, 50, 0.5))));
        runs = new PairedRun(observed(base, baselineArrivals), observed(policy, policyArrivals));
    }

    @Test
    void departuresToTurkeyRoughlyHalve() {
        double baseline = runs.baselineSum(FIRST, LAST, departures(TURKEY));
        double policy = runs.policySum(FIRST, LAST, departures(TURKEY));
        assertTrue(baseline > 0);
        assertTrue(policy < 0.75 * baseline && policy > 0.25 * baseline,
                "departures to Turkey: " + policy + " vs baseline " + baseline);
    }

    @Test
    void visaHoldersStillWorkWithoutPapersInTheDestinationsShare() {
        // Turkey's irregularOnArrival is 0.7 and there is no entry test, so each arrival is irregular with
        // probability 0.7 by either route; with n arrivals the standard error of the share is sqrt(0.21 / n). The
        // bands are four of them: 0.15 for 150 arrivals (about 380 and 170 arrive; at least 100 asked for).
        int visaFree = baselineArrivals.size();
        int visa = policyArrivals.size();
        assertTrue(visaFree >= 100 && visa >= 100, visaFree + " and " + visa + " arrivals");
        assertTrue(Math.abs(irregularShare(baselineArrivals) - IRREGULAR_ON_ARRIVAL) < fourStandardErrors(visaFree),
                "visa-free: " + irregularShare(baselineArrivals) + " of " + visaFree);
        assertTrue(Math.abs(irregularShare(policyArrivals) - IRREGULAR_ON_ARRIVAL) < fourStandardErrors(visa),
                "visa: " + irregularShare(policyArrivals) + " of " + visa);
    }

    private static double fourStandardErrors(int arrivals) {
        return 4 * Math.sqrt(IRREGULAR_ON_ARRIVAL * (1 - IRREGULAR_ON_ARRIVAL) / arrivals);
    }

    /** {@code s} with Turkey's entry, documents, irregularOnArrival and utility constant as described above. */
    private static Scenario withTurkeyAsChosenHere(Scenario s) {
        DestinationSpec t = s.destination(TURKEY);
        DestinationSpec.Enforcement e = t.enforcement();
        return s.withDestination(new DestinationSpec(TURKEY,
                new DestinationSpec.Entry(EntryRoute.VISA_FREE, 0, 0, 0, 1.0, false, false, 0, null, null),
                new DestinationSpec.Costs(t.costs().travelUsd(), 50, t.costs().monthlyFee()), t.labour(),
                new DestinationSpec.Enforcement(e.raidHazardLegal(), e.raidHazardIrregular(), e.deportationShare(),
                        e.banMonths(), e.lapseHazard(), e.regulariseHazard(), IRREGULAR_ON_ARRIVAL),
                t.localPerUsd(), t.transferFeeRate(), t.naturalisationHazard(), -1.0));
    }

    private static double irregularShare(List<ModelEvent.Departure> arrivals) {
        return (double) arrivals.stream().filter(d -> !d.legal()).count() / arrivals.size();
    }

    /** Runs {@code s}, collecting departures to Turkey while the route change is in force. */
    private static List<MonthlyOutcome> observed(Scenario s, List<ModelEvent.Departure> arrivals) {
        return Muhojir.run(s, RunOptions.seed(ShockRuns.SEED), e -> {
            if (e instanceof ModelEvent.Departure d && d.destination() == TURKEY
                    && !d.month().isBefore(ShockRuns.START.plusMonths(FIRST))) {
                arrivals.add(d);
            }
        }).months();
    }
}
