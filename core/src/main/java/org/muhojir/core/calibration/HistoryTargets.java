package org.muhojir.core.calibration;

import static org.muhojir.core.calibration.DataCell.CALIBRATION_YEARS_FILE;
import static org.muhojir.core.calibration.DataCell.TAJIKISTAN_FILE;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.muhojir.core.scenario.TajikistanDefaults;

/**
 * The catalogue of every figure of the calibration years (2010-2013, 2017-2019, 2023) in {@code data/} that a
 * moment of the model measures, as {@link Target}s by year, each with the cell of {@code data/} it is read from;
 * the figures no moment measures are in {@link UnmodelledFigures}. Held-out years (2014-2016, 2020-2022, 2024-2025)
 * never appear. The 2013 and 2023 anchors' targets ({@link CalibrationTargets#targets2013()},
 * {@link CalibrationTargets#targets2023()}) are the start; see {@code docs/calibration.md}, "The history against
 * every calibration figure".
 *
 * <p><b>Tolerances</b> (absolute, in the moment's unit), unless the target says otherwise: 10% of the figure for a
 * full-year count or sum from an official series (World Bank WDI, the Central Bank of Russia, Russia's interior
 * ministry, Tajikistan's Ministry of Labour); 15% for a figure the file marks approximate, a lower bound or a
 * secondary report; 2 points for a poverty rate on the old national series; shares as their targets of 2013 and
 * 2023 state.
 *
 * <p><b>Weights</b>: 1 for a figure of its own year and concept; 0.5 for an approximate figure, a secondary
 * source, or a second series of one flow (the Central Bank of Russia's transfers beside the World Bank's
 * remittances); 0.25 for a figure of a nearby year (2011 for 2013, as in the 2013 anchor); 0 for a figure
 * reported, not fitted, with the reason in its source: a share of GDP (GDP is an input, so the share repeats the
 * remittances in dollars), an earlier vintage or another definition of a series fitted for the year, a part of a
 * year whose total is fitted, or a reason the 2023 anchor gives.
 *
 * <p><b>Poverty</b> is compared on each figure's own methodology: the old national series (to 2019) with the
 * headcount on the old methodology's line ({@link Moments#POVERTY_FGT0_OLD_METHODOLOGY}), the World Bank's 2025
 * methodology (2010's 56% and the 2023 figure) with the headline headcount ({@link Moments#POVERTY_FGT0}).
 *
 * <p><b>Parts of a year</b> are measured by a moment over those months ({@link Moment#overMonths}): a quarter is
 * the sum of its three months' flows (the first quarter, January to March), a half the sum of six.
 *
 * <p><b>Remittances</b> are compared on one measure in every year, what money-transfer systems record: the
 * remittances sent home from every destination before fees ({@link Moments#REMITTANCES_SENT_USD}), for the World
 * Bank's series and every other total, and those sent from Russia for the Central Bank of Russia's transfers. The
 * Central Bank of Russia's transfers to Tajikistan exceed the World Bank's remittances in every calibration year (by
 * 10 to 17%), so the World Bank's figure is compiled from transfers: it cannot hold the earnings that members abroad
 * under a year keep or carry home, which the balance-of-payments concept counts as compensation of employees (in
 * the model about 15% more than the transfers; {@link Moments#REMITTANCES_BOP_USD}, reported, not compared).
 */
public final class HistoryTargets {
    /** The calibration years: the only years whose figures the project holds and fits. */
    public static final Set<Integer> CALIBRATION_YEARS = Set.of(2010, 2011, 2012, 2013, 2017, 2018, 2019, 2023);
    /**
     * The held-out years: the model is judged by replaying them from their inputs alone, so no observed outcome of
     * theirs is in the project, fitted or shown.
     */
    public static final Set<Integer> HELD_OUT_YEARS = Set.of(2014, 2015, 2016, 2020, 2021, 2022, 2024, 2025);
    /** The first year of the history (its run starts in {@link TajikistanDefaults#HISTORY_START}, issue 12). */
    public static final int HISTORY_FIRST_YEAR = TajikistanDefaults.HISTORY_START.getYear();

    private static final double OFFICIAL = 0.10;
    private static final double APPROXIMATE = 0.15;
    private static final double OLD_POVERTY_TOLERANCE = 0.02;
    private static final double USD_MILLION = 1e6;
    private static final double USD_BILLION = 1e9;
    private static final double PER_CENT = 0.01;

