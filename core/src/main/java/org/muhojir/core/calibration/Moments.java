package org.muhojir.core.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.world.Destination;

/**
 * The catalogue of {@link Moment}s, by name. Most are a {@link Metric} of the output catalogue in one group, with
 * its annual value as the catalogue aggregates it (flows summed over the year's twelve months, stocks and rates
 * averaged, ratios of flows as ratios of the sums); the others are ratios of such annual values. Persons are
 * national totals (the sample is weighted up).
 */
public final class Moments {
    private static final String ALL = GroupKind.ALL_LABEL;
    private static final String NATIONAL = "national";
    private static final String RUSSIA = Destination.RUSSIA.label();
    private static final int MAY = 5;

    /** Remittances received by households over the year, after transfer fees, US dollars per year. */
    public static final Moment REMITTANCES_RECEIVED_USD = of(Metric.REMITTANCES_RECEIVED_USD, ALL);

    /** Remittances received over the year divided by the year's GDP (both US dollars), share (0..). */
    public static final Moment REMITTANCES_SHARE_OF_GDP = of(Metric.REMITTANCES_SHARE_OF_GDP, ALL);

    /**
     * Personal remittances over the year as the balance of payments counts them (BPM6: net compensation of members
     * abroad under a year plus personal transfers of those abroad longer), US dollars per year: the concept, as the
     * output reports it. The World Bank's series, compiled from transfers, is compared with
     * {@link #REMITTANCES_SENT_USD}.
     */
    public static final Moment REMITTANCES_BOP_USD = of(Metric.REMITTANCES_BOP_USD, ALL);

    /** Balance-of-payments remittances over the year divided by the year's GDP, share (0..). */
    public static final Moment REMITTANCES_BOP_SHARE_OF_GDP = of(Metric.REMITTANCES_BOP_SHARE_OF_GDP, ALL);

    /**
     * Remittances sent home over the year from every destination, before transfer fees, US dollars per year: what
     * money-transfer systems record, the measure the World Bank's series is compared with (see
     * {@link HistoryTargets}: in every calibration year the Central Bank of Russia's transfers to Tajikistan exceed
     * the World Bank's figure, which a measure with earnings kept abroad or carried home could not do).
     */
    public static final Moment REMITTANCES_SENT_USD = of(Metric.REMITTANCES_USD, ALL);

    /** Remittances sent home over the year before fees divided by the year's GDP (both US dollars), share (0..). */
    public static final Moment REMITTANCES_SENT_SHARE_OF_GDP = new Moment("remittances_sent_share_of_gdp",
            "share (0 to 1)", months -> ratio(annual(Metric.REMITTANCES_USD, months, ALL),
            annual(Metric.GDP_USD, months, ALL)));

    /** Departures abroad over the year, all destinations, persons per year. */
    public static final Moment DEPARTURES = of(Metric.DEPARTURES, ALL);

    /** Share of the year's departures that went to Russia (0..1). */
    public static final Moment RUSSIA_SHARE_OF_DEPARTURES = new Moment("russia_share_of_departures",
            "share (0 to 1)", months -> ratio(annual(Metric.DEPARTURES, months, RUSSIA), departures(months)));

    /** Share of the year's departures made by men (0..1). */
    public static final Moment MALE_SHARE_OF_DEPARTURES = new Moment("male_share_of_departures", "share (0 to 1)",
            months -> 1 - ratio(annual(Metric.DEPARTURES_WOMEN, months, ALL), departures(months)));

    /** Returns home by choice over departures, both over the year (ratio, 0..). */
    public static final Moment RETURNS_BY_CHOICE_OVER_DEPARTURES = new Moment("returns_by_choice_over_departures",
            "ratio (0 or more)", months -> ratio(annual(Metric.RETURNS_BY_CHOICE, months, ALL), departures(months)));

