package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Pay on the UK's seasonal-worker route moves with the National Living Wage, each rate from April
 * (data/exogenous-inputs.json gbr_national_living_wage_hourly: 10.42 GBP an hour from April 2023, 11.44 from April
 * 2024, 12.21 from April 2025, 9.50 from April 2022), the stated pay 2023's mean.
 */
class UkPayTest {
    private static final int UK = Destination.UK.ordinal();
    private static final int UNSKILLED = Skill.NONE.ordinal();

    private static double pay(YearMonth m) {
        Conditions c = new Conditions();
        new Timeline(TajikistanDefaults.baseline()).resolve(m, c);
        return c.wage[UK][UNSKILLED];
    }

    @Test
    void payFollowsTheLivingWageFromApril() {
        double season2023 = pay(YearMonth.of(2023, 6));
        assertEquals(season2023, pay(YearMonth.of(2023, 4)), 1e-9, "the 2023 rate from April");
        assertEquals(season2023, pay(YearMonth.of(2024, 3)), 1e-9, "until the next April");
        assertEquals(season2023 * 9.50 / 10.42, pay(YearMonth.of(2023, 3)), 1e-9, "2022's rate until March 2023");
        assertEquals(season2023 * 11.44 / 10.42, pay(YearMonth.of(2024, 4)), 1e-9, "2024's from April 2024");
        assertEquals(season2023 * 12.21 / 10.42, pay(YearMonth.of(2025, 9)), 1e-9, "2025's");
        assertEquals(season2023 * 12.21 / 10.42, pay(YearMonth.of(2027, 1)), 1e-9, "held after the data");
    }

    @Test
    void theStatedPayIs2023sAverage() {
        // data:migrant_wages_uk_seasonal 2023, at 0.804 GBP per USD: 2,290 GBP a month for the unskilled, 2023's
        // mean (as every money value of the defaults, at the price base year's level): January to March at 2022's rate
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            sum += pay(YearMonth.of(2023, month));
        }
        assertEquals(2_290, sum / 12, 1e-9);
        assertEquals(2_290 / ((3 * 9.50 + 9 * 10.42) / 12 / 10.42), pay(YearMonth.of(2023, 7)), 1e-9);
    }
}
