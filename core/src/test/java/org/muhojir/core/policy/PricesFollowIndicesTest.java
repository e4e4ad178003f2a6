package org.muhojir.core.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.List;
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
        DestinationSpec.Labour indexed = new DestinationSpec.Labour(l.wageBySkill(), l.payDeductionShare(),
                l.livingCost(), l.employmentRate(), l.irregularWageShare(), l.irregularEmploymentShare(),
                MonthlySeries.keepingAnnualAverages(Map.of(2023, 100.0, 2024, 112.0)),
                MonthlySeries.keepingAnnualAverages(Map.of(2023, 1.0, 2024, 1.05)), l.labourDemand(),
                l.demandElasticity(), l.seasonalPayAmplitude(), l.crowding());
        Macro m = b.macro();
        Macro macro = new Macro(m.gdpUsdMillion(), m.tjsPerUsd(),
                MonthlySeries.keepingAnnualAverages(Map.of(2023, 1.0, 2024, 1.04)), m.homeIncomes(), m.priceBaseYear(),
                m.tjsPerPppDollar2017(),
                m.growthBeyondData());
        Scenario s = b.withDestination(r.withLabour(indexed));
        return new Scenario(s.name(), s.description(), s.start(), s.months(), s.warmUpMonths(), s.historyStart(),
                s.population(), s.economy(),
                s.behaviour(), macro, s.destinations(), s.events(), s.shocks());
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

    /**
     * data/exogenous-inputs.json, Rosstat's average wage by sector (construction, hotels and restaurants, transport,
     * manufacturing, trade, agriculture, whole economy), weighted 43, 18, 11, 7, 5, 8 and 8 per cent as the
     * migrants' sector mix (RussianWageMix).
     */
    private static final double[] SECTOR_PERCENT = {43, 18, 11, 7, 5, 8, 8};
    private static final double[] WAGES_2017 = {33_677.9, 23_970.5, 43_966.8, 38_501.5, 32_092.5, 25_671.1, 39_167};
    private static final double[] WAGES_2023 = {71_707.0, 44_132.5, 76_223.3, 71_855.1, 66_225.7, 54_158.1, 74_854};
    private static final double[] WAGES_2024 = {85_606.3, 53_568.1, 90_120.3, 87_974.7, 77_183.9, 65_129.3, 89_069};

    /** The mix of each sector's wage in one year over its wage in another. */
    private static double mix(double[] year, double[] base) {
        double sum = 0;
        for (int i = 0; i < SECTOR_PERCENT.length; i++) {
            sum += SECTOR_PERCENT[i] * year[i] / base[i];
        }
        return sum / 100;
    }

    @Test
    void theDefaultRussianWageRisesAsTheMigrantsSectorsWages() {
        // the baseline's unskilled wage is 55,281.77 RUB on average in 2023
        // (theRussianWageIsThe2017SurveyWageAtThePriceBase)
        Scenario s = TajikistanDefaults.baseline();
        assertEquals(55_281.767 * mix(WAGES_2024, WAGES_2023), yearMean(s, 2024,
                c -> c.wage[RU][Skill.NONE.ordinal()]), 1e-2);
    }

    @Test
    void theRussianWageIsThe2017SurveyWageAtThePriceBase() {
        // data:migrant_wages_russia 2017: 27,900 RUB, carried to 2023 by the same sector wages
        double mix2017 = mix(WAGES_2017, WAGES_2023);
        Scenario s = TajikistanDefaults.baseline();
        assertEquals(55_281.767, 27_900 / mix2017, 1e-3);
        assertEquals(27_900 / mix2017, s.destination(Destination.RUSSIA).labour().wage(Skill.NONE), 1e-6);
        assertEquals(27_900, yearMean(s, 2017, c -> c.wage[RU][Skill.NONE.ordinal()]), 1e-6);
    }

    @Test
    void wagesAndPricesGrowAtTheScenariosRateBeyondTheData() {
        // the recorded wage mix and Tajik prices end in 2025-12 and then hold; at 10% a year the month k months past
        // 2025-12 is the flat run's times 1.1^(k/12): k = 1..12 in 2026, 13..24 in 2027
        Scenario flat = TajikistanDefaults.baseline();
        Macro m = flat.macro();
        Scenario growing = new Scenario(flat.name(), flat.description(), flat.start(), flat.months(),
                flat.warmUpMonths(), flat.historyStart(), flat.population(), flat.economy(), flat.behaviour(),
                new Macro(m.gdpUsdMillion(), m.tjsPerUsd(), m.prices(), m.homeIncomes(), m.priceBaseYear(),
                        m.tjsPerPppDollar2017(), 10), flat.destinations(), flat.events(), flat.shocks());
        double flat2027 = yearMean(flat, 2027, c -> c.wage[RU][Skill.NONE.ordinal()]);
        double mean2026 = 0;
        double mean2027 = 0;
        for (int k = 1; k <= 12; k++) {
            mean2026 += Math.pow(1.1, k / 12.0) / 12;
            mean2027 += Math.pow(1.1, (k + 12) / 12.0) / 12;
        }
        assertEquals(flat2027 * mean2027, yearMean(growing, 2027, c -> c.wage[RU][Skill.NONE.ordinal()]), 1e-6);
        assertEquals(mean2026, yearMean(growing, 2026, c -> c.homePriceLevel)
                / yearMean(flat, 2026, c -> c.homePriceLevel), 1e-9);
    }

    @Test
    void statedValuesAreAtThePriceBaseYearWhereverTheRunStarts() {
        Scenario present = TajikistanDefaults.baseline();
        Scenario from2013 = present.withPeriod(YearMonth.of(2013, 1), 240);
        Scenario history = present.withHistoryStart(YearMonth.of(2013, 1));
        double wage = present.destination(Destination.RUSSIA).labour().wage(Skill.NONE);
        for (Scenario s : List.of(present, from2013, history)) {
            assertEquals(wage, yearMean(s, 2023, c -> c.wage[RU][Skill.NONE.ordinal()]), EPS, s.start() + "");
            assertEquals(1, yearMean(s, 2023, c -> c.homePriceLevel), EPS);
        }
        // data:tjk_cpi_inflation_annual_avg 2014-2023, chained back from the price base 2023
        double[] inflation = {6.1, 5.71, 6.0, 7.31, 3.83, 7.79, 8.59, 8.92, 6.59, 3.5};
        double level2013 = 1;
        for (double percent : inflation) {
            level2013 /= 1 + percent / 100;
        }
        assertEquals(level2013, yearMean(from2013, 2013, c -> c.homePriceLevel), 1e-9);
        assertEquals(level2013, yearMean(history, 2013, c -> c.homePriceLevel), 1e-9);
    }

    @Test
    void migrantsChanceOfWorkFollowsRussiasLabourDemand() {
        // data:rus_unemployment_rate_monthly_3mma, each three-month window for its middle month: 2023's months are the
        // windows ending 2023-02 to 2024-01, 2024's those ending 2024-02 to 2025-01; demand is the employed share over
        // 2023's mean, and with elasticity 4 the chance of work is 0.92 x demand^4, month by month
        double[] u2023 = {3.6, 3.5, 3.4, 3.3, 3.2, 3.1, 3.0, 3.0, 3.0, 3.0, 2.9, 2.9};
        double[] u2024 = {2.9, 2.8, 2.7, 2.6, 2.6, 2.5, 2.4, 2.4, 2.4, 2.3, 2.3, 2.4};
        double[] u2020 = {4.61, 4.63, 5.0, 5.48, 5.99, 6.18, 6.29, 6.35, 6.33, 6.24, 6.09, 5.92};
        double base = 0;
        for (double u : u2023) {
            base += (100 - u) / 12;
        }
        Scenario s = TajikistanDefaults.baseline();
        assertEquals(0.92 * meanFourthPower(u2023, base), yearMean(s, 2023, c -> c.employmentRate[RU]), 1e-9);
        assertEquals(0.92 * meanFourthPower(u2024, base), yearMean(s, 2024, c -> c.employmentRate[RU]), 1e-9);
        // the year of the closures: unemployment rose from 4.6% in the winter to 6.35% in the summer
        assertEquals(0.92 * meanFourthPower(u2020, base), yearMean(s.withPeriod(YearMonth.of(2023, 1), 120), 2020,
                c -> c.employmentRate[RU]), 1e-9);
    }

    private static double meanFourthPower(double[] unemployment, double base) {
        double sum = 0;
        for (double u : unemployment) {
            sum += Math.min(1, 0.92 * Math.pow((100 - u) / base, 4)) / 0.92 / 12;
        }
        return sum;
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
