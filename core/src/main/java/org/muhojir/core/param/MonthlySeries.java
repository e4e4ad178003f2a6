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
     * A monthly series from annual averages that keeps each year's average: the smoothest path whose twelve months
     * of each year average its value exactly (the least squared month-to-month changes: {@link SmoothestPath}), so
     * there is no jump at New Year the figures do not ask for. Points run from January of the first year to December
     * of the last; after that, December's value holds. The years must be consecutive.
     */
    public static MonthlySeries keepingAnnualAverages(Map<Integer, Double> averageByYear) {
        TreeMap<Integer, Double> years = new TreeMap<>(averageByYear);
        if (years.isEmpty() || years.lastKey() - years.firstKey() + 1 != years.size()) {
            throw new IllegalArgumentException("annual averages need consecutive years, had " + years.keySet());
        }
        return new MonthlySeries(SmoothestPath.of(Map.of(), years));
    }

    /**
     * Monthly values where they are recorded, and annual averages elsewhere, each year's average kept: the
     * smoothest path ({@link SmoothestPath}) through the recorded months whose twelve months of each year average
     * its annual value, so a year only partly recorded fills its other months smoothly from its neighbours. A year
     * recorded in full keeps its months, whatever its annual value; years with no annual value take their recorded
     * months and are otherwise interpolated. Points run from January of the first year (of either) to December of
     * the last.
     */
    public static MonthlySeries splicing(Map<YearMonth, Double> recordedMonths, Map<Integer, Double> averageByYear) {
        return new MonthlySeries(SmoothestPath.of(recordedMonths, averageByYear));
    }

    /**
     * The mean of the values in force over the twelve months from {@code first}.
     */
    public double yearMean(YearMonth first) {
        return twelveMonthMean(first, 0);
    }

    /**
     * This series in {@code month} over its mean in the calendar year {@code baseYear} (1 on average in that year),
     * both read with {@link #atGrowing} at {@code percentPerYear}: the level a value stated at that year's prices is
     * moved by, before and after it.
     */
    public double relativeTo(int baseYear, YearMonth month, double percentPerYear) {
        return atGrowing(month, percentPerYear) / twelveMonthMean(YearMonth.of(baseYear, 1), percentPerYear);
    }

    private double twelveMonthMean(YearMonth first, double percentPerYear) {
        double sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += atGrowing(first.plusMonths(i), percentPerYear) / 12;
        }
        return sum;
    }

    /** The value in force in {@code month}. */
    public double at(YearMonth month) {
        Map.Entry<YearMonth, Double> e = points.floorEntry(month);
        return e != null ? e.getValue() : points.firstEntry().getValue();
    }

    /**
     * The value in {@code month}, growing at {@code percentPerYear} (compounded by month) after the last point:
     * {@link #at} up to the last point, then the last value times {@code (1 + percentPerYear / 100)^(months after
     * the last point / 12)}. At 0 it is {@link #at}.
     */
    public double atGrowing(YearMonth month, double percentPerYear) {
        YearMonth last = points.lastKey();
        if (percentPerYear == 0 || !month.isAfter(last)) {
            return at(month);
        }
        long months = last.until(month, java.time.temporal.ChronoUnit.MONTHS);
        return points.lastEntry().getValue() * Math.pow(1 + percentPerYear / 100, months / 12.0);
    }

    /**
     * This series with its first value stated in every month from {@code month} to its first point, if that is
     * before it: the same values in every month (the first value holds before the first point anyway), said
     * explicitly.
     */
    public MonthlySeries heldFrom(YearMonth month) {
        if (!month.isBefore(points.firstKey())) {
            return this;
        }
        TreeMap<YearMonth, Double> p = new TreeMap<>(points);
        double first = points.firstEntry().getValue();
        for (YearMonth m = month; m.isBefore(points.firstKey()); m = m.plusMonths(1)) {
            p.put(m, first); // every month, as a recorded series is written and read back
        }
        return new MonthlySeries(p);
    }

    /** The month of the last point: the series is recorded (or stated) up to it and held after. */
    public YearMonth lastMonth() {
        return points.lastKey();
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

    /**
     * A summary, so that printing a scenario stays readable: the number of points and the first and last of them, as
     * {@code MonthlySeries[252 points, 2005-01=0.4123 ... 2025-12=1.87]} ({@link #points()} has them all).
     */
    @Override
    public String toString() {
        if (points.size() == 1) {
            return "MonthlySeries[1 point, " + points.firstEntry() + "]";
        }
        return "MonthlySeries[" + points.size() + " points, " + points.firstEntry() + " ... " + points.lastEntry()
                + "]";
    }
}