    /**
     * Share of the year's returns by choice that came after 12 months abroad or less (0..1): the completed spells of
     * returnees, as a survey of returnees counts them.
     */
    public static final Moment RETURNS_WITHIN_A_YEAR_SHARE = new Moment("returns_within_a_year_share",
            "share (0 to 1)", months -> ratio(annual(Metric.RETURNS_WITHIN_A_YEAR, months, ALL),
                    annual(Metric.RETURNS_BY_CHOICE, months, ALL)));

    /**
     * All returns home (by choice and by deportation) over departures, both over the year (ratio, 0..). Border
     * statistics of people coming home count both.
     */
    public static final Moment RETURNS_OVER_DEPARTURES = new Moment("returns_over_departures", "ratio (0 or more)",
            months -> ratio(returnsAndDeportations(months), departures(months)));

    /** Share of the year's departures made from January to the end of May (0..1): the spring peak. */
    public static final Moment DEPARTURES_SHARE_BY_END_OF_MAY = new Moment("departures_share_by_end_of_may",
            "share (0 to 1)", months -> ratio(departures(months.subList(0, MAY)), departures(months)));

    /** Deportations over the year, all destinations, persons per year. */
    public static final Moment DEPORTATIONS = of(Metric.DEPORTATIONS, ALL);

    /** Mean monthly poverty headcount ratio against the national line, persons at home (0..1). */
    public static final Moment POVERTY_FGT0 = of(Metric.POVERTY_FGT0, NATIONAL);

    /** Mean monthly poverty headcount ratio against the old methodology's national line, persons at home (0..1). */
    public static final Moment POVERTY_FGT0_OLD_METHODOLOGY = of(Metric.POVERTY_FGT0_OLD_METHODOLOGY, NATIONAL);

    /** Mean monthly extreme-poverty headcount ratio, persons at home (0..1). */
    public static final Moment EXTREME_POVERTY_FGT0 = of(Metric.EXTREME_POVERTY_FGT0, NATIONAL);

    /** Mean monthly Gini coefficient of consumption per adult equivalent (0..1). */
    public static final Moment GINI = of(Metric.GINI, NATIONAL);

    /** Mean monthly share of households with a member abroad (0..1). */
    public static final Moment HOUSEHOLDS_WITH_MIGRANT_SHARE = of(Metric.HOUSEHOLDS_WITH_MIGRANT_SHARE, ALL);

    /** Mean monthly stock of migrants abroad, all destinations and statuses, persons. */
    public static final Moment MIGRANTS_ABROAD = of(Metric.MIGRANTS_ABROAD, ALL);

    /**
     * Mean monthly stock of Tajik citizens working in Russia, persons: migrants there with or without papers or held
     * after a raid, not those who hold Russian citizenship. Russia's counts of foreign workers (the concepts of
     * data:migrant_stock_russia) no longer count a migrant once naturalised.
     */
    public static final Moment MIGRANTS_IN_RUSSIA = new Moment("migrants_in_russia",
            Metric.MIGRANTS_ABROAD.annualUnit(), months -> annual(Metric.MIGRANTS_ABROAD, months, RUSSIA)
                    - annual(Metric.MIGRANTS_ABROAD_NATURALISED, months, RUSSIA));

    /** Share of the migrants abroad who are in Russia, mean of the months (0..1). */
    public static final Moment RUSSIA_SHARE_OF_MIGRANTS_ABROAD = new Moment("russia_share_of_migrants_abroad",
            "share (0 to 1)", months -> ratio(annual(Metric.MIGRANTS_ABROAD, months, RUSSIA),
                    annual(Metric.MIGRANTS_ABROAD, months, ALL)));

    /** Departures to Russia over the year, persons per year. */
    public static final Moment DEPARTURES_TO_RUSSIA = named("departures_russia", Metric.DEPARTURES, RUSSIA);

    /** Departures to Kazakhstan over the year, persons per year. */
    public static final Moment DEPARTURES_TO_KAZAKHSTAN = named("departures_kazakhstan", Metric.DEPARTURES,
            Destination.KAZAKHSTAN.label());