    private static final String SHARE_NOT_FITTED = "Weight 0, reported, not fitted: GDP is the scenario's input, so "
            + "the share repeats the information of the remittances in dollars of the year";
    private static final String NATURALISATIONS_NOT_FITTED = "Weight 0, reported, not fitted: the grants count "
            + "every Tajik citizen naturalised in Russia, of every age and purpose, while the "
            + "model naturalises only its migrant workers; and the hazard that would reach these figures "
            + "(about 0.024 a month) builds a pool of settled migrants that no warm-up settles (poverty drifts 0.65 "
            + "points in ten flat years, NoDriftTest), so Russia's hazard stays at its assumption "
            + "(docs/calibration.md, section 6)";
    private static final String PART_OF_YEAR = "Weight 0, reported, not fitted: the year's total is fitted; a part "
            + "of the same year adds only its seasonal pattern";
    private static final String OTHER_DEFINITION = "Weight 0, reported, not fitted: another definition or vintage "
            + "of a flow whose main series is fitted for the year (data/calibration-years.md: 'not one consistent "
            + "series')";
    /**
     * Why the TajStat SDG pairs of 2018 and 2019 are fitted at weight 0.5 (one source, a pair of figures): with the
     * persons' urban share of the population (26.2%, {@code population.urbanShare}) they give back the year's
     * national rate within a point (2018: 27.9% against 27.4%; 2019: 27.0% against 26.3%).
     */
    private static final String PAIR_FITTED = " (TajStat SDG data, tagged U and R: with 26.2% of persons in towns the "
            + "pair gives back the year's national rate within a point), on the old methodology's line; weight 0.5 as "
            + "one source gives the pair";
    /** Why the TajStat SDG pair of 2017 is reported only: as tagged it does not give back the national rate. */
    private static final String PAIR_DOUBTFUL = " (TajStat SDG data, tagged U and R; as tagged, with 26.2% of persons "
            + "in towns, the pair gives 24.7% against the year's national 29.5%, with the tags swapped 30.2%: the tags "
            + "are doubtful, so weight 0, reported, not fitted), on the old methodology's line";

    private HistoryTargets() {
    }

    /** Every figure of the catalogue, by year, then in the order of the data files. */
    public static List<CalibrationFigure> figures() {
        List<CalibrationFigure> all = new ArrayList<>();
        all.addAll(year2010());
        all.addAll(year2011());
        all.addAll(year2012());
        all.addAll(year2013());
        all.addAll(year2017());
        all.addAll(year2018());
        all.addAll(year2019());
        all.addAll(year2023());
        return List.copyOf(all);
    }

    /** The targets of every figure of the catalogue, in {@link #figures()}' order. */
    public static List<Target> targets() {
        return figures().stream().map(CalibrationFigure::target).toList();
    }

    /** The targets in years {@code firstYear} to {@code lastYear} (both included), in catalogue order. */
    public static List<Target> targetsIn(int firstYear, int lastYear) {
        return targets().stream().filter(t -> t.year() >= firstYear && t.year() <= lastYear).toList();
    }

    private static List<CalibrationFigure> year2010() {
        int y = 2010;
        return List.of(
                wdi(y, 2_020.5, 1), wdiShare(y, 0.358), cbr(y, 2_228),
                fig(id("remittances_mdb_usd", y), "remittances to Tajikistan (World Bank MDB 17, Dec 2011), US "
                        + "dollars", y, Moments.REMITTANCES_SENT_USD, 2.3e9, 0.23e9, 0,
                        "data:remit_total_reported 2010 = USD 2.3 billion (World Bank Migration and Development "
                                + "Brief 17, via Asia-Plus), an earlier vintage of the WDI series (2,020.5 million "
                                + "today). " + OTHER_DEFINITION,
                        cal("remit_total_reported", "observations/0/value_usd_bn", USD_BILLION)),
                fig(id("remittances_share_of_gdp_mdb", y), "remittances over GDP (World Bank MDB 17)", y,
                        Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.31, 0.031, 0,
                        "data:remit_total_reported 2010 = 31% of GDP (also data:remittances_pct_gdp_published "
                                + "2010), on GDP before its revision. " + SHARE_NOT_FITTED,
                        cal("remit_total_reported", "observations/0/pct_gdp", PER_CENT)),
                oldPoverty(y, 0.45, 4, "(TajStat / World Bank poverty analysis 2016-2020)"),
                fig(id("poverty_fgt0_wb2025", y), "poverty headcount, World Bank methodology of 2025", y,
                        Moments.POVERTY_FGT0, 0.56, 0.03, 1,
                        "data:poverty_national_rate_to_2019 2010 = 56% on the World Bank's Poverty and Equity "
                                + "Assessment 2025 methodology (World Bank blog), the methodology of the 2023 "
                                + "target; tolerance 3 points as a single figure read from a blog",
                        taj("poverty_national_rate_to_2019", "observations/5/value", PER_CENT)),
                fig(id("russia_share_of_migrants", y), "share of migrants abroad who are in Russia", y,
                        Moments.RUSSIA_SHARE_OF_MIGRANTS_ABROAD, 0.9, 0.03, 0.5,
                        "data:destination_share_russia 2010 = 0.9 of migrants (Asia-Plus); weight 0.5 as a rounded "
                                + "press figure", taj("destination_share_russia", "observations/0/value", 1)));
    }

