package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Pay in Kazakhstan follows the average wage (data/exogenous-inputs.json kaz_wage_nominal_avg_annual: 364,295 KZT in
 * 2023, 405,416 in 2024, and in 2025 423,133 in the first quarter and 448,620 in the second), not held at 2024's.
 */
class KazakhPayTest {
    private static final int KZ = Destination.KAZAKHSTAN.ordinal();

    private static double pay(YearMonth m) {
        Conditions c = new Conditions();
        new Timeline(TajikistanDefaults.baseline()).resolve(m, c);
        return c.wage[KZ][Skill.NONE.ordinal()];
    }

    private static double yearMean(int year) {
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            sum += pay(YearMonth.of(year, month)) / 12;
        }
        return sum;
    }

    @Test
    void payFollowsTheAnnualAveragesAnd2025sQuarters() {
        assertEquals(405_416.0 / 364_295, yearMean(2024) / yearMean(2023), 1e-9);
        assertEquals(423_133.0 / 364_295, pay(YearMonth.of(2025, 2)) / yearMean(2023), 1e-9);
        assertEquals(448_620.0 / 364_295, pay(YearMonth.of(2025, 5)) / yearMean(2023), 1e-9);
        assertEquals(pay(YearMonth.of(2025, 5)), pay(YearMonth.of(2026, 3)), 1e-9); // held after the data
    }
}
