package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.abroad;
import static org.muhojir.core.shocks.ShockRuns.deportations;
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
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * A mass-ban policy in Russia for six months (April to September 2023, month indices 3 to 8): bans of ten years
 * instead of five, and 5% of irregular migrants expelled and banned each month.
 *
 * <p>Mechanism: besides raids, each irregular migrant is expelled when a draw falls below the expulsion rate; with
 * about 2,300 irregular migrants in Russia in the 1% sample that is about 115 expulsions a month, against about 15
 * deportations a month in the baseline. Expulsions take irregular migrants out of Russia, so its irregular stock
 * falls. Every ban issued while the policy is in force lasts 120 months; before and after, 60.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BanPolicyRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;
    private static final Destination RUSSIA = Destination.RUSSIA;

    private PairedRun runs;
    private final List<ModelEvent.Deportation> policyDeportations = new ArrayList<>();

    @BeforeAll
    void run() {
        Scenario base = ShockRuns.baseline(0.01, 12);
        Scenario policy = base.plusShocks(List.of(from(FIRST, LAST - FIRST + 1, new BanPolicy(RUSSIA, 120, 0.05))));
        List<MonthlyOutcome> withPolicy = Muhojir.run(policy, RunOptions.seed(ShockRuns.SEED), e -> {
            if (e instanceof ModelEvent.Deportation d && d.destination() == RUSSIA) {
                policyDeportations.add(d);
            }
        }).months();
        runs = new PairedRun(ShockRuns.run(base), withPolicy);
    }

    @Test
    void expulsionsMultiplyDeportationsFromRussia() {
        double baseline = runs.baselineSum(FIRST, LAST, deportations(RUSSIA));
        double policy = runs.policySum(FIRST, LAST, deportations(RUSSIA));
        assertTrue(baseline > 0);
        assertTrue(policy > 4 * baseline, "deportations: " + policy + " vs baseline " + baseline);
    }

    @Test
    void russiasIrregularStockFalls() {
        double baseline = abroad(runs.baseline(LAST), RUSSIA, LegalStatus.IRREGULAR);
        double policy = abroad(runs.policy(LAST), RUSSIA, LegalStatus.IRREGULAR);
        assertTrue(policy < 0.9 * baseline, "irregular in Russia: " + policy + " vs baseline " + baseline);
    }

    @Test
    void bansIssuedUnderThePolicyLastTenYears() {
        assertTrue(policyDeportations.stream().anyMatch(d -> inForce(d.month())));
        assertTrue(policyDeportations.stream().anyMatch(d -> !inForce(d.month())));
        for (ModelEvent.Deportation d : policyDeportations) {
            int months = inForce(d.month()) ? 120 : 60;
            assertEquals(d.month().plusMonths(months), d.banEnd(), "deportation in " + d.month());
        }
    }

    private static boolean inForce(java.time.YearMonth m) {
        return !m.isBefore(ShockRuns.START.plusMonths(FIRST)) && !m.isAfter(ShockRuns.START.plusMonths(LAST));
    }
}
