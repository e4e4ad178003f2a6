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
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * Turkey ends visa-free entry (as in April 2024): from April 2023 (month index 3) for a year its route is VISA with
 * half the applications refused; documents cost the same as before ($50), so only the refusals differ.
 *
 * <p>Mechanism: a candidate who chooses Turkey must now get a visa, refused when the visa draw falls below the
 * refusal rate, and then stays home that month. About half the candidates are stopped, so departures to Turkey
 * roughly halve (a refused household may try again later, which brings them back a little). A visa to enter is not a
 * permit to work: by either route about 70% of arrivals work without papers (Turkey's irregularOnArrival).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntryRouteChangeRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 14;
    private static final Destination TURKEY = Destination.TURKEY;

    private PairedRun runs;
    private final List<ModelEvent.Departure> baselineArrivals = new ArrayList<>();
    private final List<ModelEvent.Departure> policyArrivals = new ArrayList<>();

    @BeforeAll
    void run() {
        Scenario base = ShockRuns.baseline(0.02, LAST + 1);
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
        // Turkey's irregularOnArrival is 0.7 and its exam pass rate 1, so about 70% of arrivals are irregular by
        // either route; with n arrivals the standard error of the share is sqrt(0.21 / n), and 0.15 is over four
        // of them for n >= 40
        assertTrue(baselineArrivals.size() >= 40 && policyArrivals.size() >= 40,
                baselineArrivals.size() + " and " + policyArrivals.size() + " arrivals");
        assertTrue(Math.abs(irregularShare(baselineArrivals) - 0.7) < 0.15, "visa-free: " + irregularShare(baselineArrivals));
        assertTrue(Math.abs(irregularShare(policyArrivals) - 0.7) < 0.15, "visa: " + irregularShare(policyArrivals));
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
