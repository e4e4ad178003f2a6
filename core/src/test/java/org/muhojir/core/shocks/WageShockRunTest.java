package org.muhojir.core.shocks;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.muhojir.core.shocks.ShockRuns.from;
import static org.muhojir.core.shocks.ShockRuns.remittancesUsd;

import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.WageShock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.world.Skill;

/**
 * A 20% cut of wages in Russia, in roubles, for nine months (April to December 2023, month indices 3 to 11).
 *
 * <p>Mechanism: a migrant sends a share of what is left after living costs and, if legal, the patent; that share
 * does not change. Wages fall by 20% but costs do not, so what is left, and so what is sent, falls by more than 20%.
 * The tests compute what is left before and after the cut for each skill and legal status from the scenario; with
 * the baseline's values (living costs 10,000 RUB a month, patent 6,962.5 RUB a month in 2023), in RUB a month:
 * <ul>
 *   <li>unskilled, legal: 27,900 x 1.9 = 53,010 wage; 36,047.5 before, 42,408 - 16,962.5 = 25,445.5 after (-29%);</li>
 *   <li>unskilled, irregular (wage x 25,100 / 27,900, no patent): 47,690 wage; 37,690 before, 28,152 after (-25%);</li>
 *   <li>trade, legal (x 1.4): 74,214 wage; 57,251.5 before, 42,408.7 after (-26%);</li>
 *   <li>higher education, legal (x 1.25): 66,262.5 wage; 49,300 before, 36,047.5 after (-27%);</li>
 *   <li>naturalised, unskilled (no patent): 43,010 before, 32,408 after (-25%).</li>
 * </ul>
 * With the other combinations, every group sends between 23% and 30% less: what is sent falls to between 0.706 and
 * 0.769 of the baseline's.
 */
class WageShockRunTest extends PairedRunTest {
    private static final int FIRST = 3;
    private static final int LAST = 11;
    private static final double CUT = 0.8;
    /** The smallest and largest ratio of what is left after the cut to what was left before, over the groups. */
    private double lowest = Double.POSITIVE_INFINITY;
    private double highest = Double.NEGATIVE_INFINITY;

    @Override
    PairedRun pair() {
        DestinationSpec russia = ShockRuns.baseline(0.01, 12).destination(RUSSIA);
        double patent = russia.costs().monthlyFee().at(ShockRuns.START.plusMonths(FIRST));
        double living = russia.labour().livingCost();
        for (Skill skill : Skill.values()) {
            double wage = russia.labour().wage(skill);
            group(wage - living - patent, CUT * wage - living - patent); // legal
            double irregularWage = wage * russia.labour().irregularWageShare();
            group(irregularWage - living, CUT * irregularWage - living); // irregular: no patent
            group(wage - living, CUT * wage - living); // naturalised: no patent
        }
        return PairedRun.ofShock(FIRST, LAST, new WageShock(RUSSIA, CUT));
    }

    /** A group that sends a share of {@code before} without the cut and of {@code after} with it. */
    private void group(double before, double after) {
        if (before > 0) {
            double ratio = Math.max(0, after) / before;
            lowest = Math.min(lowest, ratio);
            highest = Math.max(highest, ratio);
        }
    }

    @Test
    void inTheFirstMonthRemittancesFromRussiaFallAsWhatIsLeftFalls() {
        // Nothing differed before, so the same migrants work and send the same share of a smaller surplus: the ratio
        // is an average of the per-group ratios, weighted by what each group sent in the baseline, so it lies
        // between the lowest and the highest of them (up to the rounding of earnings stored as floats).
        double ratio = runs.policy(FIRST).remittancesSentUsd()[RUSSIA.ordinal()]
                / runs.baseline(FIRST).remittancesSentUsd()[RUSSIA.ordinal()];
        assertTrue(ratio > lowest - 1e-6 && ratio < highest + 1e-6,
                "ratio " + ratio + " outside " + lowest + " to " + highest);
    }

    @Test
    void remittancesFromRussiaStayLowerWhileWagesAreCut() {
        // Later months keep about the first month's ratio: fewer migrants leave for smaller earnings, which
        // lowers it, and the mix of groups drifts; margins of 8 points a month and 3 over the nine months.
        for (int m = FIRST; m <= LAST; m++) {
            double ratio = runs.policy(m).remittancesSentUsd()[RUSSIA.ordinal()]
                    / runs.baseline(m).remittancesSentUsd()[RUSSIA.ordinal()];
            assertTrue(ratio < highest + 0.08, "month " + m + ": " + ratio);
        }
        assertTrue(runs.policySum(FIRST, LAST, remittancesUsd(RUSSIA))
                < (highest + 0.03) * runs.baselineSum(FIRST, LAST, remittancesUsd(RUSSIA)));
    }
}
