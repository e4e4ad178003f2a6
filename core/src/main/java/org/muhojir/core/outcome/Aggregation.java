package org.muhojir.core.outcome;

import java.util.function.ToDoubleFunction;

/**
 * How a monthly metric becomes a yearly one: flows are summed over the simulated months of the year, stocks,
 * prices and rates are averaged over them, and a ratio of flows is the ratio of the two annual sums.
 */
public sealed interface Aggregation {
    /** Summed over the months: flows (persons per year, US dollars per year). */
    Aggregation SUM = new Sum();
    /** Averaged over the months: stocks, prices, shares and indices. */
    Aggregation MEAN = new Mean();

    /** A ratio of flows: the year's sum of {@code numerator} over the year's sum of {@code denominator}. */
    static Aggregation ratio(Metric numerator, Metric denominator) {
        return new RatioOfSums(numerator, denominator);
    }

    /** {@code sum}, {@code mean} or {@code ratio}, as written in {@code summary.csv}. */
    String label();

    /**
     * The yearly value of {@code metric}.
     *
     * @param metric     the metric aggregated
     * @param months     how many months of the year were simulated
     * @param sumOfMonths the sum over those months of a metric, in the same group
     */
    double annual(Metric metric, int months, ToDoubleFunction<Metric> sumOfMonths);

    /** Summed over the year. */
    record Sum() implements Aggregation {
        @Override
        public String label() {
            return "sum";
        }

        @Override
        public double annual(Metric metric, int months, ToDoubleFunction<Metric> sumOfMonths) {
            return sumOfMonths.applyAsDouble(metric);
        }
    }

    /** Averaged over the year's simulated months. */
    record Mean() implements Aggregation {
        @Override
        public String label() {
            return "mean";
        }

        @Override
        public double annual(Metric metric, int months, ToDoubleFunction<Metric> sumOfMonths) {
            return sumOfMonths.applyAsDouble(metric) / months;
        }
    }

    /**
     * The year's sum of one metric over the year's sum of another.
     *
     * @param numerator   the metric summed above the line
     * @param denominator the metric summed below it
     */
    record RatioOfSums(Metric numerator, Metric denominator) implements Aggregation {
        @Override
        public String label() {
            return "ratio";
        }

        @Override
        public double annual(Metric metric, int months, ToDoubleFunction<Metric> sumOfMonths) {
            return sumOfMonths.applyAsDouble(numerator) / sumOfMonths.applyAsDouble(denominator);
        }
    }
}
