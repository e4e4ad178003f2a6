package org.muhojir.core.calibration;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * The default calibration targets, from {@code data/tajikistan-calibration.json} ({@code data:KEY} names a
 * series there), for one world ({@link TajikistanDefaults#baseline()}, simulated from 2010): the history anchor
 * reports it from 2010 to 2023 against the targets of 2010-2013, 2017-2019 and 2023; the present-day anchor is the
 * same run's first reported year, 2023. Each target's source says which figure it takes and, where sources
 * conflict, why. Tolerances are absolute, in the moment's unit; weights are 1 unless a figure is weak (a secondary
 * source, another year, another unit) or repeats another target's information, and 0 for a figure reported but not
 * fitted (its source says why). See {@code docs/calibration.md}.
 *
 * <p>These lists are the one source of the targets: the bundled targets files of the {@code scenarios} module
 * ({@code scenarios/calibration/targets-history.json}) is generated from them, and a
 * test there fails if a file and these lists differ in any field.
 */
public final class CalibrationTargets {
    /** Name of the present-day anchor. */
    public static final String PRESENT = "2023";
    /** Name of the history anchor. */
    public static final String HISTORY = "history";
    /** The history anchor's last year: the present day's first, whose targets it carries. */
    private static final int LAST_YEAR = 2023;

    /**
     * A figure targeted in both anchors' years: its id (before the year), description and moment, said once.
     *
     * @param idStem      the target's id without its year, for example {@code departures}
     * @param description what the figure is, in words
     * @param moment      the statistic of the run compared with the figure
     */
    private record Kind(String idStem, String description, Moment moment) {
        /** This figure's target in {@code year}; the other arguments as in {@link Target}. */
        Target of(int year, double value, double tolerance, double weight, String source) {
            return new Target(idStem + "_" + year, description, year, moment, value, tolerance, weight, source);
        }
    }

    private static final Kind REMITTANCES_USD = new Kind("remittances_usd",
            "personal remittances (World Bank), US dollars", Moments.REMITTANCES_SENT_USD);
    private static final Kind REMITTANCES_SHARE = new Kind("remittances_share_of_gdp",
            "remittances over GDP (World Bank)", Moments.REMITTANCES_SENT_SHARE_OF_GDP);
    /** The measure the 2013 anchor is fitted on (see {@link #targets2013()}). */
    private static final Kind REMITTANCES_RECEIVED_USD = new Kind("remittances_usd",
            "personal remittances received after fees, US dollars", Moments.REMITTANCES_RECEIVED_USD);
    private static final Kind REMITTANCES_RECEIVED_SHARE = new Kind("remittances_share_of_gdp",
            "remittances received over GDP", Moments.REMITTANCES_SHARE_OF_GDP);
    private static final Kind DEPARTURES = new Kind("departures", "departures for work abroad, persons",
            Moments.DEPARTURES);
    private static final Kind MALE_SHARE = new Kind("male_share_of_departures", "share of departures that are men",
            Moments.MALE_SHARE_OF_DEPARTURES);
    private static final Kind RETURNS = new Kind("returns_over_departures", "returns over departures",
            Moments.RETURNS_OVER_DEPARTURES);
    private static final Kind POVERTY = new Kind("poverty_fgt0", "poverty headcount, national line",
            Moments.POVERTY_FGT0);
    private static final Kind OLD_POVERTY = new Kind("poverty_fgt0", "poverty headcount, national line of the old "
            + "methodology", Moments.POVERTY_FGT0_OLD_METHODOLOGY);

    /**
     * Why returns over departures is reported, not fitted, since runs start after a warm-up (issue 12): a ratio
     * below 1 says the stock abroad grew that year, while a warmed-up world with its inputs held is settled, so
     * its returns and deportations equal its departures less the few naturalisations (about 0.99 of them, whatever
     * the behavioural values). Exits to long-term residence and citizenship and repeat migration are what can
     * reproduce a growing stock (docs/calibration.md, section 6).
     */
    static final String RETURNS_NOT_FITTED = "Weight 0, reported, not fitted since every run starts after a "
            + "warm-up: a warmed-up world with its inputs held is settled, so its returns and deportations equal its "
            + "departures less naturalisations (about 0.99 of them), while the data's ratio below 1 says the stock "
            + "grew that year; the history moves the stock only as its inputs move, so repeat migration and settled "
            + "migrants must come before it is fitted (docs/calibration.md, section 6)";

    private CalibrationTargets() {
    }

    /** The present-day anchor: the baseline at {@code sampleFraction}, run through 2023, and the 2023 targets. */
    public static Anchor present2023(double sampleFraction) {
        return firstYear(PRESENT, TajikistanDefaults.baseline(), sampleFraction, targets2023());
    }

    /**
     * The history anchor: the baseline's world at {@code sampleFraction} reported from its history's start (2010-01,
     * after the warm-up) to the end of 2023, and every figure of the calibration years from 2010 ({@link #history()}).
     */
    public static Anchor historyAnchor(double sampleFraction) {
        Scenario s = TajikistanDefaults.baseline().withSampleFraction(sampleFraction);
        YearMonth from = s.firstSimulatedMonth();
        int months = (LAST_YEAR - from.getYear() + 1) * 12 - from.getMonthValue() + 1;
        return new Anchor(HISTORY, s.withPeriod(from, months), history());
    }

    /** An anchor of {@code scenario}'s first twelve months at {@code sampleFraction}. */
    private static Anchor firstYear(String name, Scenario scenario, double sampleFraction, List<Target> targets) {
        Scenario s = scenario.withSampleFraction(sampleFraction);
        return new Anchor(name, s.withPeriod(s.start(), 12), targets);
    }

    /**
     * The targets of the history (the run from January 2010 to the last month of data, issue 12): every figure of
     * the calibration years 2010-2013, 2017-2019 and 2023 that a moment measures, from the catalogue
     * {@link HistoryTargets} (which says how each figure is read). Fitted targets have weight above 0; the others are
     * reported in the fit table.
     */
    public static List<Target> history() {
        return HistoryTargets.targetsIn(HistoryTargets.HISTORY_FIRST_YEAR, Integer.MAX_VALUE);
    }

    /** The 2023 targets. */
    public static List<Target> targets2023() {
        int y = 2023;
        return List.of(
                REMITTANCES_USD.of(y, 4_633.8e6, 463.4e6, 0,
                        "data:remittances_usd_wdi 2023 = USD 4,633.8 million (World Bank WDI BX.TRF.PWKR.CD.DT). The "
                                + "only 2023 figure. WDI counts all personal transfers and compensation of "
                                + "employees; 38% of GDP is well above 2017-2019 (28-30%, "
                                + "data:remittances_pct_gdp_derived), so part of it may not be migrants' wages. "
                                + "Weight 0, reported, not fitted, as is the share of GDP (GDP is an input, so the "
                                + "two carry one piece of information): fitted, they push remittanceShare and "
                                + "Russia's raid hazard to their bounds and the stock abroad far above the other "
                                + "targets, as the model's Russian wages cannot deliver this figure with the "
                                + "observed stock (docs/calibration.md, section 6)"),
                REMITTANCES_SHARE.of(y, 0.384, 0.038, 0,
                        "data:remittances_pct_gdp_derived 2023 = 38.4% (WDI remittances over WDI GDP, "
                                + "data:gdp_usd_wdi, which the scenario uses as its GDP input). Weight 0, reported, "
                                + "not fitted, for the reason given for remittances_usd_2023"),
                DEPARTURES.of(y, 652_014, 65_000, 1,
                        "data:return_flows_mol 2023 and data:destination_share_russia 2023: 652,014 departures "
                                + "(Ministry of Labour migration cards, via bm.ge); the Ministry's usual range is "
                                + "600-700 thousand (data:departures_abroad_mol_baseline notes)"),
                new Target("russia_share_of_departures_2023", "share of departures to Russia", y,
                        Moments.RUSSIA_SHARE_OF_DEPARTURES, 0.962, 0.015, 1,
                        "data:destination_share_russia 2023 = 627,028 / 652,014 (bm.ge); the 2010 figure (0.90) "
                                + "is older and about migrants, not departures"),
                MALE_SHARE.of(y, 0.851, 0.02, 1,
                        "data:male_share_of_departures 2023 = 0.851 (bm.ge)"),
                RETURNS.of(y, 0.906, 0.05, 0,
                        "data:return_flows_mol 2023: 590,710 returned / 652,014 departed = 0.906 (bm.ge). Border "
                                + "counts of people coming home include deportees, so the moment counts returns by "
                                + "choice and deportations. " + RETURNS_NOT_FITTED),
                new Target("departures_by_end_of_may_2023", "share of a year's departures made by the end of May",
                        y, Moments.DEPARTURES_SHARE_BY_END_OF_MAY, 0.52, 0.03, 1,
                        "data:departures_seasonality end_of_May = 0.52 (derived from partial cumulative totals; year "
                                + "not stated, taken as typical of 2023)"),
                POVERTY.of(y, 0.205, 0.015, 1,
                        "data:poverty_national_rate_2020_2024 2023 = 'just over 20' per cent (World Bank Poverty and "
                                + "Equity Assessment), read as 20.5% with a tolerance of 1.5 points"),
                new Target("gini_2023", "Gini coefficient of consumption", y, Moments.GINI, 0.38, 0.02, 1,
                        "data:gini_2021_2023 2023 = 38 (World Bank Poverty and Equity Assessment)"));
    }

    /** The 2013 targets. */
    public static List<Target> targets2013() {
        int y = 2013;
        return List.of(
                REMITTANCES_RECEIVED_USD.of(y, 3_697.7e6, 369.8e6, 0.5,
                        "data:remittances_usd_wdi 2013 = USD 3,697.7 million (World Bank WDI). Chosen over the "
                                + "Central Bank of Russia's USD 4,155 million (data:cbr_transfers_russia_to_tajikistan "
                                + "2013: gross money-transfer-system flows, not only migrants' remittances). Weight "
                                + "0.5 with the share of GDP at 0.5. Compared with remittances received (what households "
                                + "receive), not with the remittances sent before fees of the 2023 target "
                                + "(docs/calibration.md, section 6)"),
                REMITTANCES_RECEIVED_SHARE.of(y, 0.438, 0.044, 0.5,
                        "data:remittances_pct_gdp_derived 2013 = 43.8% (WDI over WDI GDP, the scenario's input). "
                                + "The contemporaneous 42% and 52% (data:remittances_pct_gdp_published) use GDP "
                                + "before its upward revision and another remittance series"),
                OLD_POVERTY.of(y, 0.356, 0.02, 1,
                        "data:poverty_national_rate_to_2019 2013 = 35.6% (TajStat / World Bank; urban 29, rural 40), "
                                + "the old national series, on the 2013/14 line of 145 TJS "
                                + "(data:poverty_line_tjs_per_month), compared with the headcount on that line moved "
                                + "by prices (economy.oldMethodologyPovertyLine), not with the 2023 target's "
                                + "methodology"),
                new Target("extreme_poverty_fgt0_2013", "extreme poverty headcount", y,
                        Moments.EXTREME_POVERTY_FGT0, 0.14, 0.04, 0.5,
                        "data:extreme_poverty 2013 = 14% of households below 104 TJS a month (avesta.tj), chosen over "
                                + "18.5% for '2013-14' (chinagate) because it is dated 2013 and names the 104 TJS "
                                + "line the line path starts from (the old methodology, as "
                                + "economy.extremePovertyLine); "
                                + "a wide tolerance and weight 0.5 because it counts households, not persons"),
                new Target("migrants_in_russia_2013", "Tajik migrants in Russia, persons", y,
                        Moments.MIGRANTS_IN_RUSSIA, 1_100_000, 200_000, 0.5,
                        "data:migrant_stock_russia 2013 = '>1,100,000' travelled to Russia for work (FMS). A count of "
                                + "people over the year, above the mean stock the moment measures; the tolerance "
                                + "reaches the 2011 'permanently employed' 1,030,000 (Tajik Migration Service). "
                                + "Weight 0.5"),
                DEPARTURES.of(y, 735_031, 110_000, 0.25,
                        "data:departures_abroad_mol_baseline 2011 = 735,031 (Ministry of Labour, via ozodi.org): a "
                                + "2011 figure used for 2013, the nearest year the file has; weight 0.25, "
                                + "tolerance 15%"),
                MALE_SHARE.of(y, 0.889, 0.03, 0.25,
                        "data:male_share_of_departures 2011 = 0.889 (ozodi.org): a 2011 figure used for 2013; "
                                + "weight 0.25"),
                RETURNS.of(y, 0.779, 0.05, 0,
                        "data:return_flows_mol 2011: 572,728 returned / 735,031 departed = 0.779 (Ministry of "
                                + "Labour, via ozodi.org): a 2011 figure used for 2013, the nearest year, with the "
                                + "2023 target's tolerance. Border counts of people coming home include deportees, "
                                + "so the moment counts returns by choice and deportations. " + RETURNS_NOT_FITTED));
    }
}
