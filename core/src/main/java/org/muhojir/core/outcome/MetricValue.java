package org.muhojir.core.outcome;

/**
 * One number of a month's outcome in tidy (long) form: a catalogue {@link Metric} for one group.
 *
 * @param metric the metric
 * @param group  what it is for: {@code all}, a destination, a region, {@code national}, {@code urban} or
 *               {@code rural} (one of {@code metric.groupKind().groups()})
 * @param value  the value, in {@code metric.unit()} (in a year's rows of {@link AnnualOutcome}, the metric's unit a
 *               year: a flow summed over the year's months is in its unit per year, such as USD per year)
 */
public record MetricValue(Metric metric, String group, double value) {

    /** The metric's tidy name, saying its unit (for example {@code remittances_usd}, {@code poverty_fgt0}). */
    public String name() {
        return metric.tidyName();
    }
}