    /** Departures to destinations other than Russia and Kazakhstan over the year, persons per year. */
    public static final Moment DEPARTURES_ELSEWHERE = new Moment("departures_other_destinations",
            Metric.DEPARTURES.annualUnit(), months -> departures(months)
                    - annual(Metric.DEPARTURES, months, RUSSIA)
                    - annual(Metric.DEPARTURES, months, Destination.KAZAKHSTAN.label()));

    /** Returns home by choice plus deportations over the year, persons per year (border counts of arrivals). */
    public static final Moment RETURNS_AND_DEPORTATIONS = new Moment("returns_and_deportations",
            Metric.DEPARTURES.annualUnit(), Moments::returnsAndDeportations);

    /** Remittances sent from Russia over the year, before transfer fees, US dollars per year. */
    public static final Moment REMITTANCES_FROM_RUSSIA_USD = named("remittances_usd_russia", Metric.REMITTANCES_USD,
            RUSSIA);

    /** Migrants who became citizens of Russia over the year, persons per year. */
    public static final Moment NATURALISATIONS_IN_RUSSIA = named("naturalisations_russia", Metric.NATURALISATIONS,
            RUSSIA);

    /** Mean monthly poverty headcount ratio of urban persons at home against the old methodology's line (0..1). */
    public static final Moment POVERTY_FGT0_URBAN = named("poverty_fgt0_old_methodology_urban",
            Metric.POVERTY_FGT0_OLD_METHODOLOGY, "urban");

    /** Mean monthly poverty headcount ratio of rural persons at home against the old methodology's line (0..1). */
    public static final Moment POVERTY_FGT0_RURAL = named("poverty_fgt0_old_methodology_rural",
            Metric.POVERTY_FGT0_OLD_METHODOLOGY, "rural");

    /** Remittances sent from Russia from January to March (the first quarter), US dollars. */
    public static final Moment REMITTANCES_FROM_RUSSIA_USD_JAN_MAR = REMITTANCES_FROM_RUSSIA_USD.overMonths(1, 3);
    /** Remittances sent from Russia from April to June (the second quarter), US dollars. */
    public static final Moment REMITTANCES_FROM_RUSSIA_USD_APR_JUN = REMITTANCES_FROM_RUSSIA_USD.overMonths(4, 6);
    /** Remittances sent from Russia from July to September (the third quarter), US dollars. */
    public static final Moment REMITTANCES_FROM_RUSSIA_USD_JUL_SEP = REMITTANCES_FROM_RUSSIA_USD.overMonths(7, 9);
    /** Remittances sent from Russia from January to June (the first half), US dollars. */
    public static final Moment REMITTANCES_FROM_RUSSIA_USD_JAN_JUN = REMITTANCES_FROM_RUSSIA_USD.overMonths(1, 6);
    /** Remittances sent from Russia from January to September, US dollars. */
    public static final Moment REMITTANCES_FROM_RUSSIA_USD_JAN_SEP = REMITTANCES_FROM_RUSSIA_USD.overMonths(1, 9);
    /** Remittances received by households from January to September, after fees, US dollars. */
    public static final Moment REMITTANCES_RECEIVED_USD_JAN_SEP = REMITTANCES_RECEIVED_USD.overMonths(1, 9);
    /** Departures abroad from January to August, all destinations, persons. */
    public static final Moment DEPARTURES_JAN_AUG = DEPARTURES.overMonths(1, 8);
    /** Returns by choice and deportations from January to September, persons. */
    public static final Moment RETURNS_AND_DEPORTATIONS_JAN_SEP = RETURNS_AND_DEPORTATIONS.overMonths(1, 9);
    /** Migrants who became citizens of Russia from January to March (the first quarter), persons. */
    public static final Moment NATURALISATIONS_IN_RUSSIA_JAN_MAR = NATURALISATIONS_IN_RUSSIA.overMonths(1, 3);