    private static List<CalibrationFigure> year2011() {
        int y = 2011;
        return List.of(
                wdi(y, 2_722.5, 1), wdiShare(y, 0.417), cbr(y, 3_039),
                cbrPart(y, "q1", Moments.REMITTANCES_FROM_RUSSIA_USD_JAN_MAR, 438, "2011-Q1",
                        "sub_annual/0/value"),
                cbrPart(y, "q2", Moments.REMITTANCES_FROM_RUSSIA_USD_APR_JUN, 742, "2011-Q2",
                        "sub_annual/1/value"),
                fig(id("remittances_from_russia_nbt_usd", y), "money transfers from Russia (National Bank of "
                        + "Tajikistan), US dollars", y, Moments.REMITTANCES_FROM_RUSSIA_USD, 2.96e9, 0.296e9, 0,
                        "data:remit_total_reported 2011 = USD 2.96 billion from Russia (NBT deputy chair, via The "
                                + "Moscow Times; also data:remittances_usd_published 2011), the flow the Central Bank "
                                + "of Russia counts as 3,039 million. " + OTHER_DEFINITION,
                        cal("remit_total_reported", "observations/1/value_usd_bn", USD_BILLION)),
                fig(id("remittances_share_of_gdp_nbt", y), "transfers from Russia over GDP (NBT)", y,
                        Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.454, 0.045, 0,
                        "data:remit_total_reported 2011 = 45.4% of GDP (NBT; also "
                                + "data:remittances_pct_gdp_published 2011), on GDP before its revision. "
                                + SHARE_NOT_FITTED, cal("remit_total_reported", "observations/1/pct_gdp", PER_CENT)),
                fig(id("remittances_share_of_gdp_mdb", y), "remittances over GDP (World Bank MDB, Nov 2012)", y,
                        Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.47, 0.047, 0,
                        "data:remit_total_reported 2011 = 47% of GDP (World Bank, via bne IntelliNews; also "
                                + "data:remittances_pct_gdp_published 2011). " + SHARE_NOT_FITTED,
                        cal("remit_total_reported", "observations/2/pct_gdp", PER_CENT)),
                oldPoverty(y, 0.42, 6, "(TajStat / World Bank poverty analysis 2016-2020)"),
                fig(id("migrants_in_russia", y), "Tajik citizens living in Russia, persons", y,
                        Moments.MIGRANTS_IN_RUSSIA, 1_032_620, 155_000, 0.5,
                        "data:ru_stock_tajik_citizens_present 2011 = 1,032,620 Tajik citizens living in Russia "
                                + "(Tajik Migration Service, via dtua; about November 2011), a count of citizens "
                                + "present, not only of workers, so weight 0.5 and tolerance 15%",
                        cal("ru_stock_tajik_citizens_present", "observations/0/value", 1)),
                fig(id("migrants_in_russia_rounded", y), "Tajik labour migrants employed in Russia, persons", y,
                        Moments.MIGRANTS_IN_RUSSIA, 1_030_000, 155_000, 0,
                        "data:ru_stock_tajik_citizens_present 2011 = 'about 1.03 million' (Tajik Migration "
                                + "Service, via The Moscow Times; also data:migrant_stock_russia 2011). Weight 0, "
                                + "reported, not fitted: the same count as migrants_in_russia_2011, rounded",
                        cal("ru_stock_tajik_citizens_present", "observations/1/value", 1)));
    }

    private static List<CalibrationFigure> year2012() {
        int y = 2012;
        return List.of(
                wdi(y, 3_222.4, 1), wdiShare(y, 0.422), cbr(y, 3_651),
                fig(id("remittances_received_mof_usd", y), "remittances of individuals to banks in Tajikistan "
                        + "(Ministry of Finance), US dollars", y, Moments.REMITTANCES_RECEIVED_USD, 3.8e9, 0.38e9, 0,
                        "data:remit_total_reported 2012 = USD 3.8 billion remitted by individuals to banks in "
                                + "Tajikistan (Ministry of Finance, via news.tj; "
                                + "data:cbr_transfers_russia_to_tajikistan 2012 gives the same 3,800 million from "
                                + "Asia-Plus). " + OTHER_DEFINITION,
                        cal("remit_total_reported", "observations/3/value_usd_bn", USD_BILLION)),
                fig(id("remittances_share_of_gdp_imf", y), "remittances over GDP (IMF staff report)", y,
                        Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.48, 0.048, 0,
                        "data:remit_total_reported 2012 = about 48% of GDP (IMF staff report), on GDP before its "
                                + "revision. " + SHARE_NOT_FITTED,
                        cal("remit_total_reported", "observations/4/pct_gdp", PER_CENT)),
                fig(id("remittances_share_of_gdp_wb2013", y), "remittances over GDP (World Bank, 'Sending Money "
                        + "Home to Asia')", y, Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.516, 0.052, 0,
                        "data:remittances_pct_gdp_published 2012 = 51.6% (year approximate; World Bank 2013, via "
                                + "GRFDT). " + SHARE_NOT_FITTED,
                        taj("remittances_pct_gdp_published", "observations/5/value", PER_CENT)),
                oldPoverty(y, 0.383, 7, "(TajStat / World Bank poverty analysis 2016-2020)"),
                fig(id("poverty_fgt0_wb", y), "poverty headcount, national line (World Bank figure)", y,
                        Moments.POVERTY_FGT0_OLD_METHODOLOGY, 0.374, OLD_POVERTY_TOLERANCE, 0,
                        "data:poverty_national_rate_to_2019 2012 = 37.4% (World Bank figure, via Asia-Plus). "
                                + OTHER_DEFINITION,
                        taj("poverty_national_rate_to_2019", "observations/8/value", PER_CENT)));
    }

