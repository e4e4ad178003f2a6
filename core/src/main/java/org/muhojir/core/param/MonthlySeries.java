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

    /**
     * Monthly values where they are recorded, and annual averages elsewhere, each year's average kept: the
     * annual averages spread over months as {@link #keepingAnnualAverages}, then every recorded month replaces its
     * interpolated value, and in a year only partly recorded the other months move by the same amount so that the
     * year's twelve months still average its annual value. Years with no annual value take only their recorded
     * months.
     */
    public static MonthlySeries splicing(Map<YearMonth, Double> recordedMonths, Map<Integer, Double> averageByYear) {
        TreeMap<YearMonth, Double> p = new TreeMap<>(keepingAnnualAverages(averageByYear).points);
        p.putAll(recordedMonths);
        for (Map.Entry<Integer, Double> year : averageByYear.entrySet()) {
            double recordedSum = 0;
            int recorded = 0;
            double otherSum = 0;
            for (int month = 1; month <= 12; month++) {
                YearMonth m = YearMonth.of(year.getKey(), month);
                if (recordedMonths.containsKey(m)) {
                    recordedSum += recordedMonths.get(m);
                    recorded++;
                } else {
                    otherSum += p.get(m);
                }
            }
            if (recorded > 0 && recorded < 12) {
                double shift = (year.getValue() * 12 - recordedSum - otherSum) / (12 - recorded);
                for (int month = 1; month <= 12; month++) {
                    YearMonth m = YearMonth.of(year.getKey(), month);
                    if (!recordedMonths.containsKey(m)) {
                        p.put(m, p.get(m) + shift);
                    }
                }
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
