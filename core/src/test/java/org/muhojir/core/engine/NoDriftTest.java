package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * With its inputs held flat, a warmed-up run shows no trend over ten years (issue 12): the stock of migrants abroad
 * and remittances move less than 1% a year and poverty less than 0.3 points over the ten years. The trend is the
 * least-squares slope of the annual means (averaged over replications) on the year, computed here, not by the
 * model. Flat inputs: the present-day baseline started in 2030 without its history, after the last year of every
 * recorded series (the series are held beyond their data), which the test checks month by month.
 */
class NoDriftTest {
    private static final int YEARS = 10;
    private static final int REPLICATIONS = 4;
    private static List<RunResult> runs;

    @BeforeAll
    static void run() {
        Scenario flat = Muhojir.defaultScenario().withHistoryStart(null).withSampleFraction(0.01)
                .withPeriod(YearMonth.of(2030, 1), YEARS * 12);
        runs = Muhojir.replicate(flat, RunOptions.seed(20_121L), REPLICATIONS, 2);
    }

    @Test
    void theInputsAreFlat() {
        MonthlyOutcome first = runs.get(0).months().get(0);
        for (MonthlyOutcome m : runs.get(0).months()) {
            assertEquals(Metric.TJS_PER_USD.value(first), Metric.TJS_PER_USD.value(m), 0, m.month().toString());
            assertEquals(Metric.GDP_USD.value(first), Metric.GDP_USD.value(m), 0, m.month().toString());
            for (Destination d : Destination.values()) {
                assertEquals(Metric.LOCAL_CURRENCY_PER_USD.value(first, d),
                        Metric.LOCAL_CURRENCY_PER_USD.value(m, d), 0, d + " " + m.month());
            }
        }
    }

    @Test
    void theStockOfMigrantsAbroadMovesLessThanOnePercentAYear() {
        double[] stock = annualMeans(Metric.MIGRANTS_ABROAD, false);
        double perYear = slope(stock) / mean(stock);
        assertTrue(Math.abs(perYear) < 0.01, "stock abroad trend " + perYear + " a year");
    }

    @Test
    void remittancesMoveLessThanOnePercentAYear() {
        double[] remittances = annualMeans(Metric.REMITTANCES_USD, false);
        double perYear = slope(remittances) / mean(remittances);
        assertTrue(Math.abs(perYear) < 0.01, "remittances trend " + perYear + " a year");
    }

    @Test
    void povertyMovesLessThanThreeTenthsOfAPointInTenYears() {
        double[] poverty = annualMeans(Metric.POVERTY_FGT0, true);
        double overTenYears = slope(poverty) * 10;
        assertTrue(Math.abs(overTenYears) < 0.003, "poverty trend " + overTenYears * 100 + " points in ten years");
    }

    /** Each year's mean over its months and the replications. */
    private static double[] annualMeans(Metric metric, boolean national) {
        double[] means = new double[YEARS];
        for (RunResult r : runs) {
            for (int i = 0; i < r.months().size(); i++) {
                MonthlyOutcome m = r.months().get(i);
                double v = national ? metric.value(m, Group.NATIONAL) : metric.value(m);
                means[i / 12] += v / (12.0 * runs.size());
            }
        }
        return means;
    }

    /** Ordinary least-squares slope of {@code y} on 0, 1, 2, ... */
    static double slope(double[] y) {
        double xMean = (y.length - 1) / 2.0;
        double yMean = mean(y);
        double num = 0;
        double den = 0;
        for (int x = 0; x < y.length; x++) {
            num += (x - xMean) * (y[x] - yMean);
            den += (x - xMean) * (x - xMean);
        }
        return num / den;
    }

    private static double mean(double[] y) {
        double sum = 0;
        for (double v : y) {
            sum += v;
        }
        return sum / y.length;
    }
}
