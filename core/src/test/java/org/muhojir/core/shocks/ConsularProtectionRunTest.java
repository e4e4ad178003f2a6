package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.deportations;
import static org.muhojir.core.shocks.ShockRuns.detentions;
import static org.muhojir.core.shocks.ShockRuns.from;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.ConsularProtection;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;

/**
 * Consular protection in Russia: an embassy that defends its citizens cuts the share of detentions ending in
 * deportation to a fifth, for the whole run (12 months, 2% sample). So that enough migrants are detained whatever
 * the defaults, Russia's monthly raid hazards are set here, 0.004 for legal and 0.04 for irregular migrants.
 *
 * <p>Mechanism: a detained migrant is deported when an independent draw falls below the deportation share
 * (0.3 in the baseline), so deportations per detention estimate that share: 0.3 without protection and
 * 0.3 x 0.2 = 0.06 with it. Those detained but not deported stay in Russia, so its stock ends higher.
 */
class ConsularProtectionRunTest extends PairedRunTest {
    private static final int MONTHS = 12;
    private static final double MULTIPLIER = 0.2;

    private double weight;
    private double baselineShare;

    @Override
    PairedRun pair() {
        Scenario base = withRussianRaidHazards(ShockRuns.baseline(0.02, MONTHS), 0.004, 0.04);
        weight = base.population().weight();
        baselineShare = base.destination(RUSSIA).enforcement().deportationShare();
        return PairedRun.of(base,
                from(0, ScheduledShock.UNTIL_END, new ConsularProtection(RUSSIA, MULTIPLIER)));
    }

    @Test
    void deportationsPerDetentionFallToAFifth() {
        double detained = runs.baselineSum(0, MONTHS - 1, detentions(RUSSIA));
        double detainedWithProtection = runs.policySum(0, MONTHS - 1, detentions(RUSSIA));
        double baselineRatio = runs.baselineSum(0, MONTHS - 1, deportations(RUSSIA)) / detained;
        double policyRatio = runs.policySum(0, MONTHS - 1, deportations(RUSSIA)) / detainedWithProtection;
        // About 2,000 simulated detentions a year (at least 1,000 asked for); each ends in deportation with the
        // deportation share, independently, so a ratio's binomial standard error is sqrt(p (1 - p) / n): about
        // 0.010 at 0.3 and 0.005 at 0.06 for 2,000. The bands are four standard errors wide.
        double n = detained / weight;
        double policyShare = baselineShare * MULTIPLIER;
        assertTrue(n > 1_000, "enough simulated detentions: " + n);
        assertTrue(Math.abs(baselineRatio - baselineShare) < fourStandardErrors(baselineShare, n),
                "baseline ratio " + baselineRatio + " vs " + baselineShare);
        assertTrue(Math.abs(policyRatio - policyShare)
                        < fourStandardErrors(policyShare, detainedWithProtection / weight),
                "policy ratio " + policyRatio + " vs " + policyShare);
    }

    private static double fourStandardErrors(double p, double n) {
        return 4 * Math.sqrt(p * (1 - p) / n);
    }

    /** {@code s} with Russia's monthly raid hazards of legal and irregular migrants replaced. */
    private static Scenario withRussianRaidHazards(Scenario s, double legal, double irregular) {
        DestinationSpec r = s.destination(RUSSIA);
        DestinationSpec.Enforcement e = r.enforcement();
        return s.withDestination(r.withEnforcement(new DestinationSpec.Enforcement(legal, irregular,
                e.deportationShare(), e.banMonths(), e.lapseHazard(), e.regulariseHazard(), e.irregularOnArrival())));
    }

    @Test
    void moreMigrantsStayInRussia() {
        assertTrue(runs.policy(MONTHS - 1).abroad(RUSSIA) > runs.baseline(MONTHS - 1).abroad(RUSSIA));
    }
}
