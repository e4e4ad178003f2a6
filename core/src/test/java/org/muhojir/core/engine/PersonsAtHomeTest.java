package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Region;

/**
 * The persons at home that poverty is counted on, and those of them in poverty, as numbers a reader can add up: every
 * member of the population is at home at the month's budget, or abroad at its end having not left that month, and
 * the regions' and areas' counts add up to the nation's.
 */
class PersonsAtHomeTest {
    private static final Scenario TWO_YEARS = Muhojir.defaultScenario().withSampleFraction(0.01)
            .withPeriod(YearMonth.of(2023, 1), 24);

    @Test
    void personsAtHomeAndAbroadAreThePopulationEveryMonth() {
        MuhojirModel model = new MuhojirModel(TWO_YEARS, RunOptions.seed(11));
        model.start();
        while (!model.isFinished()) {
            MonthlyOutcome month = model.stepMonth();
            Households hh = model.households();
            long members = 0;
            for (int h = 0; h < hh.size; h++) {
                members += hh.men[h] + hh.women[h] + hh.dependants[h];
            }
            double population = members * hh.weight;
            // the budget counts the persons at home after the month's returns and before its departures; the stock
            // abroad is of the month's end, so the month's departures are in both
            double counted = Metric.PERSONS_AT_HOME.value(month, Group.NATIONAL)
                    + Metric.MIGRANTS_ABROAD.value(month) - Metric.DEPARTURES.value(month);
            assertEquals(population, counted, 1e-9 * population, "month " + month.month());
        }
        model.finish();
    }

    @Test
    void theCountsOfRegionsAndAreasAddUpToTheNations() {
        MuhojirModel model = new MuhojirModel(TWO_YEARS.withPeriod(YearMonth.of(2023, 1), 3), RunOptions.seed(12));
        model.start();
        while (!model.isFinished()) {
            MonthlyOutcome month = model.stepMonth();
            for (Metric m : new Metric[] {Metric.PERSONS_AT_HOME, Metric.PERSONS_IN_POVERTY}) {
                double national = m.value(month, Group.NATIONAL);
                double regions = 0;
                for (Region r : Region.values()) {
                    regions += m.value(month, Group.of(r));
                }
                double areas = m.value(month, Group.URBAN) + m.value(month, Group.RURAL);
                assertEquals(national, regions, 1e-9 * national, m.tidyName());
                assertEquals(national, areas, 1e-9 * national, m.tidyName());
            }
            double poor = Metric.PERSONS_IN_POVERTY.value(month, Group.NATIONAL);
            double home = Metric.PERSONS_AT_HOME.value(month, Group.NATIONAL);
            assertTrue(poor > 0 && poor < home, poor + " of " + home);
        }
        model.finish();
    }
}
