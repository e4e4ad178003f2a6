package org.muhojir.core.scenario;

import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Param;

/**
 * Exogenous national paths.
 *
 * @param gdpUsdMillion annual gross domestic product, millions of current US dollars, by month it applies to
 * @param tjsPerUsd     somoni per US dollar, by month
 */
public record Macro(
        @Param(doc = "Annual gross domestic product (millions of current US dollars), by the month it applies from.",
                unit = "USD million a year", min = 0, minExclusive = true,
                source = "data:gdp_usd_wdi 2005-2023, data:gdp_national 2024; held after (assumption)")
        MonthlySeries gdpUsdMillion,
        @Param(doc = "Somoni per US dollar, by month.", unit = "TJS per USD", min = 0, minExclusive = true,
                source = "data:exchange_rate_tjs_per_usd, annual averages; held after 2024")
        MonthlySeries tjsPerUsd) implements java.io.Serializable {
}