    private static List<CalibrationFigure> year2013() {
        int y = 2013;
        List<Target> anchor = CalibrationTargets.targets2013();
        return join(List.of(
                wdi(y, 3_697.7, 1), wdiShare(y, 0.438), cbr(y, 4_173),
                cbrPart(y, "q1", Moments.REMITTANCES_FROM_RUSSIA_USD_JAN_MAR, 679.7, "2013-Q1",
                        "sub_annual/2/value"),
                cbrPart(y, "q3", Moments.REMITTANCES_FROM_RUSSIA_USD_JUL_SEP, 1_366.6, "2013-Q3",
                        "sub_annual/3/value"),
                cbrPart(y, "jan_sep", Moments.REMITTANCES_FROM_RUSSIA_USD_JAN_SEP, 3_044.3, "2013-01..09",
                        "sub_annual/4/value"),
                fig(id("remittances_from_russia_kremlin_usd", y), "transfers from Tajiks working in Russia "
                        + "(Kremlin statement), US dollars", y, Moments.REMITTANCES_FROM_RUSSIA_USD, 3.6e9, 0.36e9, 0,
                        "data:remit_total_reported 2013 = USD 3.6 billion (Kremlin press statement, via The Moscow "
                                + "Times; 'last year' is ambiguous and conflicts with the Central Bank of Russia's "
                                + "4,155-4,173 million). " + OTHER_DEFINITION,
                        cal("remit_total_reported", "observations/6/value_usd_bn", USD_BILLION)),
                fig(id("remittances_share_of_gdp_ryazantsev", y), "remittances over GDP ('according to the World "
                        + "Bank', Ryazantsev)", y, Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.52, 0.052, 0,
                        "data:remit_total_reported 2013 = 52% of GDP (Russia in Global Affairs; also "
                                + "data:remittances_pct_gdp_published 2013). " + SHARE_NOT_FITTED,
                        cal("remit_total_reported", "observations/5/pct_gdp", PER_CENT)),
                fig(id("remittances_share_of_gdp_mt2015", y), "remittances over GDP (The Moscow Times, 2015)", y,
                        Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.42, 0.042, 0,
                        "data:remittances_pct_gdp_published 2013 = 42% (The Moscow Times). " + SHARE_NOT_FITTED,
                        taj("remittances_pct_gdp_published", "observations/7/value", PER_CENT)),
                fromAnchor(anchor, "poverty_fgt0_2013", taj("poverty_national_rate_to_2019", "observations/9/value",
                        PER_CENT)),
                fromAnchor(anchor, "extreme_poverty_fgt0_2013", taj("extreme_poverty", "observations/1/value",
                        PER_CENT)),
                fig(id("migrants_in_russia", y), "Tajiks working in Russia, persons", y, Moments.MIGRANTS_IN_RUSSIA,
                        1_100_000, 200_000, 0.5,
                        "data:ru_stock_tajik_citizens_present 2013 = '1.1 million Tajiks working in Russia' "
                                + "(Kremlin press statement of February 2014, via The Moscow Times; "
                                + "data:migrant_stock_russia 2013 gives '>1,100,000' from the FMS), the figure of "
                                + "the 2013 anchor's migrants_in_russia_2013 with its tolerance and weight 0.5",
                        cal("ru_stock_tajik_citizens_present", "observations/3/value", 1)),
                fig(id("russia_present_fms", y), "Tajik citizens present in Russia (FMS), persons", y,
                        Moments.MIGRANTS_IN_RUSSIA, 1_193_589, 180_000, 0,
                        "data:ru_stock_tajik_citizens_present 2013 = 1,193,589 (FMS count of 18 October 2013, via "
                                + "Fergana). Weight 0, reported, not fitted: entries less recorded exits over three "
                                + "to four years, an upper bound (exits are under-recorded, Abashin), of citizens "
                                + "of every purpose",
                        cal("ru_stock_tajik_citizens_present", "observations/2/value", 1)),
                fromAnchor(anchor, "departures_2013", taj("departures_abroad_mol_baseline", "observations/1/value", 1)),
                fromAnchor(anchor, "male_share_of_departures_2013", taj("male_share_of_departures",
                        "observations/0/value", 1)),
                fromAnchor(anchor, "returns_over_departures_2013", new DataCell(TAJIKISTAN_FILE,
                        "/series/return_flows_mol/observations/0/returned", 1.0 / 735_031))),
                urbanRural2013());
    }

    private static List<CalibrationFigure> year2017() {
        int y = 2017;
        return join(List.of(
                wdi(y, 2_237.2, 1), wdiShare(y, 0.297), cbr(y, 2_535),
                fig(id("remittances_from_russia_q3", y), "transfers from Russia in the third quarter (Central Bank "
                        + "of Russia), US dollars", y, Moments.REMITTANCES_FROM_RUSSIA_USD_JUL_SEP, 741e6, 74.1e6, 0,
                        "data:cbr_transfers_russia_to_tajikistan 2017-Q3 = USD 741 million (via eurasia.expert), "
                                + "July to September. " + PART_OF_YEAR,
                        taj("cbr_transfers_russia_to_tajikistan", "observations/6/value", USD_MILLION)),
                fig(id("remittances_received_nbt_usd", y), "remittances (National Bank of Tajikistan), US dollars",
                        y, Moments.REMITTANCES_RECEIVED_USD, 2.6e9, 0.26e9, 0,
                        "data:remittances_usd_published 2017 = USD 2.6 billion (NBT, via AzerNews; 86% received in "
                                + "roubles). " + OTHER_DEFINITION,
                        taj("remittances_usd_published", "observations/7/value", USD_BILLION)),
                naturalisations(y, 29_000, ""),
                oldPoverty(y, 0.295, 10, "(TajStat SDG data)"),
                extremePoverty(y, 0.14, 3, "(trend.az, a press report)")),
                tajStatPair(y, 0.333, 0.216, 0, PAIR_DOUBTFUL));
    }

