package org.muhojir.core.calibration;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.world.Destination;

/**
 * The catalogue of {@link Moment}s, by name. Flows (money, departures, returns) are summed over the year's twelve
 * months; stocks and rates (migrants abroad, poverty, Gini, shares of households) are means of the monthly values;
 * ratios of flows are ratios of the annual sums. Persons are national totals (the sample is weighted up).
 */
public final class Moments {
    private static final int NATIONAL = Group.NATIONAL.ordinal();
    private static final int RUSSIA = Destination.RUSSIA.ordinal();
    private static final int MAY = 5;

    /** Remittances received by households over the year, after transfer fees, US dollars per year. */
    public static final Moment REMITTANCES_RECEIVED_USD = new Moment("remittances_received_usd", "USD per year",
            months -> sum(months, MonthlyOutcome::remittancesReceivedUsd));

    /** Remittances received over the year divided by the year's GDP (both US dollars), share (0..). */
    public static final Moment REMITTANCES_SHARE_OF_GDP = new Moment("remittances_share_of_gdp",
            "share of GDP (0..)",
            months -> sum(months, MonthlyOutcome::remittancesReceivedUsd) / sum(months, MonthlyOutcome::gdpUsd));

    /** Departures abroad over the year, all destinations, persons per year. */
    public static final Moment DEPARTURES = new Moment("departures", "persons per year",
            months -> sum(months, Moments::departures));

    /** Share of the year's departures that went to Russia (0..1). */
    public static final Moment RUSSIA_SHARE_OF_DEPARTURES = new Moment("russia_share_of_departures",
            "share (0..1)", months -> ratio(sum(months, m -> m.departures()[RUSSIA]), sum(months, Moments::departures)));

    /** Share of the year's departures made by men (0..1). */
    public static final Moment MALE_SHARE_OF_DEPARTURES = new Moment("male_share_of_departures", "share (0..1)",
            months -> 1 - ratio(sum(months, MonthlyOutcome::departuresWomen), sum(months, Moments::departures)));

    /** Returns home by choice over departures, both over the year (ratio, 0..). */
    public static final Moment RETURNS_BY_CHOICE_OVER_DEPARTURES = new Moment("returns_by_choice_over_departures",
            "ratio (0..)", months -> ratio(sum(months, Moments::returnsByChoice), sum(months, Moments::departures)));

    /**
     * All returns home (by choice and by deportation) over departures, both over the year (ratio, 0..). Border
     * statistics of people coming home count both.
     */
    public static final Moment RETURNS_OVER_DEPARTURES = new Moment("returns_over_departures", "ratio (0..)",
            months -> ratio(sum(months, m -> returnsByChoice(m) + deportations(m)), sum(months, Moments::departures)));

    /** Share of the year's departures made from January to the end of May (0..1): the spring peak. */
    public static final Moment DEPARTURES_SHARE_BY_END_OF_MAY = new Moment("departures_share_by_end_of_may",
            "share (0..1)",
            months -> ratio(sum(months.subList(0, MAY), Moments::departures), sum(months, Moments::departures)));

    /** Deportations over the year, all destinations, persons per year. */
    public static final Moment DEPORTATIONS = new Moment("deportations", "persons per year",
            months -> sum(months, Moments::deportations));

    /** Mean monthly poverty headcount ratio against the national line, persons at home (0..1). */
    public static final Moment POVERTY_FGT0 = new Moment("poverty_fgt0", "share of persons (0..1)",
            months -> mean(months, m -> m.poverty()[NATIONAL].fgt0()));

    /** Mean monthly extreme-poverty headcount ratio, persons at home (0..1). */
    public static final Moment EXTREME_POVERTY_FGT0 = new Moment("extreme_poverty_fgt0", "share of persons (0..1)",
            months -> mean(months, m -> m.poverty()[NATIONAL].extremeFgt0()));

    /** Mean monthly Gini coefficient of consumption per adult equivalent (0..1). */
    public static final Moment GINI = new Moment("gini", "coefficient (0..1)",
            months -> mean(months, MonthlyOutcome::gini));

    /** Mean monthly share of households with a member abroad (0..1). */
    public static final Moment HOUSEHOLDS_WITH_MIGRANT_SHARE = new Moment("households_with_migrant_share",
            "share of households (0..1)", months -> mean(months, MonthlyOutcome::householdsWithMigrant));

    /** Mean monthly stock of migrants abroad, all destinations and statuses, persons. */
    public static final Moment MIGRANTS_ABROAD = new Moment("migrants_abroad", "persons",
            months -> mean(months, MonthlyOutcome::abroadTotal));

    /** Mean monthly stock of migrants in Russia, all statuses, persons. */
    public static final Moment MIGRANTS_IN_RUSSIA = new Moment("migrants_in_russia", "persons",
            months -> mean(months, m -> m.abroad(Destination.RUSSIA)));

    private static final Map<String, Moment> BY_NAME = index(REMITTANCES_RECEIVED_USD, REMITTANCES_SHARE_OF_GDP,
            DEPARTURES, RUSSIA_SHARE_OF_DEPARTURES, MALE_SHARE_OF_DEPARTURES, RETURNS_BY_CHOICE_OVER_DEPARTURES,
            RETURNS_OVER_DEPARTURES, DEPARTURES_SHARE_BY_END_OF_MAY, DEPORTATIONS, POVERTY_FGT0,
            EXTREME_POVERTY_FGT0, GINI, HOUSEHOLDS_WITH_MIGRANT_SHARE, MIGRANTS_ABROAD, MIGRANTS_IN_RUSSIA);

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

    private static Map<String, Moment> index(Moment... moments) {
        Map<String, Moment> map = new LinkedHashMap<>();
        for (Moment m : moments) {
            map.put(m.name(), m);
        }
        return Collections.unmodifiableMap(map);
    }

    private static double departures(MonthlyOutcome m) {
        return MonthlyOutcome.total(m.departures());
    }

    private static double returnsByChoice(MonthlyOutcome m) {
        return MonthlyOutcome.total(m.returnsByChoice());
    }

    private static double deportations(MonthlyOutcome m) {
        return MonthlyOutcome.total(m.deportations());
    }

    private static double sum(List<MonthlyOutcome> months, ToDoubleFunction<MonthlyOutcome> f) {
        double s = 0;
        for (MonthlyOutcome m : months) {
            s += f.applyAsDouble(m);
        }
        return s;
    }

    private static double mean(List<MonthlyOutcome> months, ToDoubleFunction<MonthlyOutcome> f) {
        return sum(months, f) / months.size();
    }

    /** {@code a / b}, or 0 when nothing happened ({@code b == 0}). */
    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0;
    }
}
