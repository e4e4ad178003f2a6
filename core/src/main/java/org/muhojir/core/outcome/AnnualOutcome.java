package org.muhojir.core.outcome;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.muhojir.core.world.Destination;

/**
 * A calendar year's outcomes, from the months of that year that were simulated: every catalogue {@link Metric} for
 * every group it is reported for, aggregated as the catalogue says (flows summed, stocks and rates averaged,
 * ratios of flows as ratios of the sums). The named accessors are the headline figures.
 *
 * @param year   the calendar year
 * @param months how many of its months were simulated
 * @param values the year's value of each metric and group, in tidy order, in the metric's annual unit
 */
public record AnnualOutcome(int year, int months, List<MetricValue> values) {
    /** Copies {@code values} (NullPointerException if it or a row is null). */
    public AnnualOutcome {
        values = List.copyOf(values);
    }

    /** Aggregates monthly outcomes by calendar year, in year order. */
    public static List<AnnualOutcome> of(List<MonthlyOutcome> monthly) {
        Map<Integer, List<MonthlyOutcome>> byYear = new TreeMap<>();
        for (MonthlyOutcome m : monthly) {
            byYear.computeIfAbsent(m.month().getYear(), y -> new ArrayList<>()).add(m);
        }
        List<AnnualOutcome> out = new ArrayList<>();
        byYear.forEach((year, months) -> out.add(ofYear(year, months)));
        return out;
    }

    private static AnnualOutcome ofYear(int year, List<MonthlyOutcome> months) {
        List<MetricValue> values = new ArrayList<>();
        for (MetricValue row : months.get(0).metrics()) {
            values.add(new MetricValue(row.metric(), row.group(), row.metric().annual(months, row.group())));
        }
        return new AnnualOutcome(year, months.size(), values);
    }

    /**
     * The year's value of {@code metric} for {@code group} (a destination's label, {@code all}, or a population
     * group's label), in the metric's annual unit.
     *
     * @throws IllegalArgumentException if the metric is not reported for that group
     */
    public double value(Metric metric, String group) {
        for (MetricValue v : values) {
            if (v.metric() == metric && v.group().equals(group)) {
                return v.value();
            }
        }
        throw new IllegalArgumentException(metric.tidyName() + " is not reported for '" + group + "'");
    }

    /** The year's value of {@code metric} at destination {@code d}. */
    public double value(Metric metric, Destination d) {
        return value(metric, d.label());
    }

    /** The year's value of {@code metric} for population group {@code g}. */
    public double value(Metric metric, Group g) {
        return value(metric, g.label());
    }

    /**
     * The year's value of {@code metric} for every destination together ({@code all}) or, for a national metric or
     * one reported by population group, the nation.
     */
    public double value(Metric metric) {
        return value(metric, metric.groupKind() == GroupKind.NATIONAL || metric.groupKind()
                == GroupKind.POPULATION_GROUP ? Group.NATIONAL.label() : GroupKind.ALL_LABEL);
    }

    /** The year's values of {@code metric} by destination, in {@link Destination} order. */
    public Map<Destination, Double> byDestination(Metric metric) {
        Map<Destination, Double> m = new LinkedHashMap<>();
        for (Destination d : Destination.values()) {
            m.put(d, value(metric, d));
        }
        return Collections.unmodifiableMap(m);
    }

    /** Remittances received over the year, after fees, US dollars. */
    public double remittancesReceivedUsd() {
        return value(Metric.REMITTANCES_RECEIVED_USD);
    }

    /** Remittances received over GDP over the simulated months, a ratio (0.3 is 30%; 0 or more). */
    public double remittancesShareOfGdp() {
        return value(Metric.REMITTANCES_SHARE_OF_GDP);
    }

    /** Departures over the year, persons. */
    public double departures() {
        return value(Metric.DEPARTURES);
    }

    /** Share of the year's departures going to Russia (0..1; 0 if nobody left). */
    public double russiaShareOfDepartures() {
        return shareOfDepartures(value(Metric.DEPARTURES, Destination.RUSSIA));
    }

    /** Share of the year's departures that are men (0..1; 0 if nobody left). */
    public double maleShareOfDepartures() {
        return departures() > 0 ? 1 - value(Metric.DEPARTURES_WOMEN) / departures() : 0;
    }

    /** Returns by choice over the year, persons. */
    public double returnsByChoice() {
        return value(Metric.RETURNS_BY_CHOICE);
    }

    /** Deportations over the year, persons. */
    public double deportations() {
        return value(Metric.DEPORTATIONS);
    }

    /** Mean of the monthly stock of migrants abroad, persons. */
    public double migrantsAbroad() {
        return value(Metric.MIGRANTS_ABROAD);
    }

    /** Mean monthly poverty headcount ratio, national line (0..1). */
    public double povertyFgt0() {
        return value(Metric.POVERTY_FGT0);
    }

    /**
     * Mean monthly number of persons at home below the national line, persons (the headcount times the persons at
     * home; members abroad are not counted).
     */
    public double personsInPoverty() {
        return value(Metric.PERSONS_IN_POVERTY);
    }

    /** Mean monthly extreme poverty headcount ratio (0..1). */
    public double extremePovertyFgt0() {
        return value(Metric.EXTREME_POVERTY_FGT0);
    }

    /** Mean monthly headcount had remittances not arrived (0..1). */
    public double povertyFgt0WithoutRemittances() {
        return value(Metric.POVERTY_FGT0_WITHOUT_REMITTANCES);
    }

    /** Mean monthly Gini coefficient of consumption (0..1). */
    public double gini() {
        return value(Metric.GINI);
    }

    private double shareOfDepartures(double part) {
        return departures() > 0 ? part / departures() : 0;
    }

    @Override
    public String toString() {
        return "AnnualOutcome[year=" + year + ", months=" + months + ", remittancesReceivedUsd="
                + remittancesReceivedUsd() + ", remittancesShareOfGdp=" + remittancesShareOfGdp() + ", departures="
                + departures() + ", russiaShareOfDepartures=" + russiaShareOfDepartures() + ", maleShareOfDepartures="
                + maleShareOfDepartures() + ", returnsByChoice=" + returnsByChoice() + ", deportations="
                + deportations() + ", migrantsAbroad=" + migrantsAbroad() + ", povertyFgt0=" + povertyFgt0()
                + ", extremePovertyFgt0=" + extremePovertyFgt0() + ", povertyFgt0WithoutRemittances="
                + povertyFgt0WithoutRemittances() + ", gini=" + gini() + "]";
    }
}
