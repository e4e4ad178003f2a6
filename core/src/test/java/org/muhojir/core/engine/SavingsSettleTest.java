package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.HouseholdEconomy;
import org.muhojir.core.scenario.Scenario;

/**
 * Household savings settle (issue 12): with the inputs held flat (the present-day baseline started in 2030, as in
 * {@link NoDriftTest}), savings above a buffer are spent down, so after the warm-up the distribution of savings
 * across households stays where it is: its mean moves less than 1% a year and its median and 90th percentile
 * end the ten years within 5% of where they were after two. Without the spend-down savings grow year after year.
 * The statistics are computed here from the households' savings, not by the model.
 */
class SavingsSettleTest {
    private static final int YEARS = 10;

    @Test
    void theSavingsDistributionIsStationaryAfterTheWarmUp() {
        double[][] byYear = savingsAtEachYearEnd(flatWorld());
        double[] means = Arrays.stream(byYear).mapToDouble(SavingsSettleTest::mean).toArray();
        double perYear = NoDriftTest.slope(means) / mean(means);
        assertTrue(Math.abs(perYear) < 0.01, "mean savings trend " + perYear + " a year: " + Arrays.toString(means));
        for (double q : new double[] {0.5, 0.9}) {
            double early = quantile(byYear[1], q);
            double late = quantile(byYear[YEARS - 1], q);
            assertEquals(early, late, 0.05 * early, "savings quantile " + q);
        }
    }

    @Test
    void withoutTheSpendDownSavingsKeepGrowing() {
        Scenario flat = flatWorld();
        HouseholdEconomy e = flat.economy();
        HouseholdEconomy hoarding = new HouseholdEconomy(e.localWage(), e.regionWageFactor(), e.ruralWageFactor(),
                e.participationMen(), e.participationWomen(), e.nonLabourIncome(), e.urbanNonLabourIncomeFactor(),
                e.incomeDispersion(),
                e.initialSavingsMonths(), e.creditMonths(), e.debtInterestMonthly(), e.debtRepaymentShare(),
                e.savingRate(), e.savingsDrawShare(), e.savingsBufferMonths(), 0, e.povertyLine(),
                e.extremePovertyLine(), e.oldMethodologyPovertyLine(), e.adultEquivalentOther(), e.adultEquivalentChild());
        Scenario s = new Scenario(flat.name(), flat.description(), flat.start(), flat.months(), flat.warmUpMonths(),
                flat.historyStart(), flat.population(), hoarding, flat.behaviour(), flat.macro(),
                flat.destinations(), flat.events(), flat.shocks());
        double[] means = Arrays.stream(savingsAtEachYearEnd(s)).mapToDouble(SavingsSettleTest::mean).toArray();
        double perYear = NoDriftTest.slope(means) / mean(means);
        assertTrue(perYear > 0.02, "mean savings trend without the spend-down " + perYear + " a year");
    }

    private static Scenario flatWorld() {
        return Muhojir.defaultScenario().withHistoryStart(null).withSampleFraction(0.01)
                .withPeriod(YearMonth.of(2030, 1), YEARS * 12);
    }

    /** Every household's savings (TJS) at the end of each reported year, after the warm-up. */
    private static double[][] savingsAtEachYearEnd(Scenario s) {
        MuhojirModel m = new MuhojirModel(s, RunOptions.seed(20_121L));
        m.start();
        double[][] byYear = new double[YEARS][];
        while (!m.isFinished()) {
            m.stepMonth();
            if (m.monthIndex() % 12 == 11) {
                Households hh = m.households();
                double[] savings = new double[hh.size];
                for (int h = 0; h < hh.size; h++) {
                    savings[h] = hh.savings[h];
                }
                byYear[m.monthIndex() / 12] = savings;
            }
        }
        return byYear;
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double quantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) (q * (sorted.length - 1))];
    }
}
