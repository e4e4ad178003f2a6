package org.muhojir.core.scenario;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.muhojir.core.param.MonthlySeries;

/**
 * Russia's work patent as the law sets it (Tax Code, article 227.1): the monthly fee is a base of 1,200 RUB times
 * the year's federal deflator coefficient times the region's coefficient, fixed for the calendar year
 * (data:patent_fee_formula in {@code data/tajikistan-calibration.json}; data:rus_patent_federal_deflator, some
 * years from memory, in {@code data/exogenous-inputs.json}).
 */
public final class PatentFee {
    /** The base of the formula, RUB a month (data:patent_fee_formula base_rate). */
    public static final double BASE_RUB = 1_200;
    /**
     * Moscow's published regional coefficients, by year (data:patent_fee_formula: 2.8592 for 2025, 2.9323 for
     * 2026).
     */
    static final Map<Integer, Double> MOSCOW_PUBLISHED_COEFFICIENTS = Map.of(2025, 2.8592, 2026, 2.9323);
    /**
     * The fee before the 2015 reform, RUB a month, for runs that start earlier: the formula's base without deflator
     * or regional coefficient (assumption; the pre-2015 patent cost about 1,000-1,200 RUB).
     */
    public static final double BEFORE_2015_RUB = BASE_RUB;

    private PatentFee() {
    }

    /**
     * The monthly fee in RUB for a year's deflator and regional coefficient, rounded to whole roubles as regions
     * publish it (Moscow's 2025 coefficient gives 8,900.1, published as 8,900).
     */
    public static double monthly(double deflator, double regionalCoefficient) {
        return Math.round(BASE_RUB * deflator * regionalCoefficient);
    }

    /**
     * Moscow's regional coefficient by year: the published coefficient where the data has one (2025, 2026), else the
     * one the reported Moscow fee implies (data:rus_patent_price_moscow, 2021 from memory, over the base and the
     * year's deflator).
     */
    public static Map<Integer, Double> moscowCoefficients() {
        Map<Integer, Double> coefficients = new TreeMap<>();
        RecordedInputs.RUSSIA_PATENT_MOSCOW.byYear().forEach((year, fee) -> coefficients.put(year,
                fee / (BASE_RUB * RecordedInputs.RUSSIA_PATENT_DEFLATOR.value(year))));
        coefficients.putAll(MOSCOW_PUBLISHED_COEFFICIENTS);
        return coefficients;
    }

    /**
     * Moscow's fee by month: {@link #BEFORE_2015_RUB} before 2015, then for each year of the deflator's data the
     * formula with Moscow's coefficient, fixed from January; after the last year it holds.
     */
    public static MonthlySeries moscow() {
        Map<YearMonth, Double> fee = new LinkedHashMap<>();
        fee.put(YearMonth.of(2005, 1), BEFORE_2015_RUB);
        Map<Integer, Double> coefficients = moscowCoefficients();
        RecordedInputs.RUSSIA_PATENT_DEFLATOR.byYear().forEach((year, deflator) ->
                fee.put(YearMonth.of(year, 1), monthly(deflator, coefficients.get(year))));
        return MonthlySeries.of(fee);
    }
}
