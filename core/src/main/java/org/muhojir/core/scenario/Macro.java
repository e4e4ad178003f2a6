package org.muhojir.core.scenario;

import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Param;

/**
 * Exogenous national paths.
 *
 * @param gdpUsdMillion annual gross domestic product, millions of current US dollars, by month it applies to
 * @param tjsPerUsd     somoni per US dollar, by month
 * @param prices        Tajikistan's consumer prices by month, any base: local wages, non-labour income and the
 *                      poverty lines are those of the run's first twelve months and move with this index
 * @param tjsPerPppDollar2017 somoni per international dollar of household consumption in 2017 (2017 PPP), for the
 *                      international poverty lines
 * @param growthBeyondData what a run assumes after the last month of each wage and price index (at home and at
 *                      every destination): they grow at this rate, per cent a year (0: they stay flat)
 */
public record Macro(
        @Param(doc = "Annual gross domestic product (millions of current US dollars), by the month it applies from.",
                unit = "USD million a year", min = 0, minExclusive = true,
                source = "data:gdp_usd_wdi 2005-2023, data:gdp_national 2024; held after (assumption)")
        MonthlySeries gdpUsdMillion,
        @Param(doc = "Somoni per US dollar, by month (the recorded path; an exchangeRateShock on TJS multiplies it "
                + "while in force, an exchangeRatePath replaces it).", unit = "TJS per USD", min = 0,
                minExclusive = true, recorded = true,
                source = "data:tjs_per_usd_annual (WDI 2005-2024; 2025 from memory, unconfirmed), each year's average "
                + "kept; held after 2025")
        MonthlySeries tjsPerUsd,
        @Param(doc = "Tajikistan's consumer prices by month, any base: local wages, non-labour income and the "
                + "poverty lines are those of the run's first twelve months and move with this index after.",
                unit = "index", min = 0, minExclusive = true, recorded = true,
                source = "data:tjk_cpi_inflation_annual_avg (WDI to 2016, World Bank inflation database 2017-2023, "
                + "IMF estimate 2024 and a secondary source 2025, both flagged in the data), chained into a price "
                + "level, each year's average kept; held after 2025 (assumption: flat)")
        MonthlySeries prices,
        @Param(doc = "Somoni per international dollar of household consumption in 2017 (the 2017 purchasing-power "
                + "parity): the international poverty lines of USD 2.15 and 3.65 a day are these somoni in 2017 "
                + "prices, moved with Tajik prices (prices).", unit = "TJS per 2017 PPP dollar", min = 0,
                minExclusive = true, plausibleMin = 1, plausibleMax = 5,
                source = "the World Bank's PPP conversion factor for private consumption (WDI PA.NUS.PRVT.PP, "
                + "Tajikistan 2017; International Comparison Program 2017): not in data/; 2.3 is from memory, "
                + "unconfirmed (near the price level of about 0.27 times the 2017 market rate of 8.55 somoni per "
                + "dollar, data:tjs_per_usd_annual), to be checked against the WDI file")
        double tjsPerPppDollar2017,
        @Param(doc = "What the run assumes after the last month of each wage and price index (Tajik prices, and wages "
                + "and prices at every destination): they grow at this rate, compounded by month; 0 holds them flat "
                + "at their last value. Exchange rates, labour demand, GDP and fees hold their last value whatever "
                + "this is.", unit = "% a year", min = -50, max = 100, plausibleMin = -5, plausibleMax = 20,
                source = "assumption: 0 (flat), so that a run past the data (2025 for most series) shows its "
                + "policies at the last recorded wages and prices rather than at a guessed inflation; a scenario "
                + "names its own rate")
        double growthBeyondData) implements java.io.Serializable {
    /** Days in an average month (365 / 12), to turn a line a day into a line a month. */
    private static final double DAYS_PER_MONTH = 365.0 / 12;
    /** The year the international lines' parity is for. */
    private static final java.time.YearMonth PPP_YEAR = java.time.YearMonth.of(2017, 1);

    /**
     * An international poverty line of {@code usdPerDay} 2017 PPP dollars a day as somoni per person per month in
     * {@code month}: {@code usdPerDay x tjsPerPppDollar2017 x 365 / 12 x prices(month) / prices(2017)}.
     */
    public double internationalLineTjs(double usdPerDay, java.time.YearMonth month) {
        double in2017 = 0;
        for (int i = 0; i < 12; i++) {
            in2017 += prices.atGrowing(PPP_YEAR.plusMonths(i), growthBeyondData) / 12;
        }
        return usdPerDay * tjsPerPppDollar2017 * DAYS_PER_MONTH * prices.atGrowing(month, growthBeyondData) / in2017;
    }
}