    private static List<CalibrationFigure> year2018() {
        int y = 2018;
        return join(List.of(
                wdi(y, 2_183.3, 1), wdiShare(y, 0.281), cbr(y, 2_553),
                naturalisations(y, 35_000, " (data:russian_citizenship_granted_to_tajiks 2018 gives 35,700, "
                        + "within the tolerance)"),
                fig(id("departures_russia", y), "departures to Russia, persons", y, Moments.DEPARTURES_TO_RUSSIA,
                        480_000, 72_000, 0.5,
                        "data:tj_departures_labour_migrants 2018 = about 480,000 went to Russia (President Rahmon, "
                                + "via Vedomosti and handofmoscow.com; also data:departures_abroad_mol_baseline "
                                + "2018); approximate, so weight 0.5 and tolerance 15%",
                        cal("tj_departures_labour_migrants", "observations/0/value", 1)),
                fig(id("remittances_share_of_gdp_knomad", y), "remittances over GDP (KNOMAD / World Bank MDB, "
                        + "2019)", y, Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.322, 0.032, 0,
                        "data:remit_total_reported 2018 = 32.2% of GDP (KNOMAD estimate, via Asia-Plus; also "
                                + "data:remittances_pct_gdp_published 2018). " + SHARE_NOT_FITTED,
                        cal("remit_total_reported", "observations/7/pct_gdp", PER_CENT)),
                fig(id("remittances_share_of_gdp_aer", y), "remittances over GDP (Tajikistan annual economic "
                        + "report 2019)", y, Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.31, 0.031, 0,
                        "data:remittances_pct_gdp_published 2018 = 31% (docslib copy of the annual economic "
                                + "report). " + SHARE_NOT_FITTED,
                        taj("remittances_pct_gdp_published", "observations/9/value", PER_CENT)),
                oldPoverty(y, 0.274, 11, "(TajStat SDG data)")),
                tajStatPair(y, 0.215, 0.302, 0.5, PAIR_FITTED));
    }

    private static List<CalibrationFigure> year2019() {
        int y = 2019;
        return join(List.of(
                wdi(y, 2_321.9, 1), wdiShare(y, 0.28), cbr(y, 2_576),
                cbrPart(y, "h1", Moments.REMITTANCES_FROM_RUSSIA_USD_JAN_JUN, 1_111, "2019-H1 (a CBR-based "
                        + "Sputnik item gives 649 million, probably a narrower definition)", "sub_annual/5/value"),
                naturalisations(y, 44_700, ""),
                fig(id("departures_jan_aug", y), "departures abroad from January to August, persons", y,
                        Moments.DEPARTURES_JAN_AUG, 411_000, 62_000, 0.5,
                        "data:tj_departures_labour_migrants 2019 = 'more than 411,000' left for seasonal work in "
                                + "January-August 2019 (Ministry of Labour monthly report, via Asia-Plus). "
                                + "data:departures_abroad_mol_baseline gives the same 411,000 as January-September; "
                                + "the calibration-years file, which names the monthly report, is followed. A lower "
                                + "bound of a part of a year: weight 0.5, tolerance 15%",
                        cal("tj_departures_labour_migrants", "observations/1/value", 1)),
                fig(id("returns_jan_sep", y), "returns home from January to September, persons", y,
                        Moments.RETURNS_AND_DEPORTATIONS_JAN_SEP, 280_000, 42_000, 0,
                        "data:departures_abroad_mol_baseline 2019 Jan-Sep, its note '+26% y/y; returned ~280,000' "
                                + "(Asia-Plus). Weight 0, reported, not fitted: a rounded figure in a note, of a "
                                + "period its own source states differently (see departures_jan_aug_2019)",
                        taj("departures_abroad_mol_baseline", "observations/3/note", 1)),
                fig(id("remittances_received_nbt_usd_jan_sep", y), "sent home by Tajik labour migrants from January "
                        + "to September (National Bank of Tajikistan), US dollars", y,
                        Moments.REMITTANCES_RECEIVED_USD_JAN_SEP, 2.49e9, 0.249e9, 0,
                        "data:remit_total_reported 2019 = USD 2.49 billion in January-September (NBT chairman, via "
                                + "Times of Central Asia). " + OTHER_DEFINITION,
                        cal("remit_total_reported", "observations/8/value_usd_bn", USD_BILLION)),
                fig(id("remittances_received_eurasianet_usd", y), "remittances (Eurasianet), US dollars", y,
                        Moments.REMITTANCES_RECEIVED_USD, 2.5e9, 0.25e9, 0,
                        "data:remittances_usd_published 2019 = USD 2.5 billion, 'about one-third of GDP' "
                                + "(Eurasianet, via Asia-Plus). " + OTHER_DEFINITION,
                        taj("remittances_usd_published", "observations/8/value", USD_BILLION)),
                fig(id("remittances_from_russia_eurasianet_usd", y), "remittances from Russia (Eurasianet), US "
                        + "dollars", y, Moments.REMITTANCES_FROM_RUSSIA_USD, 2.6e9, 0.26e9, 0,
                        "data:remittances_usd_published 2019 = USD 2.6 billion from Russia, 28% of GDP (Eurasianet, "
                                + "via cher-poisk.ru). " + OTHER_DEFINITION,
                        taj("remittances_usd_published", "observations/9/value", USD_BILLION)),
                fig(id("remittances_share_of_gdp_nbt", y), "remittances over GDP (NBT, via Tajikistan News "
                        + "Gazette)", y, Moments.REMITTANCES_SENT_SHARE_OF_GDP, 0.286, 0.029, 0,
                        "data:remittances_pct_gdp_published 2019 = 28.6%. " + SHARE_NOT_FITTED,
                        taj("remittances_pct_gdp_published", "observations/10/value", PER_CENT)),
                oldPoverty(y, 0.263, 12, "(TajStat SDG data)"),
                extremePoverty(y, 0.11, 4, "(borgenproject.org, a secondary source)"),
                fig(id("households_with_migrant", y), "share of households with a member abroad", y,
                        Moments.HOUSEHOLDS_WITH_MIGRANT_SHARE, 0.35, 0.05, 0.5,
                        "data:households_with_migrant_share c.2019 = 30-40% (secondary source, borgenproject.org), "
                                + "compared in its own year: the range's middle with its half-width as tolerance; "
                                + "weight 0.5 as the source is secondary and its year approximate",
                        taj("households_with_migrant_share", "observations/0/value", 1))),
                tajStatPair(y, 0.184, 0.301, 0.5, PAIR_FITTED));
    }

