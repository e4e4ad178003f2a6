package org.muhojir.core.calibration;

import static org.muhojir.core.calibration.HistoryTargets.cal;
import static org.muhojir.core.calibration.HistoryTargets.taj;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The figures of the calibration years in {@code data/} that no moment of the model measures, each with its reason,
 * so that the history's fit table lists them instead of dropping them silently. Series the files mark as inputs
 * ({@code kind: input}: GDP, population, exchange rates, the census, regional population, patent fees, dated
 * policy events) are inputs of the scenarios, not figures to reproduce, and are not listed; nor are figures of a
 * year that is not a calibration year (the 2007 and 2009 surveys, 'c.2014', '2013-14', 'c.2015-17', 'c.2019-20')
 * except the 2023 anchor's households-with-migrant figure ('c.2019', see {@link CalibrationTargets#targets2023()}).
 */
public final class UnmodelledFigures {
    private static final String INPUT_WAGE = "Tajikistan's wage is an input of the scenarios (the local wage path), "
            + "not an outcome; point values in a month with a December spike are not annual means";
    private static final String INPUT_PRICES = "prices are an input of the scenarios (the consumer price path), not "
            + "an outcome";
    private static final String NO_TRANSACTIONS = "the model sends each member's remittances as one monthly amount; "
            + "it has no transactions whose average size could be compared";
    private static final String[] WAGE_PATHS = {"observations/0/value", "observations/1/value_usd",
        "observations/2/value_rub", "observations/3/value", "observations/4/value", "observations/5/value",
        "observations/6/value", "observations/7/value", "observations/8/value", "observations/9/value"};
    private static final int[] WAGE_YEARS = {2011, 2013, 2013, 2017, 2018, 2018, 2019, 2019, 2023, 2023};
    private static final String[] WAGES = {"472 TJS", "159.44 USD", "4864.73 RUB", "1174 TJS", "1169 TJS",
        "1324.98 TJS", "1350 TJS", "1466 TJS", "1878.98 TJS", "2227 TJS"};
    private static final Map<Integer, String> CPI = Map.of(2010, "9.8", 2011, "9.3", 2012, "6.4", 2013, "3.7", 2017,
            "6.7", 2018, "5.4", 2019, "8.0", 2023, "3.8");
    private static final Map<Integer, String> POVERTY_190 = Map.of(2017, "3.58", 2018, "2.95", 2019, "2.61");

    private UnmodelledFigures() {
    }

