package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.irregularShare;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;

/**
 * Tightened rules in Russia for a year: patents 1.5 times dearer, the exam pass rate times 0.72 (first-attempt
 * failure from 3% to 30% in the baseline), and 3 percentage points a month more risk of losing status (registers of
 * "controlled persons").
 *
 * <p>Mechanism: restrictions push migrants into irregular status rather than home. A legal migrant lapses when the
 * month's draw falls below the lapse hazard (now 3 points higher); an arrival is legal only after passing the exam,
 * now failed more often; an irregular migrant regularises only by passing it. So the irregular share of Russia's
 * stock rises month after month.
 */
class TightenedRulesRunTest extends PairedRunTest {
    private static final int MONTHS = 12;
    private static final double PASS_MULTIPLIER = 0.72;
    private static final double EXTRA_LAPSE = 0.03;

    private Scenario base;

    @Override
    PairedRun pair() {
        base = ShockRuns.baseline(0.01, MONTHS);
        return PairedRun.of(base,
                from(0, ScheduledShock.UNTIL_END, new TightenedRules(RUSSIA, 1.5, PASS_MULTIPLIER, EXTRA_LAPSE)));
    }

    @Test
    void theIrregularShareInRussiaIsHigherEveryMonth() {
        for (int m = 0; m < MONTHS; m++) {
            double baseline = irregularShare(runs.baseline(m), RUSSIA);
            double policy = irregularShare(runs.policy(m), RUSSIA);
            assertTrue(policy > baseline, "month " + m + ": " + policy + " vs baseline " + baseline);
        }
    }

    /**
     * Irregular members come from lapses of the legal and from arrivals; they leave by regularising and, as every
     * member does, by going home. With {@code a} the share of the stock that arrives (and, the stock being about
     * steady, leaves) each month, {@code q} the share of arrivals without papers (irregular on arrival, or failing
     * the exam: {@code q = i + (1 - i)(1 - pass)}) and {@code pass} the exam's average pass rate:
     * {@code s' = lapse (1 - s) - regularise x pass x s + a (q - s)}, so the share closes
     * {@code lapse + regularise x pass + a} of the gap to {@code (lapse + a q) / (lapse + regularise x pass + a)} a
     * month, from the initial irregular share. {@code a} is the baseline's own departures over its stock (about 0.084
     * a month). Baseline: pass 0.97, q = 0.1 + 0.9 x 0.03 = 0.127, balance (0.02 + 0.0107) / (0.02 + 0.0485 + 0.084)
     * = 0.201, closing 15% of the gap a month from 0.30: 0.217 after a year. Tightened: pass 0.698, lapse 0.05, q =
     * 0.371, balance 0.081 / 0.169 = 0.481: 0.457 after a year, some 24 points above the baseline.
     */
    @Test
    void afterAYearTheIrregularShareHasRisenByMostOfTheHandEstimate() {
        double arrivals = runs.baselineSum(0, MONTHS - 1, ShockRuns.departures(RUSSIA))
                / runs.baselineSum(0, MONTHS - 1, o -> o.abroad(RUSSIA));
        double expectedBaseline = shareAfterAYear(0, 1, arrivals);
        double expectedRise = shareAfterAYear(EXTRA_LAPSE, PASS_MULTIPLIER, arrivals) - expectedBaseline;
        double baseline = irregularShare(runs.baseline(MONTHS - 1), RUSSIA);
        double policy = irregularShare(runs.policy(MONTHS - 1), RUSSIA);
        assertEquals(expectedBaseline, baseline, 0.03, "baseline irregular share");
        // at least 60% of the estimated rise: fewer leave under the rules, so fewer arrive without papers
        assertTrue(policy > baseline + 0.6 * expectedRise,
                "irregular share after a year: " + policy + " vs " + baseline + ", estimated rise " + expectedRise);
    }

    /** The hand estimate above after twelve months, with the lapse hazard raised and the pass rate scaled. */
    private double shareAfterAYear(double extraLapse, double passMultiplier, double arrivals) {
        DestinationSpec russia = base.destination(RUSSIA);
        double lapse = Math.min(1, russia.enforcement().lapseHazard() + extraLapse);
        double pass = Math.min(1, russia.entry().examPassRate() * passMultiplier);
        double regularise = russia.enforcement().regulariseHazard() * pass;
        double onArrival = russia.enforcement().irregularOnArrival();
        double irregularArrivals = onArrival + (1 - onArrival) * (1 - pass);
        double rate = lapse + regularise + arrivals;
        double balance = (lapse + arrivals * irregularArrivals) / rate;
        double initial = base.population().initialIrregularShare();
        return balance + (initial - balance) * Math.exp(-MONTHS * rate);
    }
}