    private static List<CalibrationFigure> year2023() {
        int y = 2023;
        List<Target> anchor = CalibrationTargets.targets2023();
        List<CalibrationFigure> out = new ArrayList<>(List.of(
                fromAnchor(anchor, "remittances_usd_2023", taj("remittances_usd_wdi", "values/2023", USD_MILLION)),
                fromAnchor(anchor, "remittances_share_of_gdp_2023", taj("remittances_pct_gdp_derived", "values/2023",
                        PER_CENT)),
                fromAnchor(anchor, "departures_2023", taj("return_flows_mol", "observations/1/departed", 1)),
                fromAnchor(anchor, "russia_share_of_departures_2023", taj("destination_share_russia",
                        "observations/1/value", 1)),
                fromAnchor(anchor, "male_share_of_departures_2023", taj("male_share_of_departures",
                        "observations/1/value", 1)),
                fromAnchor(anchor, "returns_over_departures_2023", taj("return_flows_mol",
                        "observations/1/ratio_derived", 1)),
                fromAnchor(anchor, "departures_by_end_of_may_2023", taj("departures_seasonality", "values/end_of_May",
                        1)),
                fromAnchor(anchor, "poverty_fgt0_2023", taj("poverty_national_rate_2020_2024", "observations/0/value",
                        1)),
                fromAnchor(anchor, "gini_2023", taj("gini_2021_2023", "values/2023", PER_CENT))));
        out.addAll(List.of(
                fig(id("departures_russia", y), "departures to Russia, persons", y, Moments.DEPARTURES_TO_RUSSIA,
                        627_028, 62_700, 0,
                        "data:tj_departures_labour_migrants 2023 = 627,028 to Russia (via sng.today). Weight 0, "
                                + "reported, not fitted: departures_2023 and russia_share_of_departures_2023 carry "
                                + "the same information", cal("tj_departures_labour_migrants", "observations/3/value",
                        1)),
                fig(id("returns_within_a_year", y), "share of returnees whose last stay lasted 12 months or less",
                        y, Moments.RETURNS_WITHIN_A_YEAR_SHARE, 0.55, 0.05, 1,
                        "data:spell_duration_months 2023 = 55% of returnees surveyed stayed 12 months or less (IOM "
                                + "Return Migrant Worker Survey, n = 978; 98% back from Russia), compared with the "
                                + "returns by choice of the year; tolerance 5 points (the survey's sampling error is "
                                + "about 1.6 points; the rest for returnees the model sends home otherwise)",
                        cal("spell_duration_months", "observations/1/derived_pct_stays_up_to_12_months", PER_CENT)),
                fig(id("departures_kazakhstan", y), "departures to Kazakhstan, persons", y,
                        Moments.DEPARTURES_TO_KAZAKHSTAN, 18_418, 2_800, 0.5,
                        "data:tj_departures_labour_migrants 2023 = 18,418 to Kazakhstan (via sng.today; also "
                                + "data:kazakhstan_tajik_migrants 2023); tolerance 15% and weight 0.5 as a small "
                                + "count that the Russia share already bounds",
                        cal("tj_departures_labour_migrants", "observations/4/value", 1)),
                fig(id("departures_other_destinations", y), "departures to countries other than Russia and "
                        + "Kazakhstan, persons", y, Moments.DEPARTURES_ELSEWHERE, 6_568, 1_000, 0,
                        "data:tj_departures_labour_migrants 2023 = 6,568 to other countries (via sng.today). "
                                + "Weight 0, reported, not fitted: the remainder of departures_2023 once Russia and "
                                + "Kazakhstan are fitted", cal("tj_departures_labour_migrants", "observations/5/value",
                        1)),
                fig(id("returns_and_deportations", y), "labour migrants returning to Tajikistan, persons", y,
                        Moments.RETURNS_AND_DEPORTATIONS, 590_710, 59_000, 0,
                        "data:tj_departures_labour_migrants 2023 = 590,710 returns (via ca-news; also "
                                + "data:return_flows_mol 2023). Weight 0, reported, not fitted, as "
                                + "returns_over_departures_2023", cal("tj_departures_labour_migrants",
                        "observations/6/value", 1)),
                fig(id("naturalisations_russia_jan_mar", y), "Russian citizenship decisions for Tajik citizens, "
                        + "January to March, persons", y, Moments.NATURALISATIONS_IN_RUSSIA_JAN_MAR, 44_854, 6_700,
                        0, "data:ru_citizenship_acquisitions_by_tajik_citizens 2023-Q1 = 44,854 (MVD, via "
                                + "kazakbol; data:russian_citizenship_granted_to_tajiks gives 44,900 'decisions'). "
                                + "The first quarter is read as the naturalisations of January, February and March "
                                + "of the run, summed; tolerance 15%: decisions, not grants, of one quarter. "
                                + NATURALISATIONS_NOT_FITTED, cal("ru_citizenship_acquisitions_by_tajik_citizens",
                        "observations/0/value", 1)),
                fig(id("remittances_adb_usd", y), "remittance inflows (Asian Development Bank), US dollars", y,
                        Moments.REMITTANCES_SENT_USD, 5.7e9, 0.57e9, 0,
                        "data:remit_total_reported 2023 = USD 5.7 billion (ADB, via Asia-Plus), against the WDI's "
                                + "4,633.8 million. " + OTHER_DEFINITION,
                        cal("remit_total_reported", "observations/9/value_usd_bn", USD_BILLION))));
        return out;
    }

