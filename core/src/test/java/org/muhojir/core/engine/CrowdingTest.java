package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.population.Households;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * Crowding of the migrants' labour market ({@code labour.crowding}): a migrant's chance of work in Russia is
 * multiplied by (Tajiks there at the end of last month / referenceMigrants)^-elasticity, at most 1, so the more go,
 * the less each can expect to earn, which holds back the stock a rise of pay or of considering would build.
 */
class CrowdingTest {
    /** The present-day world from 2030, after every recorded series ends (its inputs are flat), without crowding. */
    private static final Scenario FLAT = withRussianCrowding(Muhojir.defaultScenario().withHistoryStart(null)
            .withSampleFraction(0.01).withPeriod(YearMonth.of(2030, 1), 12), DestinationSpec.Labour.Crowding.NONE);
    private static final int RUSSIA = Destination.RUSSIA.ordinal();

    @Test
    void theChanceOfWorkFallsWithTheMigrantsOverTheReferenceAtTheElasticity() {
        DestinationSpec.Labour.Crowding c = new DestinationSpec.Labour.Crowding(0.5, 500_000);
        assertEquals(0.9, c.employment(0.9, 500_000), 1e-12, "at the reference, the uncrowded chance");
        assertEquals(0.8 / 2, c.employment(0.8, 2_000_000), 1e-12, "four times the reference: half the chance");
        assertEquals(0.6 * Math.sqrt(2), c.employment(0.6, 250_000), 1e-12, "half the reference: more work");
        assertEquals(1, c.employment(0.9, 250_000), 1e-12, "never above work every month");
        assertEquals(1, c.employment(0.9, 0), 1e-12, "alone there, always in work");
        assertEquals(0, c.employment(0, 0), 0, "no work at all stays none, even with nobody there");
        assertEquals(0.9, DestinationSpec.Labour.Crowding.NONE.employment(0.9, 3e6), 0, "none: the chance unchanged");
    }

    @Test
    void eachMonthsChanceOfWorkFollowsLastMonthsMigrantsThere() {
        Scenario crowded = withRussianCrowding(FLAT, new DestinationSpec.Labour.Crowding(1, 500_000));
        MuhojirModel model = new MuhojirModel(crowded, RunOptions.seed(5));
        MuhojirModel uncrowded = new MuhojirModel(FLAT, RunOptions.seed(5));
        model.start();
        uncrowded.start();
        for (int month = 0; month < 6; month++) {
            long inRussia = membersIn(model.households(), RUSSIA);
            model.stepMonth();
            uncrowded.stepMonth(); // the same inputs: its chance of work is the uncrowded one
            double migrants = inRussia * model.households().weight;
            assertTrue(migrants > 500_000, "the test's reference is below the stock: " + migrants);
            double expected = uncrowded.conditions().employmentRate[RUSSIA] * 500_000 / migrants;
            assertEquals(expected, model.conditions().employmentRate[RUSSIA], 1e-12, "month " + month);
        }
        model.finish();
        uncrowded.finish();
    }

    @Test
    void crowdingHoldsBackTheStockThatMoreConsideringBuilds() {
        double without = stockRatio(FLAT);
        double with = stockRatio(withRussianCrowding(FLAT, new DestinationSpec.Labour.Crowding(1, 1_000_000)));
        assertTrue(without > 1.15, "twice the considering builds a larger stock: " + without);
        assertTrue(with < without - 0.05, "with crowding the stock grows less: " + with + " against " + without);
    }

    /** Migrants in Russia in the run's last month with twice the considering rate over those with the default. */
    private static double stockRatio(Scenario s) {
        Behaviour b = s.behaviour();
        Scenario eager = s.withBehaviour(new Behaviour(b.considerRate() * 2, b.departureSeasonality(),
                b.considerConcentration(), b.femaleCandidateShare(), b.utility(), b.riskLagMonths(),
                b.riskAdjustment(), b.returnHazard(), b.returnSeasonality(), b.returnDurationProfile(),
                b.returnEarningsElasticity(), b.returnReferenceRatio(), b.careReturnFactor(), b.remittanceShare(),
                b.needRemittanceShare(), b.naturalisedRemittanceFactor(), b.russianExamFit(), b.circulation()));
        return lastMonthInRussia(eager) / lastMonthInRussia(s);
    }

    private static double lastMonthInRussia(Scenario s) {
        RunResult run = Muhojir.run(s, RunOptions.seed(5));
        return Metric.MIGRANTS_ABROAD.value(run.months().get(run.months().size() - 1), Destination.RUSSIA);
    }

    private static long membersIn(Households hh, int d) {
        long n = 0;
        for (int s = 0; s < hh.size * Households.SLOTS; s++) {
            n += hh.slotDestination[s] == d ? 1 : 0;
        }
        return n;
    }

    private static Scenario withRussianCrowding(Scenario s, DestinationSpec.Labour.Crowding crowding) {
        DestinationSpec russia = s.destination(Destination.RUSSIA);
        return s.withDestination(russia.withLabour(russia.labour().withCrowding(crowding)));
    }
}