    /** Every unmodelled figure, by series. */
    public static List<UnmodelledFigure> all() {
        List<UnmodelledFigure> out = new ArrayList<>(List.of(
                figure("patents_jan_sep", 2019, "work patents issued to Tajik citizens, January-September 2019",
                        cal("ru_patents_issued_to_tajik_citizens", "observations/0/value", 1), "416200",
                        "the model has no count of patents bought; a member's legal status is kept, not a stock "
                                + "of documents issued"),
                figure("patents_all_citizenships", 2018, "patents issued in Russia to all citizenships, 2018",
                        cal("ru_patents_issued_to_tajik_citizens", "context/0/value", 1), "1700000",
                        "not Tajik-specific"),
                figure("work_entries_jan_sep", 2018, "border entries of Tajik citizens into Russia declaring work, "
                        + "January-September 2018", cal("ru_entries_declared_work_tajiks", "observations/0/value", 1),
                        "790116",
                        "entry events, not persons (one person enters several times); the model counts departures "
                                + "from home, not border crossings"),
                figure("work_entries_h1", 2019, "border entries declaring work, first half of 2019 (FSB)",
                        cal("ru_entries_declared_work_tajiks", "observations/1/value", 1), "523900",
                        "entry events, not persons; the model counts departures from home, not border crossings"),
                figure("migrant_earnings_legal", 2017, "monthly earnings of Tajiks working legally in Russia, RUB",
                        cal("ru_migrant_monthly_earnings_tajiks", "observations/0/value", 1), "27900",
                        "the migrants' Russian wage is an input of the scenarios (data/exogenous-inputs.json), "
                                + "not an outcome"),
                figure("migrant_earnings_irregular", 2017, "monthly earnings of Tajiks working illegally in Russia, "
                        + "RUB", cal("ru_migrant_monthly_earnings_tajiks", "observations/1/value", 1), "25100",
                        "the migrants' Russian wage is an input of the scenarios, not an outcome"),
                figure("migrant_weekly_hours", 2017, "weekly hours of all migrants in the HSE study",
                        cal("ru_migrant_weekly_hours", "observations/0/value", 1), "59",
                        "the model has no hours of work; not Tajik-specific either"),
                figure("average_transfer_q2", 2011, "average CBR transfer to Tajikistan, 2011-Q2, USD",
                        cal("remit_avg_transfer_size_russia_to_tj", "observations/0/value", 1), "366", NO_TRANSACTIONS),
                figure("average_transfer_q1", 2013, "average CBR transfer, 2013-Q1, USD",
                        cal("remit_avg_transfer_size_russia_to_tj", "observations/1/value", 1), "310", NO_TRANSACTIONS),
                figure("average_transfer_jan_sep", 2013, "average CBR transfer, January-September 2013, USD",
                        cal("remit_avg_transfer_size_russia_to_tj", "observations/2/value", 1), "355", NO_TRANSACTIONS),
                figure("average_transfer", 2017, "average CBR transfer, 2017, USD (as printed; implausibly low)",
                        cal("remit_avg_transfer_size_russia_to_tj", "observations/3/value", 1), "98", NO_TRANSACTIONS),
                figure("average_transfer_q3", 2017, "average CBR transfer, 2017-Q3, USD",
                        taj("remittance_per_sender", "observations/4/value", 1), "102", NO_TRANSACTIONS),
                figure("average_transfer_finexpertiza", 2019, "average transfer (FinExpertiza), 2019, USD",
                        taj("remittance_per_sender", "observations/5/value", 1), "195", NO_TRANSACTIONS
                                + "; the cited article is about transfers to Uzbekistan"),
                figure("migrant_sector_construction", 2023, "per cent of 2023 returnees who worked in construction "
                        + "(IOM)", taj("migrant_sector_shares", "values/2023_IOM_returnees/construction", 1), "43",
                        "the model has no sectors of work abroad"),
                figure("registered_unemployment_rate", 2023, "registered unemployment rate, per cent",
                        taj("registered_unemployment_2023", "values/rate_pct", 1), "1.8",
                        "the model has no register of the unemployed"),
                figure("families_depending_on_remittances", 2011, "'>50% of families depend on remittances'",
                        taj("households_with_migrant_share", "observations/1/value", 1),
                        ">50% of families depend on remittances",
                        "dependence is not a concept the model measures (it reports households with a migrant "
                                + "and households receiving)"),
                figure("migrant_wages_anecdote", 2023, "migrants' wages 'up to 70,000 (Sochi) vs up to 40,000 in "
                        + "Astana'", taj("migrant_wages_russia", "observations/1/value", 1),
                        "up to 70,000 (Sochi) vs up to 40,000 in Astana, Kazakhstan",
                        "an anecdote of wages, which are inputs"),
                figure("uk_seasonal_hourly_wage", 2023, "UK seasonal workers' hourly wage, USD (anecdote)",
                        taj("migrant_wages_uk_seasonal", "values/hourly", 1), "12.5",
                        "an anecdote of a wage, an input"),
                figure("households_registered", 2019, "households registered (estimate)",
                        taj("households_registered_2019", "value", 1), "1300000",
                        "the number of households follows the population, an input (the census of 2010 and the "
                                + "World Bank's population)")));
        for (int year : List.of(2017, 2018, 2019)) {
            out.add(figure("poverty_190_ppp2011", year, "share below USD 1.90 a day (2011 PPP), per cent",
                    taj("poverty_190_2011ppp", "values/" + year, 1), POVERTY_190.get(year), "the model's "
                            + "international lines are USD 2.15 and 3.65 a day at 2017 PPP (poverty_215_ppp2017), not "
                            + "USD 1.90 at 2011 PPP"));
        }
        for (int year : HistoryTargets.CALIBRATION_YEARS.stream().sorted().toList()) {
            out.add(figure("cpi_inflation", year, "consumer price inflation, December to December, per cent",
                    cal("tj_cpi_inflation_dec_dec", "values/" + year, 1), CPI.get(year), INPUT_PRICES));
        }
        for (int i = 0; i < WAGE_PATHS.length; i++) {
            out.add(figure("average_wage_" + (i + 1), WAGE_YEARS[i], "Tajikistan's average monthly wage, a point "
                    + "value (TJS, USD or RUB as the file gives it)", cal("tj_average_monthly_nominal_wage",
                    WAGE_PATHS[i], 1), WAGES[i], INPUT_WAGE));
        }
        return List.copyOf(out);
    }

    private static UnmodelledFigure figure(String stem, int year, String description, DataCell data, String value,
                                           String reason) {
        return new UnmodelledFigure(stem + "_" + year, year, description, data, value, reason);
    }
}
