package org.muhojir.core.outcome;

import static org.muhojir.core.outcome.Aggregation.MEAN;
import static org.muhojir.core.outcome.Aggregation.SUM;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleBiFunction;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * The catalogue of everything the model reports each month: for each metric its tidy name (as in
 * {@code monthly.csv}), the groups it is reported for, its unit, how a year aggregates it and what it means. Every
 * output derives from here: {@link MonthlyOutcome#metrics()} (the tidy rows), {@link AnnualOutcome}, the
 * calibration moments and every table, chart and file the {@code scenarios} module writes.
 *
 * <p>The tidy rows of a month come group by group (each destination, {@code all}, then the population groups
 * from {@code national}) and, within a group, in the order of this catalogue. Money and persons are national
 * totals (the sample weighted up), per month.
 */
public enum Metric {
    /**
     * Migrants abroad at the end of the month, every legal status; persons, by destination and for {@code all}; a
     * year's value is the mean of its months.
     */
    MIGRANTS_ABROAD("migrants_abroad", Unit.PERSONS, MEAN,
            "migrants abroad at the end of the month, every legal status (the sum of the legal, irregular, detained "
            + "and naturalised)",
            Reading.byDestinationAndAll(MonthlyOutcome::abroad, MonthlyOutcome::abroadTotal)),
    /**
     * Migrants abroad with valid papers at the end of the month, not naturalised; persons, by destination; a year's
     * value is the mean of its months.
     */
    MIGRANTS_ABROAD_LEGAL(LegalStatus.LEGAL, "migrants abroad with valid papers at the end of the month, not "
            + "naturalised"),
    /**
     * Migrants abroad without valid papers at the end of the month; persons, by destination; a year's value is the
     * mean of its months.
     */
    MIGRANTS_ABROAD_IRREGULAR(LegalStatus.IRREGULAR, "migrants abroad without valid papers at the end of the month"),
    /**
     * Migrants held after a raid at the end of the month; persons, by destination; a year's value is the mean of its
     * months.
     */
    MIGRANTS_ABROAD_DETAINED(LegalStatus.DETAINED, "migrants held after a raid at the end of the month"),
    /**
     * Migrants who hold the destination's citizenship at the end of the month; persons, by destination; a year's
     * value is the mean of its months.
     */
    MIGRANTS_ABROAD_NATURALISED(LegalStatus.NATURALISED, "migrants who hold the destination's citizenship"),
    /**
     * Members who left home to work abroad in the month; persons, by destination and for {@code all}; summed over a
     * year.
     */
    DEPARTURES("departures", Unit.PERSONS, SUM, "members who left home to work abroad in the month",
            Reading.arrayAndTotal(MonthlyOutcome::departures)),
    /** Departures of women in the month, every destination; persons, for {@code all} only; summed over a year. */
    DEPARTURES_WOMEN("departures_women", Unit.PERSONS, SUM, "departures of women in the month, every destination",
            Reading.all(MonthlyOutcome::departuresWomen)),
    /**
     * Returns home in the month other than deportations (by choice, or at the end of a permitted stay); persons, by
     * destination and for {@code all}; summed over a year.
     */
    RETURNS_BY_CHOICE("returns_by_choice", Unit.PERSONS, SUM, "migrants who came home by choice in the month, and "
            + "legal workers whose permitted stay ran out (the UK's six-month seasonal visa): every return but "
            + "deportations",
            Reading.arrayAndTotal(MonthlyOutcome::returnsByChoice)),
    /**
     * Returns by choice in the month after 12 months abroad or less, every destination; persons, for {@code all}
     * only; summed over a year.
     */
    RETURNS_WITHIN_A_YEAR("returns_by_choice_within_a_year", Unit.PERSONS, SUM, "migrants who came home by choice "
            + "in the month after 12 months abroad or less, all destinations",
            Reading.all(MonthlyOutcome::returnsWithinYear)),
    /**
     * Migrants deported in the month, mass expulsions included; persons, by destination and for {@code all}; summed
     * over a year.
     */
    DEPORTATIONS("deportations", Unit.PERSONS, SUM, "migrants deported (including mass expulsions) in the month",
            Reading.arrayAndTotal(MonthlyOutcome::deportations)),
    /** Migrants detained in raids in the month; persons, by destination and for {@code all}; summed over a year. */
    DETENTIONS("detentions", Unit.PERSONS, SUM, "migrants detained in raids in the month",
            Reading.arrayAndTotal(MonthlyOutcome::detentions)),
    /** Migrants who became citizens of the destination in the month; persons, by destination; summed over a year. */
    NATURALISATIONS("naturalisations", Unit.PERSONS, SUM, "migrants who became citizens of the destination in the "
            + "month", Reading.array(MonthlyOutcome::naturalisations)),
    /**
     * Members at home under a re-entry ban at the end of the month; persons, for {@code all} only; a year's value is
     * the mean of its months.
     */
    BANS_IN_FORCE("bans_in_force", Unit.PERSONS, MEAN, "members at home under a re-entry ban at the end of the month",
            Reading.all(MonthlyOutcome::bansInForce)),
    /**
     * Remittances sent home in the month, before transfer fees; US dollars, by destination and for {@code all};
     * summed over a year.
     */
    REMITTANCES_USD("remittances_usd", Unit.USD, SUM, "remittances sent home in the month, before transfer fees",
            Reading.byDestinationAndAll((m, d) -> m.remittancesSentUsd()[d.ordinal()],
                    MonthlyOutcome::remittancesSentUsdTotal)),
    /** Transfer fees paid on the month's remittances; US dollars, by destination; summed over a year. */
    TRANSFER_FEES_USD("transfer_fees_usd", Unit.USD, SUM, "transfer fees paid on the month's remittances",
            Reading.array(MonthlyOutcome::transferFeesUsd)),
    /**
     * Exchange rate in force: units of the destination's currency per US dollar, by destination; a year's value is
     * the mean of its months.
     */
    LOCAL_CURRENCY_PER_USD("local_currency_per_usd", Unit.LOCAL_CURRENCY_PER_USD, MEAN,
            "exchange rate in force: units of the destination's currency (RUB, KZT, TRY, AED, KRW, GBP, USD) per US "
            + "dollar", Reading.array(MonthlyOutcome::localPerUsd)),
    /**
     * Exchange rate in force: somoni per unit of the destination's currency (through the dollar), by destination; a
     * year's value is the mean of its months.
     */
    TJS_PER_LOCAL_CURRENCY("tjs_per_local_currency", Unit.TJS_PER_LOCAL_CURRENCY, MEAN,
            "exchange rate in force: somoni per unit of the destination's currency (cross rate through the dollar)",
            Reading.byDestination(MonthlyOutcome::tjsPerLocal)),
    /**
     * Remittances received by households in the month, after fees; US dollars, for {@code all} only; summed over a
     * year.
     */
    REMITTANCES_RECEIVED_USD("remittances_received_usd", Unit.USD, SUM, "remittances received by households in the "
            + "month, after fees", Reading.all(MonthlyOutcome::remittancesReceivedUsd)),
    /**
     * Remittances received by households in the month, after fees; somoni at the month's rates, for {@code all} only;
     * summed over a year.
     */
    REMITTANCES_RECEIVED_TJS("remittances_received_tjs", Unit.TJS, SUM, "remittances received by households in the "
            + "month, after fees, in somoni", Reading.all(MonthlyOutcome::remittancesReceivedTjs)),
    /** GDP of the month, the year's GDP divided by 12; US dollars, for {@code all} only; summed over a year. */
    GDP_USD("gdp_usd", Unit.USD, SUM, "GDP of the month (the year's GDP divided by 12); a shock to the somoni's "
            + "rate moves it the other way, GDP in somoni held",
            Reading.all(MonthlyOutcome::gdpUsd)),
    /**
     * Remittances received over GDP; a share (0.3 = 30%), for {@code all} only; a year's value is the year's
     * remittances received over its GDP.
     */
    REMITTANCES_SHARE_OF_GDP("remittances_share_of_gdp", Unit.SHARE, Aggregation.ratio(REMITTANCES_RECEIVED_USD,
            GDP_USD), "remittances received over GDP", Reading.all(MonthlyOutcome::remittancesShareOfGdp)),
    /**
     * Savings that members coming home (by choice or deported) bring in the month; US dollars, for {@code all} only;
     * summed over a year.
     */
    CASH_CARRIED_HOME_USD("cash_carried_home_usd", Unit.USD, SUM, "savings that members coming home (by choice "
            + "or deported) bring with them in the month", Reading.all(MonthlyOutcome::cashCarriedHomeUsd)),
    /**
     * Personal remittances as the balance of payments counts them (BPM6) in the month; US dollars, for {@code all}
     * only; summed over a year.
     */
    REMITTANCES_BOP_USD("remittances_bop_usd", Unit.USD, SUM, "personal remittances as the balance of payments "
            + "counts them (BPM6): earnings after living costs and, for legal members, the monthly fee (Russia's "
            + "patent) of members abroad under a year (still residents: compensation of employees; no travel cost "
            + "is deducted), plus transfers sent by members abroad longer (personal transfers, before fees)",
            Reading.all(MonthlyOutcome::remittancesBopUsd)),
    /**
     * Balance-of-payments remittances over GDP; a share, for {@code all} only; a year's value is the ratio of the
     * year's sums.
     */
    REMITTANCES_BOP_SHARE_OF_GDP("remittances_bop_share_of_gdp", Unit.SHARE, Aggregation.ratio(REMITTANCES_BOP_USD,
            GDP_USD), "balance-of-payments remittances over GDP",
            Reading.all(m -> m.remittancesBopUsd() / m.gdpUsd())),
    /** Exchange rate in force: somoni per US dollar, for {@code all} only; a year's value is the mean of its months. */
    TJS_PER_USD("tjs_per_usd", Unit.TJS_PER_USD, MEAN, "exchange rate in force: somoni per US dollar",
            Reading.all(MonthlyOutcome::tjsPerUsd)),
    /**
     * Share of households (0 to 1) with a member abroad at the end of the month, for {@code all} only; a year's
     * value is the mean of its months.
     */
    HOUSEHOLDS_WITH_MIGRANT_SHARE("households_with_migrant_share", Unit.SHARE, MEAN, "share of households with a "
            + "member abroad at the end of the month", Reading.all(MonthlyOutcome::householdsWithMigrant)),
    /**
     * Share of households (0 to 1) that received remittances in the month, for {@code all} only; a year's value is
     * the mean of its months.
     */
    HOUSEHOLDS_RECEIVING_SHARE("households_receiving_share", Unit.SHARE, MEAN, "share of households that received "
            + "remittances in the month", Reading.all(MonthlyOutcome::householdsReceiving)),
    /**
     * Gini coefficient (0 to 1) of consumption per adult equivalent over the quarter to the month, persons at home;
     * for the nation only; a year's value is the mean of its months.
     */
    GINI("gini", Unit.INDEX, MEAN, "Gini coefficient of consumption per adult equivalent over the quarter to the "
            + "month (the survey's welfare: the month and the two before) over persons at home at the month's budget "
            + "(after its returns, before its departures); a year's value is the mean of the months, so above a Gini "
            + "of annual consumption",
            Reading.national(MonthlyOutcome::gini)),
    /**
     * The Gini (0 to 1) had no remittances arrived in the quarter; for the nation only; a year's value is the mean
     * of its months.
     */
    GINI_WITHOUT_REMITTANCES("gini_without_remittances", Unit.INDEX, MEAN, "the Gini had no remittances arrived "
            + "(each month of the quarter without them)", Reading.national(MonthlyOutcome::giniWithoutRemittances)),
    /**
     * Share of persons at home (0 to 1) below USD 2.15 a day (2017 PPP) per person; for the nation only; a year's
     * value is the mean of its months.
     */
    POVERTY_215_PPP2017("poverty_215_ppp2017", Unit.SHARE, MEAN, "share of persons at home at the month's budget "
            + "(after its returns, before its departures) whose consumption per person over the quarter to the month "
            + "is below the international line of USD 2.15 a day (2017 PPP; Macro.tjsPerPppDollar2017)",
            Reading.national(m -> m.internationalPoverty()[0])),
    /**
     * Share of persons at home (0 to 1) below USD 3.65 a day (2017 PPP) per person; for the nation only; a year's
     * value is the mean of its months.
     */
    POVERTY_365_PPP2017("poverty_365_ppp2017", Unit.SHARE, MEAN, "share of persons at home at the month's budget "
            + "(after its returns, before its departures) whose consumption per person over the quarter to the month "
            + "is below the lower-middle-income line of USD 3.65 a day (2017 PPP)",
            Reading.national(m -> m.internationalPoverty()[1])),
    /**
     * Poverty headcount: share of persons at home (0 to 1) below the national line; by population {@link Group}; a
     * year's value is the mean of its months.
     */
    POVERTY_FGT0("poverty_fgt0", Unit.SHARE, MEAN, "poverty headcount: share of persons at home at the month's "
            + "budget (after its returns, before its departures) whose consumption per adult equivalent over the "
            + "quarter to the month (the survey's welfare: the month and the two before, at the month's prices) is "
            + "below the national line (the methodology of 2023's official figure, the World Bank's of 2025; the "
            + "national series of 2010-2019 is poverty_fgt0_old_methodology)",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].fgt0())),
    /**
     * Persons at home below the national line, scaled to the nation: {@link #POVERTY_FGT0}'s headcount times
     * {@link #PERSONS_AT_HOME}; persons, by population {@link Group}; a year's value is the mean of its months. Persons
     * abroad are not counted, so a policy that keeps more members at home can raise it at the same headcount.
     */
    PERSONS_IN_POVERTY("persons_in_poverty", Unit.PERSONS, MEAN, "persons at home at the month's budget (after its "
            + "returns, before its departures) whose consumption per adult equivalent over the quarter to the month is "
            + "below the national line: each month poverty_fgt0 times persons_at_home, scaled to the nation (members "
            + "abroad are not counted); a year's value is the mean of its months, so the ratio of a year's two counts "
            + "can differ a little from its mean headcount",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].fgt0() * m.poverty()[g.ordinal()].persons())),
    /**
     * Persons living at home at the month's budget (after its returns, before its departures), scaled to the nation:
     * the persons {@link #POVERTY_FGT0} and every poverty measure are shares of; persons, by population {@link Group};
     * a year's value is the mean of its months.
     */
    PERSONS_AT_HOME("persons_at_home", Unit.PERSONS, MEAN, "persons living at home at the month's budget (after its "
            + "returns, before its departures), scaled to the nation: the persons every poverty measure is a share "
            + "of (members abroad are not counted)",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].persons())),
    /**
     * Poverty gap index (0 to 1) against the national line; by population {@link Group}; a year's value is the mean
     * of its months.
     */
    POVERTY_FGT1("poverty_fgt1", Unit.INDEX, MEAN, "poverty gap index against the national line",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].fgt1())),
    /**
     * Squared poverty gap, or severity (0 to 1), against the national line; by population {@link Group}; a year's
     * value is the mean of its months.
     */
    POVERTY_FGT2("poverty_fgt2", Unit.INDEX, MEAN, "squared poverty gap (severity) against the national line",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].fgt2())),
    /**
     * Share of persons at home (0 to 1) below the extreme poverty line; by population {@link Group}; a year's value
     * is the mean of its months.
     */
    EXTREME_POVERTY_FGT0("extreme_poverty_fgt0", Unit.SHARE, MEAN, "share of persons at home at the month's budget "
            + "(after its returns, before its departures) below the extreme poverty line",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].extremeFgt0())),
    /**
     * Poverty headcount (0 to 1) against the national line of the old methodology (TajStat's series to 2019); by
     * population {@link Group}; a year's value is the mean of its months.
     */
    POVERTY_FGT0_OLD_METHODOLOGY("poverty_fgt0_old_methodology", Unit.SHARE, MEAN, "poverty headcount against the "
            + "national line of the old methodology (TajStat's series to 2019)",
            Reading.byGroup((m, g) -> m.poverty()[g.ordinal()].oldMethodologyFgt0())),
    /**
     * Poverty headcount (0 to 1) had no remittances arrived in the quarter; by population {@link Group}; a year's
     * value is the mean of its months.
     */
    POVERTY_FGT0_WITHOUT_REMITTANCES("poverty_fgt0_without_remittances", Unit.SHARE, MEAN, "poverty headcount had "
            + "no remittances arrived in the quarter",
            Reading.byGroup((m, g) -> m.povertyWithoutRemittances()[g.ordinal()].fgt0())),
    /**
     * Poverty gap index (0 to 1) had no remittances arrived in the quarter; by population {@link Group}; a year's
     * value is the mean of its months.
     */
    POVERTY_FGT1_WITHOUT_REMITTANCES("poverty_fgt1_without_remittances", Unit.INDEX, MEAN, "poverty gap had no "
            + "remittances arrived in the quarter",
            Reading.byGroup((m, g) -> m.povertyWithoutRemittances()[g.ordinal()].fgt1())),
    /**
     * Poverty severity (0 to 1) had no remittances arrived in the quarter; by population {@link Group}; a year's
     * value is the mean of its months.
     */
    POVERTY_FGT2_WITHOUT_REMITTANCES("poverty_fgt2_without_remittances", Unit.INDEX, MEAN, "poverty severity had "
            + "no remittances arrived in the quarter",
            Reading.byGroup((m, g) -> m.povertyWithoutRemittances()[g.ordinal()].fgt2())),
    /**
     * Extreme poverty headcount (0 to 1) had no remittances arrived in the quarter; by population {@link Group}; a
     * year's value is the mean of its months.
     */
    EXTREME_POVERTY_FGT0_WITHOUT_REMITTANCES("extreme_poverty_fgt0_without_remittances", Unit.SHARE, MEAN,
            "extreme poverty headcount had no remittances arrived in the quarter",
            Reading.byGroup((m, g) -> m.povertyWithoutRemittances()[g.ordinal()].extremeFgt0())),
    /**
     * Mean consumption per adult equivalent over the quarter to the month of persons at home; somoni per adult
     * equivalent per month at the month's prices, by population {@link Group}; a year's value is the mean of its
     * months.
     */
    CONSUMPTION_TJS_PER_AE("consumption_tjs_per_ae", Unit.TJS_PER_ADULT_EQUIVALENT, MEAN, "mean consumption per "
            + "adult equivalent over the quarter to the month of persons at home at the month's budget (after its "
            + "returns, before its departures), in somoni of the month, not deflated: a rise of prices at home "
            + "(homePriceShock) lowers what it buys, not the figure",
            Reading.byGroup((m, g) -> m.consumption()[g.ordinal()]));

    /** The international extreme-poverty line, 2017 PPP dollars a day per person (World Bank, 2022). */
    public static final double LOWER_LINE_USD_A_DAY = 2.15;
    /** The World Bank's line for lower-middle-income countries, 2017 PPP dollars a day per person. */
    public static final double UPPER_LINE_USD_A_DAY = 3.65;

    private final String tidyName;
    private final Unit unit;
    private final Aggregation aggregation;
    private final String description;
    private final Reading reading;

    Metric(String tidyName, Unit unit, Aggregation aggregation, String description, Reading reading) {
        this.tidyName = tidyName;
        this.unit = unit;
        this.aggregation = aggregation;
        this.description = description;
        this.reading = reading;
    }

    /** The stock of migrants abroad in one legal status, by destination. */
    Metric(LegalStatus status, String description) {
        this("migrants_abroad_" + status.name().toLowerCase(Locale.ROOT), Unit.PERSONS, MEAN, description,
                Reading.byDestination((m, d) -> m.abroad()[d.ordinal()][status.ordinal()]));
    }

    /** The name in tidy tables and files, saying its unit (for example {@code remittances_usd}). */
    public String tidyName() {
        return tidyName;
    }

    /** The unit of one monthly value. */
    public Unit unit() {
        return unit;
    }

    /** The unit of a yearly value in words: a summed flow is "per year", the rest keep the monthly unit. */
    public String annualUnit() {
        return aggregation.kind() == Aggregation.Kind.SUM ? unit.human() + " per year" : unit.human();
    }

    /** How a year aggregates the monthly values. */
    public Aggregation aggregation() {
        return aggregation;
    }

    /** What the metric is, in one line. */
    public String description() {
        return description;
    }

    /** The groups the metric is reported for. */
    public GroupKind groupKind() {
        return reading.kind();
    }

    /**
     * Which way this metric should move for households and migrants: more remittances and consumption are better;
     * more poverty, inequality, deportations, detentions, bans, fees and migrants without papers or in detention are
     * worse; how many migrate, where to and the exchange rates are neither by themselves.
     */
    public Better better() {
        return switch (this) {
            case REMITTANCES_USD, REMITTANCES_RECEIVED_USD, REMITTANCES_RECEIVED_TJS, REMITTANCES_SHARE_OF_GDP,
                    REMITTANCES_BOP_USD, REMITTANCES_BOP_SHARE_OF_GDP, HOUSEHOLDS_RECEIVING_SHARE, CONSUMPTION_TJS_PER_AE, GDP_USD, MIGRANTS_ABROAD_LEGAL -> Better.HIGHER;
            case POVERTY_FGT0, POVERTY_FGT1, POVERTY_FGT2, EXTREME_POVERTY_FGT0, POVERTY_FGT0_OLD_METHODOLOGY,
                    POVERTY_215_PPP2017, PERSONS_IN_POVERTY,
                    POVERTY_365_PPP2017, POVERTY_FGT0_WITHOUT_REMITTANCES,
                    POVERTY_FGT1_WITHOUT_REMITTANCES, POVERTY_FGT2_WITHOUT_REMITTANCES,
                    EXTREME_POVERTY_FGT0_WITHOUT_REMITTANCES, GINI, GINI_WITHOUT_REMITTANCES, DEPORTATIONS, DETENTIONS,
                    BANS_IN_FORCE, TRANSFER_FEES_USD, MIGRANTS_ABROAD_IRREGULAR, MIGRANTS_ABROAD_DETAINED -> Better.LOWER;
            default -> Better.NEITHER;
        };
    }

    /** The metric with this tidy name. */
    public static Metric byTidyName(String tidyName) {
        for (Metric m : values()) {
            if (m.tidyName.equals(tidyName)) {
                return m;
            }
        }
        throw new IllegalArgumentException("no metric is called '" + tidyName + "'");
    }

    /** This metric in {@code month} at destination {@code d}. */
    public double value(MonthlyOutcome month, Destination d) {
        return reading.byDestination().applyAsDouble(month, d);
    }

    /** This metric in {@code month} for population group {@code g}. */
    public double value(MonthlyOutcome month, Group g) {
        return reading.byGroup().applyAsDouble(month, g);
    }

    /** This metric's only figure of {@code month}: for {@code all}, or the nation's for a national metric. */
    public double value(MonthlyOutcome month) {
        return reading.whole().applyAsDouble(month);
    }

    /**
     * This metric in {@code month} for a group label of {@link #groupKind()}.
     *
     * @throws IllegalArgumentException if the metric is not reported for that group
     */
    public double value(MonthlyOutcome month, String group) {
        if (!groupKind().groups().contains(group)) {
            throw new IllegalArgumentException(tidyName + " is not reported for '" + group + "'; it is for "
                    + groupKind().groups());
        }
        Destination d = Destination.byName(group);
        if (d != null && groupKind().perDestination()) {
            return value(month, d);
        }
        if (groupKind() == GroupKind.POPULATION_GROUP) {
            return value(month, Group.byLabel(group));
        }
        return value(month);
    }

    /**
     * The yearly value for {@code group} of months of one calendar year, aggregated as {@link #aggregation()} says.
     */
    public double annual(List<MonthlyOutcome> monthsOfYear, String group) {
        return aggregation.annual(this, monthsOfYear.size(), k -> {
            double s = 0;
            for (MonthlyOutcome m : monthsOfYear) {
                s += k.value(m, group);
            }
            return s;
        });
    }

    /** How a metric is read from a {@link MonthlyOutcome}, for each kind of group it is reported for. */
    record Reading(GroupKind kind, ToDoubleBiFunction<MonthlyOutcome, Destination> byDestination,
                   ToDoubleFunction<MonthlyOutcome> whole, ToDoubleBiFunction<MonthlyOutcome, Group> byGroup) {

        static Reading byDestination(ToDoubleBiFunction<MonthlyOutcome, Destination> f) {
            return new Reading(GroupKind.DESTINATION, f, null, null);
        }

        static Reading byDestinationAndAll(ToDoubleBiFunction<MonthlyOutcome, Destination> f,
                                           ToDoubleFunction<MonthlyOutcome> all) {
            return new Reading(GroupKind.DESTINATION_AND_ALL, f, all, null);
        }

        /** An array of the outcome indexed by destination. */
        static Reading array(Function<MonthlyOutcome, double[]> byDestination) {
            return byDestination((m, d) -> byDestination.apply(m)[d.ordinal()]);
        }

        /** An array of the outcome indexed by destination, and its sum for {@code all}. */
        static Reading arrayAndTotal(Function<MonthlyOutcome, double[]> byDestination) {
            return byDestinationAndAll((m, d) -> byDestination.apply(m)[d.ordinal()],
                    m -> MonthlyOutcome.total(byDestination.apply(m)));
        }

        static Reading all(ToDoubleFunction<MonthlyOutcome> f) {
            return new Reading(GroupKind.ALL, null, f, null);
        }

        static Reading national(ToDoubleFunction<MonthlyOutcome> f) {
            return new Reading(GroupKind.NATIONAL, null, f, null);
        }

        static Reading byGroup(ToDoubleBiFunction<MonthlyOutcome, Group> f) {
            return new Reading(GroupKind.POPULATION_GROUP, null, m -> f.applyAsDouble(m, Group.NATIONAL), f);
        }
    }
}
