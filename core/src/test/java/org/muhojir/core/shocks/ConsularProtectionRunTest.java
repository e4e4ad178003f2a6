package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.deportations;
import static org.muhojir.core.shocks.ShockRuns.detentions;
import static org.muhojir.core.shocks.ShockRuns.from;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.muhojir.core.policy.ConsularProtection;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * Consular protection in Russia: an embassy that defends its citizens cuts the share of detentions ending in
 * deportation to a fifth, for the whole run (12 months, 2% sample).
 *
 * <p>Mechanism: a detained migrant is deported when an independent draw falls below the deportation share
 * (0.3 in the baseline), so deportations per detention estimate that share: 0.3 without protection and
 * 0.3 x 0.2 = 0.06 with it. Those detained but not deported stay in Russia, so its stock ends higher.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsularProtectionRunTest {
    private static final int MONTHS = 12;
    private static final Destination RUSSIA = Destination.RUSSIA;
    private static final double BASELINE_SHARE = 0.3;
    private static final double MULTIPLIER = 0.2;

    private double weight;
    private PairedRun runs;

    @BeforeAll
    void run() {
        Scenario base = ShockRuns.baseline(0.02, MONTHS);
        weight = base.population().weight();
        runs = PairedRun.of(base,
                from(0, ScheduledShock.UNTIL_END, new ConsularProtection(RUSSIA, MULTIPLIER)));
    }

    @Test
    void deportationsPerDetentionFallToAFifth() {
        double detained = runs.baselineSum(0, MONTHS - 1, detentions(RUSSIA));
        double baselineRatio = runs.baselineSum(0, MONTHS - 1, deportations(RUSSIA)) / detained;
        double policyRatio = runs.policySum(0, MONTHS - 1, deportations(RUSSIA))
                / runs.policySum(0, MONTHS - 1, detentions(RUSSIA));
        // About 1,300 simulated detentions a year: binomial standard errors are about 0.013 at 0.3 and 0.007 at
        // 0.06, so these bands are about four standard errors wide.
        assertTrue(detained / weight > 1_000, "enough simulated detentions: " + detained / weight);
        assertTrue(Math.abs(baselineRatio - BASELINE_SHARE) < 0.05, "baseline ratio " + baselineRatio);
        assertTrue(Math.abs(policyRatio - BASELINE_SHARE * MULTIPLIER) < 0.03, "policy ratio " + policyRatio);
    }

    @Test
    void moreMigrantsStayInRussia() {
        assertTrue(runs.policy(MONTHS - 1).abroad(RUSSIA) > runs.baseline(MONTHS - 1).abroad(RUSSIA));
    }
}
