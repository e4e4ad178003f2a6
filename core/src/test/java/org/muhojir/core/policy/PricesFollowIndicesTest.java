package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Macro;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Wages and living costs abroad follow the destination's wage and price indices, and prices at home follow
 * Tajikistan's, from the values the scenario states for its first twelve months: no money illusion.
 */
class PricesFollowIndicesTest {
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final double EPS = 1e-6;

    /**
     * The 2023 baseline with annual indices (each year's average kept over its months): Russian wages 100 in 2023
     * and 112 in 2024, Russian prices 1 and 1.05, Tajik prices 1 and 1.04.
     */
    private static Scenario withIndices() {
        Scenario b = TajikistanDefaults.baseline();
        DestinationSpec r = b.destination(Destination.RUSSIA);
        DestinationSpec.Labour l = r.labour();
        DestinationSpec.Labour indexed = new DestinationSpec.Labour(l.wageBySkill(), l.livingCost(),
                l.employmentRate(), l.irregularWageShare(), l.irregularEmploymentShare(),
                MonthlySeries.keepingAnnualAverages(Map.of(2023, 100.0, 2024, 112.0)),
                MonthlySeries.keepingAnnualAverages(Map.of(2023, 1.0, 2024, 1.05)), l.labourDemand(),
                l.demandElasticity());
        Macro m = b.macro();
        Macro macro = new Macro(m.gdpUsdMillion(), m.tjsPerUsd(),
                MonthlySeries.keepingAnnualAverages(Map.of(2023, 1.0, 2024, 1.04)));
        Scenario s = b.withDestination(r.withLabour(indexed));
        return new Scenario(s.name(), s.description(), s.start(), s.months(), s.warmUpMonths(), s.historyStart(),
                s.population(), s.economy(),
                s.behaviour(), macro, s.destinations(), s.shocks());
    }

    @Test
    void theFirstYearHasTheScenariosValuesOnAverageAndTheSecondTheIndicesGrowth() {
        Scenario s = withIndices();
        double wage = s.destination(Destination.RUSSIA).labour().wage(Skill.NONE); // 53,010 RUB
        double living = s.destination(Destination.RUSSIA).labour().livingCost(); // 10,000 RUB
        assertEquals(wage, yearMean(s, 2023, c -> c.wage[RU][Skill.NONE.ordinal()]), EPS);
        assertEquals(living, yearMean(s, 2023, c -> c.livingCost[RU]), EPS);
        assertEquals(1, yearMean(s, 2023, c -> c.homePriceLevel), EPS);
        assertEquals(wage * 1.12, yearMean(s, 2024, c -> c.wage[RU][Skill.NONE.ordinal()]), EPS);
        assertEquals(living * 1.05, yearMean(s, 2024, c -> c.livingCost[RU]), EPS);
        assertEquals(1.04, yearMean(s, 2024, c -> c.homePriceLevel), EPS);
    }

    @Test
    void theDefaultRussianWageRisesAsRosstatsAverageWage() {
        // data:rus_wage_nominal_avg_annual: 74,854 RUB in 2023, 89,069 in 2024; the baseline's unskilled wage is
        // 53,010 RUB on average in 2023, so 53,010 x 89,069 / 74,854 = 63,077 in 2024
        Scenario s = TajikistanDefaults.baseline();
        assertEquals(53_010 * 89_069.0 / 74_854, yearMean(s, 2024, c -> c.wage[RU][Skill.NONE.ordinal()]), 1e-3);
    }

    @Test
    void migrantsChanceOfWorkFollowsRussiasLabourDemand() {
        // data:rus_unemployment_rate_annual: 3.2% in 2023, 2.5% in 2024, so demand (the employed share) is
        // 97.5 / 96.8 = 1.00723 of 2023's; with elasticity 4: 0.92 x 1.00723^4 = 0.9469 (the months' mean of the
        // fourth power differs from the fourth power of the mean by far less than the tolerance)
        Scenario s = TajikistanDefaults.baseline();
        assertEquals(0.92, yearMean(s, 2023, c -> c.employmentRate[RU]), 2e-4);
        assertEquals(0.92 * Math.pow(97.5 / 96.8, 4), yearMean(s, 2024, c -> c.employmentRate[RU]), 2e-4);
        // 2020's unemployment (5.8%) against 2023's: 0.92 x (94.2 / 96.8)^4 = 0.8204 in the year of the closures
        assertEquals(0.92 * Math.pow(94.2 / 96.8, 4), yearMean(s.withPeriod(YearMonth.of(2023, 1), 120), 2020,
                c -> c.employmentRate[RU]), 2e-3);
    }

    private static double yearMean(Scenario s, int year, ToDoubleFunction<Conditions> f) {
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            Conditions c = new Conditions();
            Timeline.reset(c, s, YearMonth.of(year, month));
            sum += f.applyAsDouble(c);
        }
        return sum / 12;
    }
}
