package org.muhojir.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.param.MonthlySeries;

/** Russia's patent fee follows its legal formula: 1,200 RUB x the year's deflator x the region's coefficient. */
class PatentFeeTest {
    @Test
    void thePublishedMoscowCoefficientsGiveTheReportedFees() {
        // data:patent_fee_formula: Moscow's coefficient 2.8592 (2025) and 2.9323 (2026); data:rus_patent_federal_
        // deflator 2.594 and 2.842; data:rus_patent_price_moscow reports 8,900 and 10,000 RUB for those years
        assertEquals(8_900, 1_200 * 2.594 * 2.8592, 1);
        assertEquals(10_000, 1_200 * 2.842 * 2.9323, 1);
        MonthlySeries fee = PatentFee.moscow();
        assertEquals(8_900, fee.at(YearMonth.of(2025, 7)), 0); // 8,900.1 rounded to whole roubles
        assertEquals(10_000, fee.at(YearMonth.of(2026, 1)), 0); // 10,000.3
    }

    @Test
    void theFeeIsFixedForTheCalendarYearAndHeldBeforeAndAfterTheData() {
        MonthlySeries fee = PatentFee.moscow();
        assertEquals(1_200, fee.at(YearMonth.of(2014, 12)), 1e-9); // before the 2015 reform (assumption)
        assertEquals(4_000, fee.at(YearMonth.of(2015, 1)), 1e-9); // data:rus_patent_price_moscow 2015
        assertEquals(4_000, fee.at(YearMonth.of(2015, 12)), 1e-9);
        assertEquals(6_600, fee.at(YearMonth.of(2023, 6)), 0);
        assertEquals(fee.at(YearMonth.of(2026, 12)), fee.at(YearMonth.of(2030, 6)), 1e-9);
    }

    @Test
    void theImpliedCoefficientIsTheFeeOverTheBaseAndDeflator() {
        // 2016: 4,200 RUB over 1,200 x 1.514
        assertEquals(4_200 / (1_200 * 1.514), PatentFee.moscowCoefficients().get(2016), 1e-12);
        assertEquals(2.9323, PatentFee.moscowCoefficients().get(2026), 1e-12);
    }
}