    private static final Map<String, Moment> BY_NAME = index(REMITTANCES_RECEIVED_USD, REMITTANCES_SHARE_OF_GDP,
            REMITTANCES_BOP_USD, REMITTANCES_BOP_SHARE_OF_GDP, REMITTANCES_SENT_USD, REMITTANCES_SENT_SHARE_OF_GDP,
            DEPARTURES, RUSSIA_SHARE_OF_DEPARTURES, MALE_SHARE_OF_DEPARTURES, RETURNS_BY_CHOICE_OVER_DEPARTURES,
            RETURNS_OVER_DEPARTURES, RETURNS_WITHIN_A_YEAR_SHARE, DEPARTURES_SHARE_BY_END_OF_MAY, DEPORTATIONS,
            POVERTY_FGT0,
            POVERTY_FGT0_OLD_METHODOLOGY, EXTREME_POVERTY_FGT0, GINI, HOUSEHOLDS_WITH_MIGRANT_SHARE, MIGRANTS_ABROAD,
            MIGRANTS_IN_RUSSIA,
            RUSSIA_SHARE_OF_MIGRANTS_ABROAD, DEPARTURES_TO_RUSSIA, DEPARTURES_TO_KAZAKHSTAN, DEPARTURES_ELSEWHERE,
            RETURNS_AND_DEPORTATIONS, REMITTANCES_FROM_RUSSIA_USD, NATURALISATIONS_IN_RUSSIA, POVERTY_FGT0_URBAN,
            POVERTY_FGT0_RURAL, REMITTANCES_FROM_RUSSIA_USD_JAN_MAR, REMITTANCES_FROM_RUSSIA_USD_APR_JUN,
            REMITTANCES_FROM_RUSSIA_USD_JUL_SEP, REMITTANCES_FROM_RUSSIA_USD_JAN_JUN,
            REMITTANCES_FROM_RUSSIA_USD_JAN_SEP, REMITTANCES_RECEIVED_USD_JAN_SEP, DEPARTURES_JAN_AUG,
            RETURNS_AND_DEPORTATIONS_JAN_SEP, NATURALISATIONS_IN_RUSSIA_JAN_MAR);

    private Moments() {
    }

    /** Every moment of the catalogue, by name, in a fixed order (read-only). */
    public static Map<String, Moment> all() {
        return BY_NAME;
    }

    /**
     * The moment called {@code name}.
     *
     * @throws IllegalArgumentException naming the known moments if there is none by that name
     */
    public static Moment byName(String name) {
        Moment m = BY_NAME.get(name);
        if (m == null) {
            throw new IllegalArgumentException("unknown moment '" + name + "'; known moments: "
                    + String.join(", ", BY_NAME.keySet()));
        }
        return m;
    }

    /** The moment that is catalogue metric {@code metric} in {@code group}, named and aggregated as the metric. */
    private static Moment of(Metric metric, String group) {
        return new Moment(metric.tidyName(), metric.annualUnit(), months -> annual(metric, months, group));
    }

    /** The moment that is catalogue metric {@code metric} in {@code group}, under another name. */
    private static Moment named(String name, Metric metric, String group) {
        return new Moment(name, metric.annualUnit(), months -> annual(metric, months, group));
    }

    private static Map<String, Moment> index(Moment... moments) {
        Map<String, Moment> map = new LinkedHashMap<>();
        for (Moment m : moments) {
            map.put(m.name(), m);
        }
        return Collections.unmodifiableMap(map);
    }

    private static double annual(Metric metric, List<MonthlyOutcome> months, String group) {
        return metric.annual(months, group);
    }

    private static double departures(List<MonthlyOutcome> months) {
        return annual(Metric.DEPARTURES, months, ALL);
    }

    /** Returns by choice and deportations over the months, summed month by month, persons. */
    private static double returnsAndDeportations(List<MonthlyOutcome> months) {
        double s = 0;
        for (MonthlyOutcome m : months) {
            s += Metric.RETURNS_BY_CHOICE.value(m) + Metric.DEPORTATIONS.value(m);
        }
        return s;
    }

    /** {@code a / b}, or 0 when nothing happened ({@code b == 0}). */
    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }
}