    /** The World Bank's remittances of {@code year}, against the remittances sent home before fees. */
    private static CalibrationFigure wdi(int year, double usdMillion, double weight) {
        return fig(id("remittances_usd", year), "personal remittances (World Bank), US dollars", year,
                Moments.REMITTANCES_SENT_USD, usdMillion * USD_MILLION, part(usdMillion * USD_MILLION, OFFICIAL),
                weight, "data:remittances_usd_wdi " + year + " = USD " + usdMillion + " million (World Bank WDI "
                        + "BX.TRF.PWKR.CD.DT), compared with the remittances sent home before fees (below the "
                        + "Central Bank of Russia's transfers in every calibration year, so compiled from "
                        + "transfers); tolerance 10%",
                taj("remittances_usd_wdi", "values/" + year, USD_MILLION));
    }

    /** The World Bank's remittances over GDP of {@code year}, reported only. */
    private static CalibrationFigure wdiShare(int year, double share) {
        return fig(id("remittances_share_of_gdp", year), "remittances over GDP (World Bank)", year,
                Moments.REMITTANCES_SENT_SHARE_OF_GDP, share, part(share, OFFICIAL), 0,
                "data:remittances_pct_gdp_derived " + year + " (WDI remittances over WDI GDP, "
                        + "data:gdp_usd_wdi). " + SHARE_NOT_FITTED,
                taj("remittances_pct_gdp_derived", "values/" + year, PER_CENT));
    }

    /** The Central Bank of Russia's transfers to Tajikistan in {@code year}. */
    private static CalibrationFigure cbr(int year, double usdMillion) {
        return fig(id("remittances_from_russia_usd", year), "cross-border transfers by individuals from Russia "
                        + "to Tajikistan (Central Bank of Russia), US dollars", year,
                Moments.REMITTANCES_FROM_RUSSIA_USD, usdMillion * USD_MILLION,
                part(usdMillion * USD_MILLION, OFFICIAL),
                0.5, "data:remit_cbr_transfers_russia_to_tajikistan " + year + " = USD " + usdMillion
                        + " million (IOM table of Central Bank of Russia data; other vintages differ by a few "
                        + "million). Formal money-transfer flows from Russia, gross, some of which are not "
                        + "migrants' remittances; compared with the remittances sent from Russia before fees. "
                        + "Weight 0.5: a second series of the flow the World Bank's remittances measure; "
                        + "tolerance 10%",
                cal("remit_cbr_transfers_russia_to_tajikistan", "values/" + year, USD_MILLION));
    }

    /** A part of a year of the Central Bank of Russia's transfers, reported only. */
    private static CalibrationFigure cbrPart(int year, String part, Moment moment, double usdMillion, String period,
                                             String path) {
        return fig(id("remittances_from_russia_" + part, year), "transfers from Russia (Central Bank of Russia), "
                        + "part of a year, US dollars", year, moment, usdMillion * USD_MILLION,
                part(usdMillion * USD_MILLION, OFFICIAL), 0,
                "data:remit_cbr_transfers_russia_to_tajikistan " + period + " = USD " + usdMillion + " million. "
                        + PART_OF_YEAR,
                cal("remit_cbr_transfers_russia_to_tajikistan", path, USD_MILLION));
    }

    /** Russian citizenship acquired by Tajik citizens in {@code year}. */
    private static CalibrationFigure naturalisations(int year, double persons, String note) {
        return fig(id("naturalisations_russia", year), "Tajik citizens granted Russian citizenship, persons", year,
                Moments.NATURALISATIONS_IN_RUSSIA, persons, part(persons, APPROXIMATE), 0,
                "data:ru_citizenship_acquisitions_by_tajik_citizens " + year + " = " + (long) persons
                        + " (MVD data as reported in the press)" + note + "; tolerance 15% as a press report. "
                        + NATURALISATIONS_NOT_FITTED,
                cal("ru_citizenship_acquisitions_by_tajik_citizens", "values/" + year, 1));
    }

