package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.calibration.FreeParameters;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.population.ConsiderPropensity;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * Households that migrate and households that stay ({@code behaviour.considerConcentration}): concentrating the
 * considering of migration in a share of households keeps the mean rate; the households with a migrant fall by much
 * more than the stock abroad does, so each holds more members abroad; at 0 every household considers at the
 * scenario's rate.
 */
class ConsiderConcentrationTest {
    private static final int MONTHS = 12;

    @Test
    void aConcentratedRateHoldsTheStockInFewerHouseholdsWithMoreMembersAbroadEach() {
        MonthlyOutcome even = lastMonth(run(0.0, 1));
        MonthlyOutcome concentrated = lastMonth(run(0.8, 1));
        double evenStock = stock(even);
        double concentratedStock = stock(concentrated);
        // the migrant households fill up (no one left at home, no free slot), so the stock falls somewhat at the same
        // mean rate (a calibration raises the rate to hold it); the households holding it fall by more, a fifth or more
        assertTrue(concentratedStock < evenStock, "stock " + evenStock + " at 0, " + concentratedStock + " at 0.8");
        assertTrue(concentrated.householdsWithMigrant() < 0.8 * even.householdsWithMigrant(),
                "households with a migrant: " + even.householdsWithMigrant() + " at 0, "
                        + concentrated.householdsWithMigrant() + " at 0.8");
        assertTrue(perMigrantHousehold(concentrated) > 1.05 * perMigrantHousehold(even),
                "members abroad per household with a migrant: " + perMigrantHousehold(even) + " at 0, "
                        + perMigrantHousehold(concentrated) + " at 0.8");
    }

    @Test
    void aConcentratedRunIsTheSameOnOneThreadOrTwo() {
        List<MonthlyOutcome> one = run(0.6, 1);
        List<MonthlyOutcome> two = run(0.6, 2);
        for (int i = 0; i < one.size(); i++) {
            assertEquals(stock(one.get(i)), stock(two.get(i)), "month " + i);
            assertEquals(one.get(i).householdsWithMigrant(), two.get(i).householdsWithMigrant(), "month " + i);
        }
    }

    @Test
    void theFactorsKeepTheMeanRateAndAreOneAtZero() {
        KeyedRandom random = new KeyedRandom(RunFixtures.SEED, 0);
        ConsiderPropensity none = new ConsiderPropensity(random, 0);
        ConsiderPropensity strong = new ConsiderPropensity(random, 0.7);
        int households = 200_000;
        double sum = 0;
        int migrantHouseholds = 0;
        for (int h = 0; h < households; h++) {
            assertEquals(1.0, none.factor(h));
            sum += strong.factor(h);
            migrantHouseholds += strong.migrantHousehold(h) ? 1 : 0;
        }
        double q = ConsiderPropensity.MIGRANT_HOUSEHOLD_SHARE;
        // migrant households at 1 + 0.7 x 0.65 / 0.35 = 2.3, the others at 0.3: 0.35 x 2.3 + 0.65 x 0.3 = 1
        assertEquals(2.3, strong.highestFactor(), 1e-12);
        assertEquals(q, migrantHouseholds / (double) households, 0.005);
        assertEquals(1.0, sum / households, 0.015);
    }

    private static List<MonthlyOutcome> run(double concentration, int threads) {
        Scenario s = FreeParameters.considerConcentration().apply(RunFixtures.baseline(0.01, MONTHS), concentration);
        return new MuhojirModel(s, RunOptions.seed(RunFixtures.SEED).withThreads(threads)).runToEnd();
    }

    private static MonthlyOutcome lastMonth(List<MonthlyOutcome> outcomes) {
        return outcomes.get(outcomes.size() - 1);
    }

    private static double stock(MonthlyOutcome o) {
        double abroad = 0;
        for (Destination d : Destination.values()) {
            abroad += o.abroad(d);
        }
        return abroad;
    }

    /** Members abroad per household with one, relative to the households' total (the weight cancels). */
    private static double perMigrantHousehold(MonthlyOutcome o) {
        return stock(o) / o.householdsWithMigrant();
    }
}
