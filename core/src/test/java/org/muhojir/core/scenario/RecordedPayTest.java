package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Skill;

/**
 * Pay at the destinations whose wage series are statutory rates or have points within a year follows the data
 * (data/exogenous-inputs.json), each stated at 2023's mean: the UK's National Living Wage from April
 * (gbr_national_living_wage_hourly: 9.50 GBP an hour from April 2022, 10.42 from April 2023, 11.44 from April 2024,
 * 12.21 from April 2025), Turkey's net minimum wage with its July rises (tur_min_wage_net_monthly: 4,253 and 5,500
 * TRY in 2022, 8,506 and 11,402 in 2023, 17,002 from January 2024, 22,104 from January 2025), Kazakhstan's average
 * wage and its 2025 quarters (kaz_wage_nominal_avg_annual: 364,295 KZT in 2023, 405,416 in 2024, 423,133 and 448,620
 * in 2025's first two quarters against 382,279 and 403,251 in 2024's).
 */
class RecordedPayTest {
    private static final Destination UK = Destination.UK;
    private static final Destination TR = Destination.TURKEY;
    private static final Destination KZ = Destination.KAZAKHSTAN;

    /** The unskilled wage at {@code d} in month {@code m}, the destination's currency a month. */
    private static double pay(Destination d, YearMonth m) {
        Conditions c = new Conditions();
        new Timeline(TajikistanDefaults.baseline()).resolve(m, c);
        return c.wage[d.ordinal()][Skill.NONE.ordinal()];
    }

    private static double yearMean(Destination d, int year) {
        double sum = 0;
        for (int month = 1; month <= 12; month++) {
            sum += pay(d, YearMonth.of(year, month)) / 12;
        }
        return sum;
    }

    @Test
    void ukPayFollowsTheLivingWageFromApril() {
        double season2023 = pay(UK, YearMonth.of(2023, 6));
        assertEquals(season2023, pay(UK, YearMonth.of(2023, 4)), 1e-9, "the 2023 rate from April");
        assertEquals(season2023, pay(UK, YearMonth.of(2024, 3)), 1e-9, "until the next April");
        assertEquals(season2023 * 9.50 / 10.42, pay(UK, YearMonth.of(2023, 3)), 1e-9, "2022's rate until March 2023");
        assertEquals(season2023 * 11.44 / 10.42, pay(UK, YearMonth.of(2024, 4)), 1e-9, "2024's from April 2024");
        assertEquals(season2023 * 12.21 / 10.42, pay(UK, YearMonth.of(2025, 9)), 1e-9, "2025's");
        assertEquals(season2023 * 12.21 / 10.42, pay(UK, YearMonth.of(2027, 1)), 1e-9, "held after the data");
    }

    @Test
    void ukStatedPayIs2023sAverage() {
        // data:migrant_wages_uk_seasonal 2023, at 0.804 GBP per USD: 2,290 GBP a month for the unskilled, 2023's
        // mean (as every money value of the defaults, at the price base year's level): January to March at 2022's rate;
        // the pay is what is left after income tax and National Insurance, 17% (PayDeductionsTest)
        assertEquals(2_290 * 0.83, yearMean(UK, 2023), 1e-9);
        assertEquals(2_290 * 0.83 / ((3 * 9.50 + 9 * 10.42) / 12 / 10.42), pay(UK, YearMonth.of(2023, 7)), 1e-9);
    }

    @Test
    void turkeysPayRisesInJulyInTheYearsTheMinimumWageDid() {
        assertEquals(11_402.0 / 8_506, pay(TR, YearMonth.of(2023, 7)) / pay(TR, YearMonth.of(2023, 6)), 1e-12);
        assertEquals(5_500.0 / 4_253, pay(TR, YearMonth.of(2022, 7)) / pay(TR, YearMonth.of(2022, 6)), 1e-12);
        assertEquals(1, pay(TR, YearMonth.of(2024, 7)) / pay(TR, YearMonth.of(2024, 6)), 1e-12); // 2024: no July rise
        assertEquals(17_002.0 / 11_402, pay(TR, YearMonth.of(2024, 1)) / pay(TR, YearMonth.of(2023, 12)), 1e-12);
    }

    @Test
    void turkeysStatedPayIs2023sMeanSo2024PaysItsRateOver2023sMeanRate() {
        assertEquals(13_000, yearMean(TR, 2023), 1e-6); // the stated unskilled pay, at the price base year
        assertEquals(13_000 * 17_002 / ((8_506 + 11_402) / 2.0), pay(TR, YearMonth.of(2024, 5)), 1e-6);
    }

    @Test
    void kazakhPayFollowsTheAnnualAveragesAnd2025sQuartersOverThe2024Ones() {
        assertEquals(405_416.0 / 364_295, yearMean(KZ, 2024) / yearMean(KZ, 2023), 1e-9);
        // 2025's first half-year over 2024's, quarter against quarter (Kazakh pay has a season of its own)
        double growth = (423_133.0 + 448_620.0) / (382_279.0 + 403_251.0);
        assertEquals(growth * 405_416.0 / 364_295, yearMean(KZ, 2025) / yearMean(KZ, 2023), 1e-9);
        assertTrue(pay(KZ, YearMonth.of(2025, 12)) > pay(KZ, YearMonth.of(2025, 1)), "rising through 2025");
        assertEquals(pay(KZ, YearMonth.of(2025, 12)), pay(KZ, YearMonth.of(2026, 3)), 1e-9); // held after the data
    }
}