    /** The old national series' poverty rate of {@code year}, observation {@code index}, on its own line. */
    private static CalibrationFigure oldPoverty(int year, double share, int index, String publisher) {
        return fig(id("poverty_fgt0", year), "poverty headcount, national line (old methodology)", year,
                Moments.POVERTY_FGT0_OLD_METHODOLOGY, share, OLD_POVERTY_TOLERANCE, 1,
                "data:poverty_national_rate_to_2019 " + year + " " + publisher + ", on the old methodology's line "
                        + "(economy.oldMethodologyPovertyLine); tolerance 2 points",
                taj("poverty_national_rate_to_2019", "observations/" + index + "/value", PER_CENT));
    }

    /** An extreme poverty rate of {@code year}, observation {@code index}, from a secondary source. */
    private static CalibrationFigure extremePoverty(int year, double share, int index, String publisher) {
        return fig(id("extreme_poverty_fgt0", year), "extreme poverty headcount (old methodology)", year,
                Moments.EXTREME_POVERTY_FGT0, share, 0.04, 0.5,
                "data:extreme_poverty " + year + " " + publisher + ", on the old methodology's extreme line "
                        + "(economy.extremePovertyLine); tolerance 4 points as the 2013 figure's, weight 0.5 as a "
                        + "secondary source", taj("extreme_poverty", "observations/" + index + "/value", PER_CENT));
    }

    /**
     * The urban and rural poverty rates of {@code year} (TajStat SDG data, tagged U and R), on the old methodology's
     * line, at {@code weight}, {@code why} said after the series.
     */
    private static CalibrationFigure[] tajStatPair(int year, double urban, double rural, double weight, String why) {
        String source = "data:poverty_urban_rural_tajstat_sdg " + year + why;
        return urbanRural(year, urban, rural, weight, source, source,
                taj("poverty_urban_rural_tajstat_sdg", "values/tagged_U/" + year, PER_CENT),
                taj("poverty_urban_rural_tajstat_sdg", "values/tagged_R/" + year, PER_CENT));
    }

    /**
     * The urban and rural poverty rates of 2013 on the old methodology's line, from the note of the national rate's
     * 2013 observation ("urban 29, rural 40"; the 2016-2020 poverty analysis and Avesta), fitted at weight 0.5 as
     * the pairs of 2018 and 2019.
     */
    private static CalibrationFigure[] urbanRural2013() {
        String why = "data:poverty_national_rate_to_2019 2013, its note 'urban 29, rural 40' (the 2016-2020 poverty "
                + "analysis and Avesta): the %s figure, on the old methodology's line; weight 0.5 as one source gives "
                + "the pair";
        DataCell note = taj("poverty_national_rate_to_2019", "observations/9/note", 1);
        return urbanRural(2013, 0.29, 0.40, 0.5, String.format(why, "urban"), String.format(why, "rural"), note, note);
    }

    /** A year's urban and rural poverty headcounts on the old methodology's line, with their sources and cells. */
    private static CalibrationFigure[] urbanRural(int year, double urban, double rural, double weight,
                                                  String urbanSource, String ruralSource, DataCell urbanCell,
                                                  DataCell ruralCell) {
        return new CalibrationFigure[] {
            fig(id("poverty_fgt0_urban", year), "poverty headcount of urban persons (old methodology)", year,
                    Moments.POVERTY_FGT0_URBAN, urban, OLD_POVERTY_TOLERANCE, weight, urbanSource, urbanCell),
            fig(id("poverty_fgt0_rural", year), "poverty headcount of rural persons (old methodology)", year,
                    Moments.POVERTY_FGT0_RURAL, rural, OLD_POVERTY_TOLERANCE, weight, ruralSource, ruralCell)};
    }

    private static List<CalibrationFigure> join(List<CalibrationFigure> first, CalibrationFigure... more) {
        List<CalibrationFigure> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    private static CalibrationFigure fromAnchor(List<Target> anchorTargets, String id, DataCell cell) {
        Target t = anchorTargets.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no anchor target " + id));
        return new CalibrationFigure(t, cell);
    }

    private static CalibrationFigure fig(String id, String description, int year, Moment moment, double value,
                                         double tolerance, double weight, String source, DataCell cell) {
        return new CalibrationFigure(new Target(id, description, year, moment, value, tolerance, weight, source),
                cell);
    }

    /** {@code fraction} of {@code value}, to ten significant digits (a tolerance without binary noise). */
    private static double part(double value, double fraction) {
        return new BigDecimal(value * fraction).round(new MathContext(10)).doubleValue();
    }

    private static String id(String stem, int year) {
        return stem + "_" + year;
    }

    static DataCell cal(String key, String path, double scale) {
        return new DataCell(CALIBRATION_YEARS_FILE, "/series/" + key + "/" + path, scale);
    }

    static DataCell taj(String key, String path, double scale) {
        return new DataCell(TAJIKISTAN_FILE, "/series/" + key + "/" + path, scale);
    }
}
