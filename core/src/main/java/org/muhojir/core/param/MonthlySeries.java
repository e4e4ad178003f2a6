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
