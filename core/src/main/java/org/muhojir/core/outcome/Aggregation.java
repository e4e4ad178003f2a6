package org.muhojir.core.outcome;

import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * How a monthly metric becomes a yearly one: flows are summed over the simulated months of the year, stocks,
 * prices and rates are averaged over them, and a ratio of flows is the ratio of the two annual sums.
 *
 * @param kind        sum, mean or ratio
 * @param numerator   for a ratio, the metric summed above the line; otherwise null
 * @param denominator for a ratio, the metric summed below it; otherwise null
 */
public record Aggregation(Kind kind, Metric numerator, Metric denominator) {
    /**
     * The three ways a year aggregates its months: {@code SUM} over the simulated months (flows), {@code MEAN} over
     * them (stocks, prices, shares and indices), {@code RATIO} of two metrics' annual sums (a ratio of flows).
     */
    public enum Kind { SUM, MEAN, RATIO }

    /** Summed over the months: flows (persons per year, US dollars per year). */
    public static final Aggregation SUM = new Aggregation(Kind.SUM, null, null);
    /** Averaged over the months: stocks, prices, shares and indices. */
    public static final Aggregation MEAN = new Aggregation(Kind.MEAN, null, null);

    /**
     * Refuses a numerator or denominator without the other, or on a sum or a mean.
     *
     * @throws IllegalArgumentException unless a ratio, and only a ratio, has both a numerator and a denominator
     */
    public Aggregation {
        if ((kind == Kind.RATIO) != (numerator != null && denominator != null)) {
            throw new IllegalArgumentException("a ratio, and only a ratio, has a numerator and a denominator");
        }
    }

    /** A ratio of flows: the year's sum of {@code numerator} over the year's sum of {@code denominator}. */
    public static Aggregation ratio(Metric numerator, Metric denominator) {
        return new Aggregation(Kind.RATIO, numerator, denominator);
    }

    /** {@code sum}, {@code mean} or {@code ratio}, as written in {@code summary.csv}. */
    public String label() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The yearly value of {@code metric}.
     *
     * @param metric      the metric aggregated
     * @param months      how many months of the year were simulated
     * @param sumOfMonths the sum over those months of a metric, in the same group
     */
    public double annual(Metric metric, int months, ToDoubleFunction<Metric> sumOfMonths) {
        return switch (kind) {
            case SUM -> sumOfMonths.applyAsDouble(metric);
            case MEAN -> sumOfMonths.applyAsDouble(metric) / months;
            case RATIO -> sumOfMonths.applyAsDouble(numerator) / sumOfMonths.applyAsDouble(denominator);
        };
    }
}
