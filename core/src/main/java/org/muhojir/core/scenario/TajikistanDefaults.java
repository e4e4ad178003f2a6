package org.muhojir.core.scenario;

import java.time.Month;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.EntryExam;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TightenedRules;
import org.muhojir.core.policy.TravelCostChange;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * The default scenario, the one world: Tajikistan simulated from January 2010 (after its warm-up at 2010's inputs)
 * with the dated inputs and rules of every year, reported from January 2023 for ten years, no shocks. Every money
 * value is stated at 2023 prices ({@link Macro#priceBaseYear()}) and moves by its recorded index. Every number says where
 * it comes from: {@code data:KEY} is a series in one of the files of {@code data/} (the project's copy of the
 * figures; its README lists them); "assumption" marks a value with no direct source; "calibrated" marks a value fitted by simulated method of
 * moments, jointly, to the figures of 2010-2013, 2017-2019 and 2023
 * ({@link org.muhojir.core.calibration.CalibrationTargets#history()}) on the one world's history (see
 * {@code docs/calibration.md}, section 6: the run, the fit table, and how to recalibrate); "tuned towards data:KEY"
 * marks an assumption set by hand, in a few trial runs, so that the baseline comes near that target (see
 * {@code docs/ODD.md}, section 7, for the full table). The observed outcomes of shock episodes are never written into any parameter.
 */
public final class TajikistanDefaults {
    /** First reported month of the present-day baseline. */
    public static final YearMonth START = YearMonth.of(2023, 1);
    /**
     * First month of the history before it: January 2010, the first of the calibration years (2010-2013, 2017-2019,
     * 2023), so that the figures of 2010-2012 are simulated and 2013 is a year of the history, not a settled one.
     * Every input the model reads has recorded values from 2005 except Turkey's (from 2013: its first value holds
     * before) and the monthly rouble rates (from 2013-01: the annual averages before).
     */
    public static final YearMonth HISTORY_START = YearMonth.of(2010, 1);
    /** From this month TajStat's wage points move incomes at home; before it nominal GDP per person does. */
    public static final YearMonth HOME_WAGES_FROM = YearMonth.of(2014, 3);
    /** The year whose prices the old methodology's poverty lines are stated in (data:poverty_line_tjs_per_month). */
    private static final YearMonth POVERTY_LINE_PRICES = YearMonth.of(2013, 1);
    /** The year of the local wage's figure (data:avg_wage_tajikistan). */
    private static final int LOCAL_WAGE_YEAR = 2022;
    /**
     * The Central Bank of Russia's official rouble rate on dated days after its monthly averages in the data end
     * (2024-05), from the notes of data:rub_per_usd_monthly and data:exchange_rate_rub_per_usd, each month's value the
     * mean of the rates the notes give in it (the monthly averages are not in the data): 24 December 2024 101.61; 1
     * and 15 January 2025 101.6797 and 103.44; 11 and 17 July 2025 77.9029 and 77.9585; 3 and 24 October 2025 81.01
     * and 81.2690; December 2025 the mean of 6 December's 76.09 (the year's low) and 1 January 2026's 78.2267, the
     * rates either side of the month's middle.
     */
    private static final Map<YearMonth, Double> ROUBLE_DAYS = Map.of(
            YearMonth.of(2024, 12), 101.61,
            YearMonth.of(2025, 1), (101.6797 + 103.44) / 2,
            YearMonth.of(2025, 7), (77.9029 + 77.9585) / 2,
            YearMonth.of(2025, 10), (81.01 + 81.2690) / 2,
            YearMonth.of(2025, 12), (76.09 + 78.2267) / 2);
    /**
     * The National Bank of Tajikistan's official somoni rate on the dated days in the sources of
     * data:tjs_per_usd_annual (whose 2025 average is from memory), each standing for its month: 31 December 2022
     * 10.2024 and 31 December 2023 10.9571 (Asia-Plus, 2024-02-14), 29 September 2025 9.4063 (Khovar).
     */
    private static final Map<YearMonth, Double> SOMONI_DAYS = Map.of(
            YearMonth.of(2022, 12), 10.2024,
            YearMonth.of(2023, 12), 10.9571,
            YearMonth.of(2025, 9), 9.4063);
    /**
     * Turkey's net minimum wage from July in the years it rose mid-year, TRY a month: the values_july of
     * data:tur_min_wage_net_monthly (reported; two January rates there are from memory): 2013 773, 2014 846, 2015
     * 1,000, 2022 5,500, 2023 11,402.
     */
    private static final Map<Integer, Double> TURKEY_JULY_RATES = Map.of(2013, 773.0, 2014, 846.0, 2015, 1_000.0,
            2022, 5_500.0, 2023, 11_402.0);
    /**
     * Kazakhstan's 2025 average wage, KZT a month, derived from data:kaz_wage_nominal_avg_annual (some from memory):
     * 2024's average, 405,416, times the growth of 2025's first two quarters
     * (its quarterly_2025: 423,133 and 448,620) over the same quarters of 2024 (382,279 and 403,251, the same
     * release, in the series' sources), 1.1098. Quarters are compared with the same quarters because Kazakh pay is
     * lowest in the first quarter and highest in the fourth (2024: 382,279 and 434,982 against an average of 405,416).
     */
    private static final double KAZAKH_WAGE_2025 = 405_416.0 * (423_133.0 + 448_620.0) / (382_279.0 + 403_251.0);
    /** Ten simulated years. */
    public static final int MONTHS = 120;
    /**
     * Months of warm-up simulated before the first simulated month (the history's start, 2010-01, in the baseline),
     * the inputs of that month held (assumption, measured: docs/ODD.md, Initialisation, shows the baseline settled
     * after this long).
     */
    public static final int WARM_UP_MONTHS = 240;
    /**
     * Chance of an irregular worker having work, as a share of a legal one's, at every destination (assumption,
     * bounded by data:migrant_wages_russia 2017: above 0.855, irregular work in Moscow would pay as much as legal
     * work once the 2017 patent of 4,200 RUB is paid; surveys report that it pays less).
     */
    private static final double IRREGULAR_EMPLOYMENT_SHARE = 0.85;
    /**
     * How strongly migrants' chance of work follows the destination's labour demand (assumption: a rise of
     * unemployment by one point of the labour force costs migrants about 4% of their months of work).
     */
    private static final double DEMAND_ELASTICITY = 4;
    /**
     * How much pay in Russia and Kazakhstan moves with the seasons (DestinationSpec.Labour#seasonalPayAmplitude):
     * assumption set by hand on the Central Bank of Russia's transfers to Tajikistan by quarter
     * (data:remit_cbr_transfers_russia_to_tajikistan: 16% of 2013's in its first quarter, 33% in its third, 43% of
     * 2019's in its first half; docs/calibration.md, section 6: set with the history at 0, 0.3 and 0.6).
     */
    private static final double SEASONAL_PAY = 0.3;
    /**
     * Elasticity of the chance of work of Tajiks in Russia to their number (DestinationSpec.Labour.Crowding):
     * assumption, the lower end of the own-group estimates (Borjas, 2003, Quarterly Journal of Economics 118(4): a
     * 10% larger supply of a skill group lowers its pay by 3 to 4%), set, not fitted: a free search takes it to about
     * 1, where higher pay abroad raises poverty at home (docs/calibration.md, section 6).
     */
    private static final double RUSSIA_CROWDING = 0.3;
    /**
     * Tajiks in Russia at which their chance of work is uncrowded (a normalisation): about the stock of 2011
     * (data:migrant_stock_russia, 1.03 million) and of the present-day baseline's 2023.
     */
    private static final double RUSSIA_REFERENCE_MIGRANTS = 1_000_000;
    /** A wage or price index that stays where it is: no series is used for that destination yet (assumption). */
    private static final MonthlySeries FLAT = MonthlySeries.constant(1);
    /**
     * Somoni per 2017 PPP dollar of household consumption: the World Bank's WDI PA.NUS.PRVT.PP for Tajikistan 2017
     * (ICP 2017) is the figure meant; it is not in data/, and 2.3 is from memory, unconfirmed.
     */
    private static final double PPP_2017 = 2.3;
    /**
     * The price base: every money value below is at this year's prices (the recorded indices are 1 in it), the
     * present-day baseline's first year.
     */
    private static final int BASE_YEAR = 2023;
    /** Russia's entry exam for work permits from this month (data:policy_events 2014-09-01); none before. */
    private static final YearMonth EXAM_FROM = YearMonth.of(2014, 9);
    /** The UK's seasonal-worker places for Tajik workers from this month (assumption; not in data/). */
    private static final YearMonth UK_QUOTA_FROM = YearMonth.of(2022, 1);
    // Calibrated, docs/calibration.md section 6: fitted jointly, one parameter set, on the history 2010-2023 (the
    // one world reported from 2010-01, CalibrationTargets.historyAnchor) to the figures of the calibration years
    // (CalibrationTargets.history(): 2010-2013, 2017-2019, 2023);
    // final run of 2026-12-06, latest (poverty and the Gini measured on the survey's quarter, engine.SurveyQuarter):
    // ./muhojir calibrate -t 2 on the bundled targets-history.json (BOBYQA, 1% sample, 4 replications, seed
    // 20130101; 150 evaluations, objective 46.64 to 41.88, and 150 more from there that found nothing better) from
    // the values of the engine fixes (docs/calibration.md, section 6); the concentration of considering held at its
    // earlier fit
    /**
     * Monthly probability of considering migration; with the utility of home, departures (2013, 2018-2019, 2023).
     */
    private static final double CONSIDER_RATE = 0.0967316;
    /**
     * How much considering migration concentrates in the migrant households (0: not at all); households with a
     * migrant (2019) against the stock abroad. Held at the fit of 2026-12-05: freed with the urban and rural
     * poverty figures, it rises to 0.45-0.64 and takes 2023's Gini out of its tolerance (docs/calibration.md,
     * section 6).
     */
    private static final double CONSIDER_CONCENTRATION = 0.280998;
    /** Probability that the candidate is a woman; men's share of departures (2013 and 2023). */
    private static final double FEMALE_CANDIDATE_SHARE = 0.123818;
    /** Utils per 1,000 TJS a month at 2023 prices; the rouble's fall and Russia's share of departures. */
    private static final double INCOME_WEIGHT = 0.71389;
    /**
     * Utils of staying at home over leaving; with the consider rate and the nest, how many who consider leaving go
     * and how far departures answer pay and risk (departures of every calibration year).
     */
    private static final double HOME_UTILITY = 2.26161;
    /**
     * The nested logit's dissimilarity parameter: the decision to go answers the destinations' utilities at this
     * scale (1: the multinomial logit); departures of every calibration year against Russia's pay, risk and costs
     * (docs/calibration.md, section 6: the searches from several starts and the profile).
     */
    private static final double NEST = 0.494503;
    /** Monthly probability of returning by choice; the stock abroad and households with a migrant. */
    private static final double RETURN_HAZARD = 0.0476254;
    /** Kazakhstan's utility constant, utils; Russia's share of departures 2023. */
    private static final double KAZAKHSTAN_CONSTANT = -3.09175;
    /** Non-labour income per person over the old methodology's poverty line; poverty 2010-2019 (old series). */
    private static final double NON_LABOUR_INCOME_OVER_LINE = 0.7334;
    /**
     * Monthly probability that a legal migrant in Russia long enough abroad naturalises. Assumption, not fitted: it
     * grants about 8,000 a year, far below Russia's counts of every Tajik citizen naturalised (29,000-44,700 in
     * 2017-2019), which the model's workers alone need not match; the hazard that reaches them builds a settled pool
     * that drifts (HistoryTargets, docs/calibration.md section 6).
     */
    private static final double RUSSIA_NATURALISATION_HAZARD = 0.003;
    /**
     * Rural wages relative to urban ones in the same region; with {@link #URBAN_NON_LABOUR_INCOME_FACTOR}, urban
     * against rural poverty (2013, 2018, 2019).
     */
    private static final double RURAL_WAGE_FACTOR = 0.476468;
    /**
     * An urban household's non-labour income per person relative to a rural one's (towns have few household plots);
     * urban against rural poverty (2013, 2018, 2019).
     */
    private static final double URBAN_NON_LABOUR_INCOME_FACTOR = 0.110094;
    /** Standard deviation of log income; poverty against the Gini of 2023. */
    private static final double INCOME_DISPERSION = 0.400573;
    /** After the data's last month, wages and prices stay flat (assumption; see {@link Macro#growthBeyondData}). */
    private static final double GROWTH_BEYOND_DATA = 0;
    /**
     * The share of cash above the poverty line saved each month (later spent on houses, ceremonies and durables,
     * outside the consumption poverty and the Gini are measured on): calibrated, docs/calibration.md section 6 (the
     * Gini of 2023, with income dispersion; 0.10 was an assumption until 2026-12-06).
     */
    private static final double SAVING_RATE = 0.176358;
    /**
     * The headline poverty line (the World Bank's methodology of 2025, of the 2023 figure) over the old methodology's
     * (TajStat's 145 TJS of 2013/14 moved by prices); identified by the 2023 figure once consumption is fitted to the
     * old series' years. The two methodologies' headcounts of 2010 (56% and 45%) imply about 1.21 on a log-normal
     * consumption with a Gini of 0.38 (FreeParameters#povertyLineOverOldMethodologyLine).
     */
    private static final double NEW_OVER_OLD_LINE = 1.11251;

    private TajikistanDefaults() {
    }

    /** The present-day baseline at full scale (about 1.65 million households). */
    public static Scenario baseline() {
        return new Scenario("baseline", "Present-day Tajikistan from January 2023, reached by the history from "
                + "January 2010: the recorded inputs and dated rules of every year (with Russia's published patent "
                + "fees) and the world's dated events, no shocks.", START, MONTHS, WARM_UP_MONTHS, HISTORY_START,
                population(), economy(), behaviour(), macro(), destinations(), events(), List.of());
    }

    /**
     * Where each of the world's dated events ({@link #events()}) comes from and which of its values are assumptions,
     * by event name, for the reference and the reports.
     */
    public static final Map<String, String> EVENT_SOURCES = eventSources();

    private static Map<String, String> eventSources() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("russia-mass-bans-2015", "data:policy_events 2015-01-01 (mass re-entry bans with the 2015 entry "
                + "rules); 0.5% of the migrants without papers expelled a month for two years is an assumption, each "
                + "expulsion with the 60-month ban (the upper end of the brief's three to five years) that every "
                + "deportation from Russia brings in every year of the model (destinations.Russia.enforcement."
                + "banMonths): the event adds the expulsions, not longer bans");
        m.put("border-closures-2020", "data:policy_events 2020-03: every border closed to new arrivals until regular "
                + "flights to Russia resumed on 2021-04-01 (13 months); the other destinations are assumed to "
                + "reopen with Russia");
        m.put("russia-fares-2021", "data:air_ticket_cost 2021-09: Somon Air's tariff Dushanbe-Moscow of 6,500 TJS "
                + "(USD 575 at the somoni's average rate of 2021), derived: 1.64 times the defaults' USD 350 (its "
                + "capped fare of 2021-04), the one fare of that way on record after flights to Russia resumed "
                + "(2021-04, data:policy_events), from then to 2021-12; a lower bound for 2021-04 to 2021-08, when "
                + "fares were higher before they fell in 2021-09 (a charter to Irkutsk cost USD 745); the months and "
                + "the return to USD 350 from 2022-01 are assumptions");
        m.put("russia-crackdown-2024", "data:policy_events 2024-03-22 (the Crocus City Hall attack; raids, entry "
                + "refusals and deportations follow), from the first whole month; raids three times as frequent for "
                + "six months and a year of expulsions with five-year bans, 1% of the migrants without papers a "
                + "month, are assumptions");
        m.put("russia-exam-2024", "data:policy_events 2024-05: commercial exam providers excluded, first-attempt "
                + "failure rises from about 3% to about 30%");
        m.put("turkey-visa-2024", "data:policy_events 2024-04-20: Turkey ends visa-free entry for Tajik citizens, "
                + "from the first whole month; the visa's cost (USD 160) and refusal rate (30%) are assumptions");
        m.put("russia-expulsion-regime-2025", "data:policy_events 2025-02-05: Russia's expulsion regime and register "
                + "of controlled persons; 1% a month more of the legal migrants lose their status (assumption)");
        return java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The dated events of the world, in the order they apply: Russia's mass re-entry bans with the 2015 entry rules,
     * the pandemic's border closures and the dear fares to Russia after them, and the policies of 2024-2025.
     * {@link #EVENT_SOURCES} gives each one's source; their sizes and lengths are assumptions where the data give only
     * the date.
     */
    public static List<WorldEvent> events() {
        // data:policy_events for every date (the fares: data:air_ticket_cost); sizes and lengths are assumptions where
        // EVENT_SOURCES says so
        return List.of(
                WorldEvent.of("russia-mass-bans-2015",
                        new ScheduledShock(YearMonth.of(2015, 1), 24, new BanPolicy(Destination.RUSSIA, 60, 0.005))),
                WorldEvent.of("border-closures-2020",
                        new ScheduledShock(YearMonth.of(2020, 3), 13, new BorderClosure(null))),
                WorldEvent.of("russia-fares-2021",
                        new ScheduledShock(YearMonth.of(2021, 4), 9, new TravelCostChange(Destination.RUSSIA, 1.64))),
                WorldEvent.of("russia-crackdown-2024",
                        new ScheduledShock(YearMonth.of(2024, 4), 6, new RaidWave(Destination.RUSSIA, 3.0)),
                        new ScheduledShock(YearMonth.of(2024, 4), 12, new BanPolicy(Destination.RUSSIA, 60, 0.01))),
                WorldEvent.of("russia-exam-2024", new ScheduledShock(YearMonth.of(2024, 5), ScheduledShock.UNTIL_END,
                        new EntryExam(Destination.RUSSIA, 0.7, true))),
                WorldEvent.of("turkey-visa-2024", new ScheduledShock(YearMonth.of(2024, 5), ScheduledShock.UNTIL_END,
                        new EntryRouteChange(Destination.TURKEY, EntryRoute.VISA, 160, 0.3))),
                WorldEvent.of("russia-expulsion-regime-2025", new ScheduledShock(YearMonth.of(2025, 2),
                        ScheduledShock.UNTIL_END, new TightenedRules(Destination.RUSSIA, 1, 1, 0.01))));
    }

    /** Population marginals. */
    public static PopulationSpec population() {
        // data:population_wdi 2023 = 10,389,799 persons; data:avg_household_size_2010_census = 6.3
        int households = (int) Math.round(10_389_799 / 6.3);
        // data:regional_population 2020 (preliminary census), in Region order Dushanbe, Sughd, Khatlon, DRS, GBAO: the
        // one split for the whole history, as the census nearest the price base year (the 2010 census differs by
        // at most 1.2 points in any region's share)
        double[] persons = {948_800, 2_770_000, 3_444_000, 2_270_000, 227_200};
        return new PopulationSpec(households, populationIndex(), 1.0, NumberLists.of(normalise(persons)),
                // Dushanbe is a city; other regions: assumption, set so that the national urban share is 26.2%
                // as data:rural_share_2020 (73.8% rural) requires
                NumberLists.of(1.0, 0.25, 0.17, 0.12, 0.13),
                // assumption, tuned so the mean household size is about data:avg_household_size_2010_census
                5.2, 6.7,
                // assumption: about 60% of Tajikistan's population is aged 15-64 (UN World Population Prospects)
                0.60,
                // assumption: skill of prospective migrants (none, trade, higher); data:migrant_sector_shares shows
                // most work in construction and services
                NumberLists.of(0.80, 0.10, 0.10),
                // assumption: Russian level 0-3 of prospective migrants
                NumberLists.of(0.25, 0.35, 0.30, 0.10),
                // assumption: the state the warm-up starts from (it washes it out in its 240 months); the values
                // of an earlier calibration, fewer in Dushanbe
                NumberLists.of(0.135, 0.315, 0.377, 0.360, 0.315),
                // data:destination_share_russia 2023 (0.962) and data:kazakhstan_tajik_migrants (18,418 of 652,014
                // departures); the remaining 1% split by assumption (none in South Korea, whose route for Tajik
                // workers opened only in 2024)
                NumberLists.of(0.962, 0.028, 0.004, 0.004, 0.0, 0.001, 0.001),
                // assumption
                0.30,
                // assumption: kin or neighbours abroad besides the household's own members
                NumberLists.of(0.50, 0.05, 0.03, 0.02, 0.005, 0.005, 0.02),
                // assumption (data/ has no figure): a starting point the warm-up washes out; the model's own
                // departures take the share of migrant households with two or more abroad to about 40% at the
                // warm-up's inputs (docs/ODD.md, 5.1)
                0.15);
    }

    /**
     * Tajikistan's population by month (data:population_wdi 2005-2024, persons, World Bank WDI SP.POP.TOTL), each
     * year's average kept: the households of {@link #population()} move with it.
     */
    static MonthlySeries populationIndex() {
        return MonthlySeries.keepingAnnualAverages(populationByYear());
    }

    /** data:population_wdi 2005-2024, persons, by year. */
    private static Map<Integer, Double> populationByYear() {
        double[] persons = {6_924_720, 7_057_566, 7_194_477, 7_338_403, 7_490_230, 7_652_141, 7_824_785, 8_014_084,
            8_216_724, 8_425_552, 8_643_840, 8_865_631, 9_085_946, 9_307_333, 9_529_966, 9_749_310, 9_966_908,
            10_182_222, 10_389_799, 10_590_927};
        Map<Integer, Double> byYear = new LinkedHashMap<>();
        for (int i = 0; i < persons.length; i++) {
            byYear.put(2005 + i, persons[i]);
        }
        return byYear;
    }

    /** The household economy and poverty lines. */
    public static HouseholdEconomy economy() {
        // data:poverty_line_tjs_per_month 2013/14: 145 (poverty) and 104 (extreme) TJS per month at 2013 prices on the
        // old methodology, stated at the price base by Tajik prices (data:tjk_cpi_inflation_annual_avg 2014-2023:
        // x 1.863); the headline line is the 2023 figure's methodology, NEW_OVER_OLD_LINE times the old one
        double atBase = 1 / macro().prices().yearMean(POVERTY_LINE_PRICES);
        double oldLine = 145 * atBase;
        double line = oldLine * NEW_OVER_OLD_LINE;
        // data:avg_wage_tajikistan 2022: 1,730.12 TJS a month, stated at the price base year by Tajikistan's income
        // level (macro.homeIncomes, x 1.14 from 2022 to 2023), as every local income is
        MonthlySeries incomes = macro().homeIncomes();
        double localWage = 1730.12 * incomes.yearMean(YearMonth.of(BASE_YEAR, 1))
                / incomes.yearMean(YearMonth.of(LOCAL_WAGE_YEAR, 1));
        return new HouseholdEconomy(
                localWage, // TJS per month at the price base year
                NumberLists.of(1.6, 1.0, 0.8, 0.85, 0.9), // assumption: regional wage levels
                RURAL_WAGE_FACTOR, // calibrated: urban and rural poverty
                0.59, // data:labour_force_participation 2022: 40% overall and 21% for women imply about 59% for men
                0.21, // data:labour_force_participation 2022, women
                // calibrated as a share of the old methodology's line: farm produce, pensions and transfers, TJS per
                // person per month; targets data:poverty_national_rate_to_2019 (2010-2013, 2017-2019) and
                // data:poverty_national_rate_2020_2024 (2023)
                NON_LABOUR_INCOME_OVER_LINE * oldLine,
                URBAN_NON_LABOUR_INCOME_FACTOR, // calibrated: urban and rural poverty
                INCOME_DISPERSION, // calibrated; target data:gini_2021_2023
                1.0, // assumption: initial savings, months of income
                3.0, // assumption: borrowing capacity, months of income
                0.02, // assumption: about 24% a year, typical of microfinance
                0.5, // assumption
                SAVING_RATE, // calibrated: the Gini of consumption (2023)
                0.5, // assumption: savings cover half the gap to the poverty line (much goes to houses and weddings)
                // assumptions (buffer-stock saving after Carroll, 1997; data:remittance_use: 94% of remittances are
                // consumed): three months of the poverty-line budget kept, a tenth of the rest spent each month
                3.0, 0.10,
                line, 104 * atBase, oldLine,
                // consumption per person (a scale of 1 for every member): TajStat's methodology measures welfare
                // per capita (its food line is the cost of 2,250 kcal a day per capita; data:poverty_line_tjs_per_month
                // notes a per-capita basis), and the 2023 figure's methodology is taken to keep that basis (assumption)
                1.0, 1.0);
    }

    /** Behavioural parameters. */
    public static Behaviour behaviour() {
        return new Behaviour(
                CONSIDER_RATE, // calibrated
                // derived from data:departures_seasonality: 52% of departures by the end of May, 60% by the end of
                // June; the split within those periods is an assumption. Monthly shares x 12:
                NumberLists.of(0.72, 1.08, 1.68, 1.56, 1.20, 0.96, 0.72, 0.84, 0.96, 0.84, 0.72, 0.72),
                CONSIDER_CONCENTRATION, // calibrated
                FEMALE_CANDIDATE_SHARE, // calibrated
                // the income weight, the utility of home and the nest calibrated; the others assumptions
                new Behaviour.UtilityWeights(INCOME_WEIGHT, 1.0, 0.5, 0.5, 1.0, 0.3, HOME_UTILITY, NEST),
                2, 0.3, // assumption: news of raids takes two months to reach villages, then 30% a month
                // calibrated (returns over departures is reported, not fitted: docs/calibration.md, section 6)
                RETURN_HAZARD,
                // assumption: returns peak before winter
                NumberLists.of(1.2, 0.6, 0.5, 0.5, 0.6, 0.8, 0.9, 1.0, 1.1, 1.3, 1.6, 1.9),
                // fitted to data:spell_duration_months (IOM 2023 returnees: 2% of spells 1-3 months, 12% 4-6, 41%
                // 7-12, 45% over a year; docs/calibration.md, section 6): few go home in their first months. The
                // first three set by hand before the one world; the last (spells over a year) is a free parameter of
                // the joint fit (docs/calibration.md, section 6: the history's share of returnees back within a year)
                NumberLists.of(0.08, 0.5, 1.15, 0.577599),
                0.4, // Yang (2006, REStat): 1.4 points fewer 12-month returns per 10% better rate; docs/ODD.md 7.2.1
                10.0, // normalisation: a legal unskilled man from rural Khatlon in Russia, 2023 (10.0; docs/ODD.md 7.2.1)
                2.0, // assumption
                // assumption: with the wage assumptions below, no share reaches data:remittances_usd_wdi 2023 (see
                // docs/calibration.md: the remittance targets are reported, not fitted)
                0.75, 0.15,
                0.4, // assumption: naturalised migrants send less
                NumberLists.of(0.5, 0.85, 1.0, 1.0), // assumption: exam pass by Russian level
                circulation());
    }

    /**
     * Repeat migration and settled migrants: assumptions, with the literature in {@link Behaviour.Circulation}'s
     * sources (data/ has no figure on repeat trips or on what new citizens send).
     */
    static Behaviour.Circulation circulation() {
        return new Behaviour.Circulation(
                // no figure in data/: neutral until a joint calibration with evidence on repeat trips sets it (1.2
                // put the calibrated 2013 remittances and 2023 Gini outside their tolerances: docs/ODD.md, 7.5.1)
                1.0,
                12, // for a year after the return: the next season
                12, // a legal migrant may naturalise after a year abroad
                1.0, // the last spell's destination is worth as much again as a tie there
                0.3, // a naturalised member returns at three tenths of the hazard of others
                0.1, // a naturalised member's remittances fall by a tenth a year settled
                6); // returns held up by a closure come home over the six months after it reopens
    }

    /** GDP, the somoni's exchange rate, Tajik prices and what a run assumes beyond the data. */
    public static Macro macro() {
        Map<Integer, Double> gdp = new LinkedHashMap<>();
        // data:gdp_usd_wdi 2005-2023, USD million
        double[] wdi = {2312.4, 2830.2, 3719.5, 5161.3, 4979.5, 5642.2, 6522.8, 7633.0, 8448.4, 9112.6, 8271.4,
            6992.4, 7536.4, 7765.0, 8300.8, 8134.0, 8937.8, 10713.5, 12060.6};
        for (int i = 0; i < wdi.length; i++) {
            gdp.put(2005 + i, wdi[i]);
        }
        // data:tjk_gdp_current_usd 2024: the World Bank's USD 14,205 million (as statbase.org shows it; the data mark the
        // series partly unconfirmed), the series of 2005-2023 continued, and the national accounts' 153.4 bn somoni of
        // the same entry's sources at 2024's 10.87 somoni per dollar (about 14.1 bn); data:gdp_national's 13.7 bn
        // rounds "exceeded 150 bn somoni"
        gdp.put(2024, 14_205.0);
        // data:tjk_gdp_current_usd 2025, the IMF's estimate of USD 17.5 bn (a third-party page, rounded; the data mark
        // the series partly unconfirmed), as the national 176.9 bn somoni of 2025 at about 10 somoni per dollar (the
        // same entry's sources); held after (assumption)
        gdp.put(2025, 17_500.0);
        return new Macro(MonthlySeries.annual(gdp), somoniPerDollar(),
                RecordedInputs.TAJIKISTAN_CPI_CHANGE.chainedIndex(BASE_YEAR),
                homeIncomes(gdp), BASE_YEAR, PPP_2017, GROWTH_BEYOND_DATA);
    }

    /**
     * Tajikistan's income level at home by month: TajStat's average wage (data:tjk_wage_nominal_points, joined by a
     * constant growth rate between its points) from its second point, March 2014, and before it nominal GDP per
     * person ({@link #incomePerPerson}) linked to the wage in that month. The wage's only earlier point, March 2011
     * (472 TJS, a month of the year's seasonal low), is 1.5 times GDP per person a month where every later point up to
     * 2023 is 1.9 to 2.1 times; followed, it doubles incomes at home from 2011 to 2014 while prices rose a fifth.
     */
    static MonthlySeries homeIncomes(Map<Integer, Double> gdpUsdMillion) {
        MonthlySeries wages = RecordedInputs.TAJIKISTAN_WAGES.interpolatedIndex(BASE_YEAR);
        MonthlySeries perPerson = incomePerPerson(gdpUsdMillion);
        double link = wages.at(HOME_WAGES_FROM) / perPerson.at(HOME_WAGES_FROM);
        TreeMap<YearMonth, Double> path = new TreeMap<>();
        perPerson.points().headMap(HOME_WAGES_FROM, false).forEach((month, v) -> path.put(month, v * link));
        path.putAll(wages.points().tailMap(HOME_WAGES_FROM, true));
        return MonthlySeries.of(path);
    }

    /**
     * Tajikistan's nominal income per person, somoni a year by month: GDP ({@code gdpUsdMillion}, USD million by
     * year) at the year's somoni per dollar (data:tjs_per_usd_annual; its 2025 value, from memory, reaches no month
     * that {@link #homeIncomes} takes from here) over the year's population
     * (data:population_wdi; the last year's held after), each year's average kept.
     */
    static MonthlySeries incomePerPerson(Map<Integer, Double> gdpUsdMillion) {
        Map<Integer, Double> tjsPerUsd = RecordedInputs.TJS_PER_USD.byYear();
        Map<Integer, Double> persons = populationByYear();
        int lastPopulation = persons.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        Map<Integer, Double> perPerson = new LinkedHashMap<>();
        gdpUsdMillion.forEach((year, usd) -> perPerson.put(year, usd * 1e6 * tjsPerUsd.get(year)
                / persons.get(Math.min(year, lastPopulation))));
        return MonthlySeries.keepingAnnualAverages(perPerson);
    }

    /**
     * Units of a currency per US dollar by month from a recorded series of annual averages, each year's average kept
     * ({@link MonthlySeries#keepingAnnualAverages}); before the first year the first month's value holds, after the
     * last the last month's.
     */
    static MonthlySeries perDollar(RecordedSeries annualAverages) {
        return MonthlySeries.keepingAnnualAverages(annualAverages.byYear());
    }

    /**
     * Roubles per US dollar by month: the central bank's monthly averages where the data has them (2013-01 to
     * 2024-05), its official rate on the dated days the data's notes give after them ({@link #ROUBLE_DAYS}), and
     * the annual averages elsewhere, each year's average kept ({@link MonthlySeries#splicing}: the smoothest path
     * through them all).
     */
    public static MonthlySeries roublesPerDollar() {
        Map<YearMonth, Double> known = new TreeMap<>(RecordedInputs.RUB_PER_USD_MONTHLY.byMonth());
        known.putAll(ROUBLE_DAYS);
        return MonthlySeries.splicing(known, RecordedInputs.RUB_PER_USD.byYear());
    }

    /**
     * Somoni per US dollar by month: the National Bank's official rate on the dated days the data's sources give
     * ({@link #SOMONI_DAYS}) and the annual averages (data:tjs_per_usd_annual; 2025's from memory, flagged there),
     * each year's average kept ({@link MonthlySeries#splicing}).
     */
    public static MonthlySeries somoniPerDollar() {
        return MonthlySeries.splicing(SOMONI_DAYS, RecordedInputs.TJS_PER_USD.byYear());
    }

    /** The seven destinations, in {@link Destination} order. */
    public static List<DestinationSpec> destinations() {
        return List.of(russia(), kazakhstan(), turkey(), gulf(), southKorea(), uk(), usa());
    }

    static DestinationSpec russia() {
        // data:migrant_wages_russia 2017: 27,900 RUB (legal), stated at the price base by the migrants' wage index
        // (RussianWageMix: x 1.98 from 2017 to 2023); trade and higher education premia are assumptions
        // (data:migrant_wages_russia c.2023 anecdote: up to 70,000 in Sochi)
        double unskilled = 27_900 / RussianWageMix.byYear(BASE_YEAR).get(2017);
        return new DestinationSpec(Destination.RUSSIA,
                // data:policy_events 2024-05: first-attempt exam failure was about 3% before 2024; the exam from
                // data:policy_events 2014-09-01, none before
                new DestinationSpec.Entry(EntryRoute.VISA_FREE, 0, 0, 0, 0.97, true, false, 0, EXAM_FROM, null),
                // data:air_ticket_cost 2021-04: USD 349 one way; documents: data:exam_fee_patent 3,800 RUB plus
                // medical and translation (assumption, USD 100 in all)
                // the patent: Moscow's fee by the legal formula, 1,200 RUB x deflator x regional coefficient
                // (PatentFee; data:patent_fee_formula; from memory, flagged there: some years of
                // data:rus_patent_federal_deflator (from memory 2017-2019, 2021-2023), data:rus_patent_price_moscow
                // (from memory 2021))
                new DestinationSpec.Costs(350, 100, PatentFee.moscow()),
                new DestinationSpec.Labour(NumberLists.of(unskilled, unskilled * 1.4, unskilled * 1.25),
                        0, // the pay in hand; a legal worker's income tax is the patent
                        10_000, // assumption: shared housing, food and transport, RUB a month
                        0.92, // assumption
                        25_100.0 / 27_900, // data:migrant_wages_russia 2017: irregular 25,100 vs legal 27,900
                        IRREGULAR_EMPLOYMENT_SHARE,
                        RussianWageMix.index(BASE_YEAR),
                        RecordedInputs.RUSSIA_CPI_CHANGE.chainedIndex(BASE_YEAR),
                        russianLabourDemand(), DEMAND_ELASTICITY,
                        SEASONAL_PAY, new DestinationSpec.Labour.Crowding(RUSSIA_CROWDING, RUSSIA_REFERENCE_MIGRANTS)),
                // raids, deportation share and status changes: assumption; ban of five years: the
                // upper end of the usual three to five (brief)
                new DestinationSpec.Enforcement(0.002, 0.02, 0.3, 60, 0.02, 0.05, 0.10),
                roublesPerDollar(),
                // data:remittance_transfer_cost: 4.2% corridor average (2021-Q4) vs 1-2% on the cheapest channels
                // that most transfers use; 2% chosen between them (assumption)
                0.02,
                // assumption, not fitted: see RUSSIA_NATURALISATION_HAZARD
                RUSSIA_NATURALISATION_HAZARD,
                0.0);
    }

    /**
     * Russia's demand for labour by month, 100 minus unemployment as an index, 1 on average in the price base year:
     * Rosstat's labour-force survey by month (data:rus_unemployment_rate_monthly_3mma, three-month windows, each
     * standing for its middle month) from February 2017, and the annual rates before
     * (data:rus_unemployment_rate_annual, each year's average kept), joined smoothly ({@link MonthlySeries#splicing});
     * held after the last month.
     */
    static MonthlySeries russianLabourDemand() {
        Map<YearMonth, Double> employed = new TreeMap<>();
        RecordedInputs.RUSSIA_UNEMPLOYMENT_MONTHLY.byMonth().forEach((last, u) -> employed.put(last.minusMonths(1),
                100 - u));
        int firstMonthly = RecordedInputs.RUSSIA_UNEMPLOYMENT_MONTHLY.firstYear();
        Map<Integer, Double> annual = new TreeMap<>();
        RecordedInputs.RUSSIA_UNEMPLOYMENT.byYear().forEach((year, u) -> {
            if (year < firstMonthly) {
                annual.put(year, 100 - u);
            }
        });
        MonthlySeries level = MonthlySeries.splicing(employed, annual);
        double base = level.yearMean(YearMonth.of(BASE_YEAR, 1));
        Map<YearMonth, Double> index = new TreeMap<>();
        level.points().forEach((month, v) -> index.put(month, v / base));
        return MonthlySeries.of(index);
    }

    static DestinationSpec kazakhstan() {
        // assumption: data:migrant_wages_russia c.2023 anecdote "up to 40,000 [roubles] in Astana" at about 5.35
        // KZT per RUB (2023 averages; data:kzt_per_usd_annual, its 2025 from memory, and data:rub_per_usd_annual);
        // wages move with data:kaz_wage_nominal_avg_annual (some years from memory, flagged there), KZT per USD
        // with data:kzt_per_usd_annual (2025 from memory); the living cost moves with the wages (assumption: see
        // labour)
        MonthlySeries wages = kazakhWages();
        return new DestinationSpec(Destination.KAZAKHSTAN,
                new DestinationSpec.Entry(EntryRoute.VISA_FREE, 0, 0, 0, 1.0, false, false, 0, null, null),
                new DestinationSpec.Costs(150, 50, MonthlySeries.constant(7_000)), // assumption
                labour(NumberLists.of(180_000, 260_000, 230_000), 80_000, 0.85, 0.9, // assumption
                        wages, wages, SEASONAL_PAY), // assumption: Kazakhstan's winter as Russia's
                new DestinationSpec.Enforcement(0.001, 0.01, 0.3, 60, 0.03, 0.05, 0.30), // assumption
                perDollar(RecordedInputs.KZT_PER_USD), 0.02, 0.0005,
                KAZAKHSTAN_CONSTANT); // utility constant calibrated
    }

    static DestinationSpec turkey() {
        // assumption: wages near Turkey's 2023 net minimum wage (11,402 TRY from July 2023; assumption), moving with
        // data:tur_min_wage_net_monthly, its January rates (2013-2014 from memory, flagged there) and its July rises
        // (turkeyWageIndex); TRY per USD data:try_per_usd_annual (2025 from memory); both series start in 2013, and
        // their 2013 values are held back to the history's start (assumption); the living cost moves with the
        // minimum wage (assumption: see labour). Visa-free entry for 90 days, so most who stay to work become
        // irregular.
        MonthlySeries liraPerDollar = perDollar(RecordedInputs.TRY_PER_USD).heldFrom(HISTORY_START);
        MonthlySeries wages = turkeyWageIndex();
        return new DestinationSpec(Destination.TURKEY,
                new DestinationSpec.Entry(EntryRoute.VISA_FREE, 0, 0, 0, 1.0, false, false, 0, null, null),
                new DestinationSpec.Costs(300, 50, MonthlySeries.constant(0)),
                labour(NumberLists.of(13_000, 19_000, 17_000), 7_500, 0.85, 0.9, wages, wages),
                new DestinationSpec.Enforcement(0.001, 0.01, 0.5, 60, 0.03, 0.01, 0.70),
                liraPerDollar, 0.03, 0.0005, -2.5);
    }

    /**
     * Turkey's net minimum wage by month, TRY a month (an index of any base: pay is stated at 2023's mean): each
     * January's rate of data:tur_min_wage_net_monthly (2013's and 2014's from memory), and from July the mid-year
     * rate of the years it rose (its {@code values_july}, {@link #TURKEY_JULY_RATES}); held back to the history's
     * start, and after 2025.
     */
    static MonthlySeries turkeyWageIndex() {
        Map<YearMonth, Double> months = new TreeMap<>();
        RecordedInputs.TURKEY_MINIMUM_WAGE.byYear().forEach((year, january) -> {
            double july = TURKEY_JULY_RATES.getOrDefault(year, january);
            for (int month = 1; month <= 12; month++) {
                months.put(YearMonth.of(year, month), month < 7 ? january : july);
            }
        });
        return MonthlySeries.of(months).heldFrom(HISTORY_START);
    }

    /**
     * Kazakhstan's average nominal wage by month, KZT a month (an index of any base: pay is stated at 2023's mean):
     * the annual averages of data:kaz_wage_nominal_avg_annual (some years from memory, flagged there) and 2025's,
     * derived from its first two quarters ({@link #KAZAKH_WAGE_2025}), the smoothest path keeping each year's
     * average; held after December 2025.
     */
    static MonthlySeries kazakhWages() {
        Map<Integer, Double> years = new TreeMap<>(RecordedInputs.KAZAKHSTAN_WAGES.byYear());
        years.put(2025, KAZAKH_WAGE_2025);
        return MonthlySeries.keepingAnnualAverages(years);
    }

    static DestinationSpec gulf() {
        // the UAE dirham, pegged at 3.6725 per USD since 1997 (Central Bank of the UAE; not in data/); sponsorship
        // through recruiters; employer housing (assumption)
        return new DestinationSpec(Destination.GULF,
                new DestinationSpec.Entry(EntryRoute.SPONSORSHIP, 0, 0.9, 0, 1.0, false, false, 0, null, null),
                new DestinationSpec.Costs(300, 800, MonthlySeries.constant(0)),
                labourWithoutSeries(NumberLists.of(1_800, 3_000, 4_000), 600, 0.95, 0.8),
                new DestinationSpec.Enforcement(0.001, 0.01, 0.8, 60, 0.01, 0.01, 0.0),
                MonthlySeries.constant(3.6725), 0.03, 0.0, -1.5);
    }

    static DestinationSpec southKorea() {
        // Employment Permit System: no places for Tajik workers before the 2024 MoU (data:policy_events
        // 2024-10-31), so the quota is 0; a scenario opens it. Wages: Korea's 2023 minimum wage, 9,620 KRW an hour
        // for 209 hours (assumption for the unskilled), moving with data:kor_min_wage_hourly (the statutory rate of
        // each calendar year); KRW per USD data:krw_per_usd_annual; EPS-TOPIK pass rate 50% (assumption)
        return new DestinationSpec(Destination.SOUTH_KOREA,
                new DestinationSpec.Entry(EntryRoute.QUOTA, 0, 0, 0, 0.5, false, false, 0, null, null),
                new DestinationSpec.Costs(500, 400, MonthlySeries.constant(0)),
                labour(NumberLists.of(2_010_000, 2_600_000, 2_400_000), 600_000, 0.95, 0.8,
                        RecordedInputs.KOREA_MINIMUM_WAGE.stepIndex(BASE_YEAR), perDollar(RecordedInputs.KRW_PER_USD))
                        .withPayDeductionShare(0.06), // health and employment insurance, income tax (assumption)
                new DestinationSpec.Enforcement(0.0005, 0.01, 0.8, 60, 0.005, 0.0, 0.0),
                perDollar(RecordedInputs.KRW_PER_USD), 0.02, 0.0, -1.0);
    }

    static DestinationSpec uk() {
        // Seasonal worker visa, six months. data:migrant_wages_uk_seasonal 2023: USD 2,700-3,000 a month gross,
        // rent 300 and food 200 a month; at GBP 0.804 per USD (2023 average, Bank of England); GBP per USD moves
        // with data:gbp_per_usd_annual. Pay moves with data:gbr_national_living_wage_hourly, each rate from April
        // (the rates of 2016 on; those before took effect in October, before the route took Tajik workers); the pay
        // stated is 2023's mean, as every money value here (2,342 GBP a month from April 2023 at 10.42 GBP an hour).
        // Places for Tajik workers: assumption, 2,000 a year, from 2022 (assumption: the route took no Tajik workers in
        // 2013 and opened to them in the early 2020s; not in data/)
        return new DestinationSpec(Destination.UK,
                new DestinationSpec.Entry(EntryRoute.QUOTA, 2_000, 0, 0, 0.9, false, false, 6, null, UK_QUOTA_FROM),
                new DestinationSpec.Costs(500, 700, MonthlySeries.constant(0)),
                labour(NumberLists.of(2_290, 2_500, 2_500), 402, 0.95, 0.8,
                        RecordedInputs.UK_LIVING_WAGE.stepIndex(BASE_YEAR, Month.APRIL),
                        perDollar(RecordedInputs.GBP_PER_USD))
                        .withPayDeductionShare(0.17), // income tax and National Insurance, 2023/24 (HMRC)
                new DestinationSpec.Enforcement(0.0005, 0.01, 0.9, 120, 0.005, 0.0, 0.0),
                perDollar(RecordedInputs.GBP_PER_USD), 0.03, 0.0, -1.0);
    }

    static DestinationSpec usa() {
        // Diversity visa lottery: data:usa_green_cards, about 7,300 Tajikistan-born green cards in 16 years
        // (about 460 a year); the per-consideration win rate is an assumption tuned towards that
        return new DestinationSpec(Destination.USA,
                new DestinationSpec.Entry(EntryRoute.LOTTERY, 0, 0, 0.0003, 1.0, false, false, 0, null, null),
                new DestinationSpec.Costs(900, 1_500, MonthlySeries.constant(0)),
                labourWithoutSeries(NumberLists.of(3_000, 4_500, 4_000), 1_500, 0.9, 0.7)
                        .withPayDeductionShare(0.15), // before tax (assumption): payroll and income taxes
                new DestinationSpec.Enforcement(0.0, 0.005, 0.5, 120, 0.0, 0.0, 0.0),
                MonthlySeries.constant(1.0), 0.03, 0.005, -1.0);
    }

    private static double[] normalise(double[] values) {
        double total = 0;
        for (double v : values) {
            total += v;
        }
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] / total;
        }
        return out;
    }

    /**
     * A destination's labour market whose wages follow {@code wageIndex} and whose living cost follows
     * {@code priceIndex}, its demand held where it is, with the common irregular-employment share and demand
     * elasticity. The data have consumer prices of Russia alone, so the price index of the others is an assumption:
     * where the currency lost much of its value to inflation at home (Kazakhstan's tenge, Turkey's lira), the local
     * wage, which followed prices there; where it held its value better (Korea's won, the pound), the currency per
     * dollar, as for every one of them before (the living cost keeps its dollar value). With the tenge per
     * dollar as Kazakhstan's price index, the devaluation of 2015 passed into living costs one for one while wages
     * rose 11%: the living cost and the monthly fee took 95% of an unskilled legal migrant's wage in 2016 (48% in
     * 2023), so going there earned nothing.
     */
    private static DestinationSpec.Labour labour(List<Double> wageBySkill, double livingCost, double employmentRate,
                                                 double irregularWageShare, MonthlySeries wageIndex,
                                                 MonthlySeries priceIndex) {
        return labour(wageBySkill, livingCost, employmentRate, irregularWageShare, wageIndex, priceIndex, 0);
    }

    /** As {@link #labour(List, double, double, double, MonthlySeries, MonthlySeries)}, with a season of pay. */
    private static DestinationSpec.Labour labour(List<Double> wageBySkill, double livingCost, double employmentRate,
                                                 double irregularWageShare, MonthlySeries wageIndex,
                                                 MonthlySeries priceIndex, double seasonalPayAmplitude) {
        return new DestinationSpec.Labour(wageBySkill, 0, livingCost, employmentRate, irregularWageShare,
                IRREGULAR_EMPLOYMENT_SHARE, wageIndex, priceIndex, FLAT, DEMAND_ELASTICITY, seasonalPayAmplitude,
                DestinationSpec.Labour.Crowding.NONE);
    }

    /**
     * A destination's labour market without recorded series (its wages, prices and demand held where they are) and
     * with the common irregular-employment share and demand elasticity: wages by skill and living cost in the local
     * currency a month, employment rate and irregular wage share as shares.
     */
    private static DestinationSpec.Labour labourWithoutSeries(List<Double> wageBySkill, double livingCost,
                                                             double employmentRate, double irregularWageShare) {
        return labour(wageBySkill, livingCost, employmentRate, irregularWageShare, FLAT, FLAT);
    }
}
