package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Pay in Turkey moves with the net minimum wage, including its July rises (data/exogenous-inputs.json
 * tur_min_wage_net_monthly: 8,506 TRY from January 2023 and 11,402 from July, 17,002 from January 2024, 22,104 from
 * January 2025; 4,253 and 5,500 in 2022).
 */
class TurkeyPayTest {
    private static final int TR = Destination.TURKEY.ordinal();

    private static double pay(YearMonth m) {
        Conditions c = new Conditions();
        new Timeline(TajikistanDefaults.baseline()).resolve(m, c);
        return c.wage[TR][Skill.NONE.ordinal()];
    }

    @Test
    void payRisesInJulyInTheYearsTheMinimumWageDid() {
        assertEquals(11_402.0 / 8_506, pay(YearMonth.of(2023, 7)) / pay(YearMonth.of(2023, 6)), 1e-12);
        assertEquals(5_500.0 / 4_253, pay(YearMonth.of(2022, 7)) / pay(YearMonth.of(2022, 6)), 1e-12);
        assertEquals(1, pay(YearMonth.of(2024, 7)) / pay(YearMonth.of(2024, 6)), 1e-12); // 2024: no July rise
        assertEquals(17_002.0 / 11_402, pay(YearMonth.of(2024, 1)) / pay(YearMonth.of(2023, 12)), 1e-12);
    }

    @Test
    void theStatedPayIs2023sMeanSo2024PaysItsRateOver2023sMeanRate() {
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            sum += pay(YearMonth.of(2023, month)) / 12;
        }
        assertEquals(13_000, sum, 1e-6); // the stated unskilled pay, at the price base year
        assertEquals(13_000 * 17_002 / ((8_506 + 11_402) / 2.0), pay(YearMonth.of(2024, 5)), 1e-6);
    }
}
