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
 */
public record Macro(
        @Param(doc = "Annual gross domestic product (millions of current US dollars), by the month it applies from.",
                unit = "USD million a year", min = 0, minExclusive = true,
                source = "data:gdp_usd_wdi 2005-2023, data:gdp_national 2024; held after (assumption)")
        MonthlySeries gdpUsdMillion,
        @Param(doc = "Somoni per US dollar, by month.", unit = "TJS per USD", min = 0, minExclusive = true,
                source = "data:exchange_rate_tjs_per_usd, annual averages; held after 2024")
        MonthlySeries tjsPerUsd,
        @Param(doc = "Tajikistan's consumer prices by month, any base: local wages, non-labour income and the "
                + "poverty lines are those of the run's first twelve months and move with this index after.",
                unit = "index", min = 0, minExclusive = true,
                source = "data:tjk_cpi_inflation_annual_avg (WDI to 2016, World Bank inflation database 2017-2023, "
                + "IMF estimate 2024 and a secondary source 2025, both flagged in the data), chained into a price "
                + "level, each year's average kept; held after 2025 (assumption: flat)")
        MonthlySeries prices) implements java.io.Serializable {
}
