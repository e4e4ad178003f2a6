package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * Pay abroad moves with the seasons ({@code labour.seasonalPayAmplitude}): the month's wages are highest in July and
 * lowest in January, equal to the year's on average, and what migrants in Russia send home follows them, as the
 * Central Bank of Russia's transfers to Tajikistan do (16% of 2013's in its first quarter, 33% in its third).
 */
class PaySeasonTest {
    /** The present-day world from 2030, after every recorded series ends: its inputs are flat. */
    private static final Scenario FLAT = Muhojir.defaultScenario().withHistoryStart(null).withSampleFraction(0.01)
            .withPeriod(YearMonth.of(2030, 1), 24);
    private static final int RUSSIA = Destination.RUSSIA.ordinal();

    @Test
    void theFactorIsHighestInJulyLowestInJanuaryAndOneOverAYear() {
        DestinationSpec.Labour russia = FLAT.destination(Destination.RUSSIA).labour();
        double a = russia.seasonalPayAmplitude();
        assertTrue(a > 0, "Russia's pay has a season");
        assertEquals(1 + a, russia.payFactor(7), 1e-12);
        assertEquals(1 - a, russia.payFactor(1), 1e-12);
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            sum += russia.payFactor(month);
        }
        assertEquals(12, sum, 1e-12);
    }

    @Test
    void theWagesInForceFollowTheSeasonOfTheMonthSimulated() {
        MuhojirModel model = new MuhojirModel(FLAT, RunOptions.seed(3));
        model.start();
        double[] wage = new double[13];
        for (int month = 1; month <= 12; month++) {
            model.stepMonth();
            wage[month] = model.conditions().wage[RUSSIA][0];
        }
        model.finish();
        double a = FLAT.destination(Destination.RUSSIA).labour().seasonalPayAmplitude();
        assertEquals((1 + a) / (1 - a), wage[7] / wage[1], 1e-9);
        assertEquals(1, wage[4] / wage[10], 1e-9); // April and October lie as far from July
    }

    @Test
    void transfersFromRussiaPeakInTheThirdQuarterOnlyWithASeasonOfPay() {
        double seasonal = thirdOverFirstQuarter(FLAT);
        Scenario noSeason = FLAT;
        for (Destination d : List.of(Destination.RUSSIA, Destination.KAZAKHSTAN)) {
            DestinationSpec spec = noSeason.destination(d);
            DestinationSpec.Labour l = spec.labour();
            noSeason = noSeason.withDestination(spec.withLabour(new DestinationSpec.Labour(l.wageBySkill(), l.payDeductionShare(),
                    l.livingCost(), l.employmentRate(), l.irregularWageShare(), l.irregularEmploymentShare(),
                    l.wageIndex(), l.priceIndex(), l.labourDemand(), l.demandElasticity(), 0, l.crowding())));
        }
        double flat = thirdOverFirstQuarter(noSeason);
        assertTrue(seasonal > 1.6, "third quarter over first with the season: " + seasonal + " (2013's figures: 2.0)");
        assertTrue(flat < 1.25, "third quarter over first without it: " + flat);
    }

    /** Remittances sent from Russia in the second year's third quarter over its first, over two replications. */
    private static double thirdOverFirstQuarter(Scenario s) {
        double first = 0;
        double third = 0;
        for (var run : Muhojir.replicate(s, RunOptions.seed(3), 2, 2)) {
            List<MonthlyOutcome> second = run.months().subList(12, 24);
            for (int m = 0; m < 3; m++) {
                first += Metric.REMITTANCES_USD.value(second.get(m), Destination.RUSSIA);
                third += Metric.REMITTANCES_USD.value(second.get(6 + m), Destination.RUSSIA);
            }
        }
        return third / first;
    }
}
