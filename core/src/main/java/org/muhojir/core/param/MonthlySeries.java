package org.muhojir.core.param;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A value that changes month by month as a step function: each point holds from its month until the next point;
 * before the first point the first value holds and after the last point the last value holds. Annual averages
 * (for example an exchange rate) become points at January of each year.
 *
 * <p>Immutable. The unit is the caller's (documented where the series is used).
 */
public final class MonthlySeries implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TreeMap<YearMonth, Double> points;

    private MonthlySeries(TreeMap<YearMonth, Double> points) {
        this.points = points;
    }

    /** A series that is the same in every month. */
    public static MonthlySeries constant(double value) {
        TreeMap<YearMonth, Double> p = new TreeMap<>();
        p.put(YearMonth.of(2000, 1), value);
        return new MonthlySeries(p);
    }

    /** A series from points keyed by the month they start; at least one point. */
    public static MonthlySeries of(Map<YearMonth, Double> points) {
        if (points.isEmpty()) {
            throw new IllegalArgumentException("a monthly series needs at least one point");
        }
        return new MonthlySeries(new TreeMap<>(points));
    }

    /** A series from annual values, each holding from January of its year. */
    public static MonthlySeries annual(Map<Integer, Double> valuesByYear) {
        TreeMap<YearMonth, Double> p = new TreeMap<>();
        valuesByYear.forEach((year, v) -> p.put(YearMonth.of(year, 1), v));
        return of(p);
    }

    /**
     * A monthly series from annual averages that keeps each year's average: straight lines between the middles of
     * consecutive years (continued into the first and last half-years), then each year's twelve months
     * shifted by the same amount so that their mean is that year's value exactly. Points run from January of the
     * first year to December of the last; after that, December's value holds. The years must be consecutive.
     */
    public static MonthlySeries keepingAnnualAverages(Map<Integer, Double> averageByYear) {
        TreeMap<Integer, Double> years = new TreeMap<>(averageByYear);
        if (years.isEmpty() || years.lastKey() - years.firstKey() + 1 != years.size()) {
            throw new IllegalArgumentException("annual averages need consecutive years, had " + years.keySet());
        }
        int first = years.firstKey();
        double[] average = years.values().stream().mapToDouble(Double::doubleValue).toArray();
        TreeMap<YearMonth, Double> p = new TreeMap<>();
        for (int y = 0; y < average.length; y++) {
            double[] line = new double[12];
            double mean = 0;
            for (int month = 0; month < 12; month++) {
                line[month] = straightLine(average, y + (month + 0.5) / 12 - 0.5);
                mean += line[month] / 12;
            }
            for (int month = 0; month < 12; month++) {
                p.put(YearMonth.of(first + y, month + 1), line[month] + average[y] - mean);
            }
        }
        return new MonthlySeries(p);
    }

    /** The straight lines through (i, values[i]) at {@code x}, the first and last continued beyond the points. */
    private static double straightLine(double[] values, double x) {
        if (values.length == 1) {
            return values[0];
        }
        int i = Math.max(0, Math.min(values.length - 2, (int) Math.floor(x)));
        double t = x - i;
        return values[i] * (1 - t) + values[i + 1] * t;
    }

    /**
     * The mean of the values in force over the twelve months from {@code first}: the level a value stated "for the
     * first year" of a run is relative to.
     */
    public double yearMean(YearMonth first) {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += at(first.plusMonths(i));
        }
        return sum / 12;
    }

    /** The value in force in {@code month}. */
    public double at(YearMonth month) {
        Map.Entry<YearMonth, Double> e = points.floorEntry(month);
        return e != null ? e.getValue() : points.firstEntry().getValue();
    }

    /** The points as given, in month order (read-only). */
    public NavigableMap<YearMonth, Double> points() {
        return Collections.unmodifiableNavigableMap(points);
    }

    /** The smallest value of any point. */
    public double min() {
        return points.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlySeries s && s.points.equals(points);
    }

    @Override
    public int hashCode() {
        return points.hashCode();
    }

    @Override
    public String toString() {
        return points.toString();
    }
}
