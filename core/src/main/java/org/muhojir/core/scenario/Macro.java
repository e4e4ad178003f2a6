package org.muhojir.core.scenario;

import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Param;

/**
 * Exogenous national paths.
 *
 * @param gdpUsdMillion annual gross domestic product, millions of current US dollars, by month it applies to
 * @param tjsPerUsd     somoni per US dollar, by month
 * @param prices        Tajikistan's consumer prices by month, any base: the poverty lines are stated at the prices
 *                      of {@code priceBaseYear} and move with this index
 * @param homeIncomes   Tajikistan's nominal income per person by month, any base: local wages and non-labour income
 *                      are stated at {@code priceBaseYear} and move with this index
 * @param priceBaseYear the year whose prices every money value of the scenario is stated at (somoni at home, each
 *                      destination's currency abroad): each moves from it by its index, backwards and forwards
 * @param tjsPerPppDollar2017 somoni per international dollar of household consumption in 2017 (2017 PPP), for the
 *                      international poverty lines
 * @param growthBeyondData what a run assumes after the last month of each wage and price index (at home and at
 *                      every destination): they grow at this rate, per cent a year (0: they stay flat)
 */
public record Macro(
        @Param(doc = "Annual gross domestic product (millions of current US dollars), by the month it applies from.",
                unit = "USD million a year", min = 0, minExclusive = true,
                source = "data:gdp_usd_wdi 2005-2023, data:tjk_gdp_current_usd 2024 (the World Bank's) and 2025 (the "
                + "IMF's estimate; both partly unconfirmed); held after (assumption)")
        MonthlySeries gdpUsdMillion,
        @Param(doc = "Somoni per US dollar, by month (the recorded path; an exchangeRateShock on TJS multiplies it "
                + "while in force, an exchangeRatePath replaces it).", unit = "TJS per USD", min = 0,
                minExclusive = true, recorded = true,
                source = "data:tjs_per_usd_annual (WDI 2005-2024; 2025 from memory, unconfirmed), each year's average "
                + "kept; held after 2025")
        MonthlySeries tjsPerUsd,
        @Param(doc = "Tajikistan's consumer prices by month, any base: the poverty lines are stated at the prices "
                + "of priceBaseYear and move with this index, before and after it (and real incomes at home grow "
                + "as far as homeIncomes outpaces it).",
                unit = "index", min = 0, minExclusive = true, recorded = true,
                source = "data:tjk_cpi_inflation_annual_avg (WDI to 2016, World Bank inflation database 2017-2023, "
                + "IMF estimate 2024 and a secondary source 2025, both flagged in the data), chained into a price "
                + "level, each year's average kept; held after 2025 (assumption: flat)")
        MonthlySeries prices,
        @Param(doc = "Tajikistan's nominal income per person by month, any base: local wages and non-labour income "
                + "(farm produce, pensions, transfers) are stated at priceBaseYear and move with this index, before "
                + "and after it.", unit = "index", min = 0, minExclusive = true, recorded = true,
                source = "data:tjk_wage_nominal_points (TajStat's average monthly wage as the press reported it) from "
                + "its second point, 2014-03, to 2025-08, joined by a constant growth rate between observations, "
                + "held after (assumption: flat); before 2014-03 nominal GDP per person (data:gdp_usd_wdi x "
                + "data:tjs_per_usd_annual, whose 2025 rate from memory is not used here, / data:population_wdi, "
                + "each year's average kept) linked to the wage in "
                + "that month. The wage's only earlier point, March 2011, a seasonal low at 1.5 times GDP per "
                + "person where later points are 1.9 to 2.1 times, doubled incomes from 2011 to 2014 while prices "
                + "rose a fifth and put poverty 12 to 16 points above the figures of 2010-2012 (docs/calibration.md, "
                + "section 3)")
        MonthlySeries homeIncomes,
        @Param(doc = "The year whose prices every money value of the scenario is stated at: local wages, non-labour "
                + "income (moved by homeIncomes), the poverty lines (by prices), and each destination's wages, "
                + "living cost (moved by its wageIndex and priceIndex; its employmentRate by labourDemand likewise). A run "
                + "from any month, with or without a history, reads the same stated values: the indices take them "
                + "back to earlier years and forward to later ones. Fees and dollar costs are dated or fixed as "
                + "stated, whatever this is.", unit = "year", min = 1990, max = 2100,
                source = "setting: 2023, the year the bundled world's values are stated for")
        int priceBaseYear,
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
    private static final int PPP_YEAR = 2017;

    /** Tajikistan's price level in {@code month} relative to {@link #priceBaseYear} (1 on average in that year). */
    public double homePriceLevel(java.time.YearMonth month) {
        return prices.relativeTo(priceBaseYear, month, growthBeyondData);
    }

    /** Tajikistan's nominal income level in {@code month} relative to {@link #priceBaseYear} (1 on average in it). */
    public double homeIncomeLevel(java.time.YearMonth month) {
        return homeIncomes.relativeTo(priceBaseYear, month, growthBeyondData);
    }

    /**
     * An international poverty line of {@code usdPerDay} 2017 PPP dollars a day as somoni per person per month in
     * {@code month}: {@code usdPerDay x tjsPerPppDollar2017 x 365 / 12 x prices(month) / prices(2017)}.
     */
    public double internationalLineTjs(double usdPerDay, java.time.YearMonth month) {
        return usdPerDay * tjsPerPppDollar2017 * DAYS_PER_MONTH * prices.relativeTo(PPP_YEAR, month, growthBeyondData);
    }
}
