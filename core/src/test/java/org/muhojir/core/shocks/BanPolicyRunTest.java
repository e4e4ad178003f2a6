package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.abroad;
import static org.muhojir.core.shocks.ShockRuns.deportations;
import static org.muhojir.core.shocks.ShockRuns.from;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.LegalStatus;

/**
 * A mass-ban policy in Russia for six months (April to September 2023, month indices 3 to 8): bans of ten years
 * instead of five, and 5% of irregular migrants expelled and banned each month.
 *
 * <p>Mechanism: besides raids, each irregular migrant is expelled when a draw falls below the expulsion rate, 5%
 * of Russia's irregular stock a month; in the baseline that is some 10,000 expulsions a month (national scale)
 * against about 1,300 deportations. Expulsions take irregular migrants out of Russia, so its irregular stock falls.
 * Every ban issued while the policy is in force lasts 120 months; before and after, the scenario's ban length.
 */
class BanPolicyRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 8;
    private static final double EXPULSION_RATE = 0.05;

    private int scenarioBanMonths;
    private final List<ModelEvent.Deportation> policyDeportations = new ArrayList<>();

    @Override
    PairedRun pair() {
        Scenario base = ShockRuns.baseline(0.01, 12);
        scenarioBanMonths = base.destination(RUSSIA).enforcement().banMonths();
        Scenario policy = base.plusShocks(List.of(from(FIRST, LAST - FIRST + 1,
                new BanPolicy(RUSSIA, 120, EXPULSION_RATE))));
        List<MonthlyOutcome> withPolicy = Muhojir.run(policy, RunOptions.seed(ShockRuns.SEED), e -> {
            if (e instanceof ModelEvent.Deportation d) {
                policyDeportations.add(d);
            }
        }).months();
        return new PairedRun(ShockRuns.run(base), withPolicy);
    }

    @Test
    void expulsionsMultiplyDeportationsFromRussia() {
        double baseline = runs.baselineSum(FIRST, LAST, deportations(RUSSIA));
        double policy = runs.policySum(FIRST, LAST, deportations(RUSSIA));
        // Hand estimate of the expulsions: the rate times the baseline's irregular stock in Russia, over the six
        // months (in the baseline 0.05 x 209,000 x 6 = 63,000, against 8,000 deportations). The policy's own
        // irregular stock shrinks by up to a quarter as expulsions go on, so at least half the estimate must come on
        // top of the baseline's deportations.
        double irregular = ShockRuns.sum(runs.baseline(), FIRST, LAST,
                o -> abroad(o, RUSSIA, LegalStatus.IRREGULAR)) / (LAST - FIRST + 1);
        double expulsions = EXPULSION_RATE * irregular * (LAST - FIRST + 1);
        assertTrue(baseline > 0);
        assertTrue(policy > baseline + 0.5 * expulsions,
                "deportations: " + policy + " vs baseline " + baseline + ", estimated expulsions " + expulsions);
    }

    @Test
    void russiasIrregularStockFalls() {
        assertIrregularBelow(RUSSIA, LAST, 0.9);
    }

    @Test
    void bansIssuedUnderThePolicyLastTenYearsAndALaterShorterBanNeverCutsThemShort() {
        List<ModelEvent.Deportation> fromRussia = policyDeportations.stream()
                .filter(d -> d.destination() == RUSSIA).toList();
        assertTrue(fromRussia.stream().anyMatch(d -> inForce(d.month())));
        assertTrue(fromRussia.stream().anyMatch(d -> !inForce(d.month())));
        // each household's ban record: its last deportation, from which destination and to which end
        Map<Integer, ModelEvent.Deportation> record = new HashMap<>();
        int kept = 0;
        for (ModelEvent.Deportation d : policyDeportations) {
            if (d.destination() == RUSSIA) {
                YearMonth own = d.month().plusMonths(inForce(d.month()) ? 120 : scenarioBanMonths);
                ModelEvent.Deportation before = record.get(d.household());
                boolean banned = before != null && before.destination() == RUSSIA
                        && d.month().isBefore(before.banEnd());
                YearMonth expected = banned && before.banEnd().isAfter(own) ? before.banEnd() : own;
                assertEquals(expected, d.banEnd(), "deportation in " + d.month() + " of household " + d.household());
                kept += expected.equals(own) ? 0 : 1;
            }
            record.put(d.household(), d);
        }
        assertTrue(kept > 0, "some households deported again after the policy keep its ten-year ban");
    }

    private static boolean inForce(java.time.YearMonth m) {
        return !m.isBefore(ShockRuns.START.plusMonths(FIRST)) && !m.isAfter(ShockRuns.START.plusMonths(LAST));
    }
}
