package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * Which data each year of an input comes from, as {@code episode-inputs.csv} cites it: the series the defaults
 * actually read in that year ({@code TajikistanDefaults}), not only the first one listed.
 */
class EpisodeInputsTest {
    private static final Scenario BASELINE = TajikistanDefaults.baseline();

    private static String source(String input, int year) {
        EpisodeInputs.Input in = EpisodeInputs.INPUTS.stream().filter(i -> i.name().equals(input)).findFirst()
                .orElseThrow();
        return EpisodeInputs.source(BASELINE, in, year);
    }

    @Test
    void russianLabourDemandCitesTheAnnualRatesTo2016AndTheMonthlySurveyFrom2017() {
        assertEquals("data:rus_unemployment_rate_annual", source("russia_employment_rate", 2016));
        assertEquals("data:rus_unemployment_rate_monthly_3mma", source("russia_employment_rate", 2017));
        assertEquals("data:rus_unemployment_rate_monthly_3mma", source("russia_employment_rate", 2025));
    }

    @Test
    void theRoubleAfterItsMonthlyAveragesCitesTheDatedDays() {
        assertEquals("data:rub_per_usd_monthly data:rub_per_usd_annual", source("rub_per_usd", 2023));
        assertEquals("data:rub_per_usd_annual data:rub_per_usd_annual/notes", source("rub_per_usd", 2025)
                .replaceFirst(" \\(2025 as the data flags it.*$", ""));
    }

    @Test
    void gdpOf2024And2025CarriesWhatTheDataSayOfThem() {
        assertEquals("data:gdp_usd_wdi", source("gdp_usd_million", 2023));
        assertEquals("data:tjk_gdp_current_usd (2024 as the data flags it: tjk_gdp_current_usd: reported via secondary "
                + "mirror of WDI)", source("gdp_usd_million", 2024));
        assertEquals("data:tjk_gdp_current_usd (2025 as the data flags it: tjk_gdp_current_usd: IMF estimate via "
                + "secondary page (rounded))", source("gdp_usd_million", 2025));
    }

    @Test
    void ukPayCitesTheLivingWage() {
        assertEquals("data:gbr_national_living_wage_hourly", source("uk_unskilled_pay", 2023));
    }

    @Test
    void kazakhPayOf2025CitesItsTwoQuartersNotAValueBeforeTheData() {
        assertEquals("data:kaz_wage_nominal_avg_annual/quarterly_2025", source("kazakhstan_unskilled_pay", 2025));
        assertEquals("beyond the data (after 2025-12): held flat", source("kazakhstan_unskilled_pay", 2026));
    }
}
