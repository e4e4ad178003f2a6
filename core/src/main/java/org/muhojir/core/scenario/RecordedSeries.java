package org.muhojir.core.scenario;

import java.io.Serializable;
import java.time.Month;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.param.MonthlySeries;

/**
 * One series of {@code data/exogenous-inputs.json} as the project holds it ({@link RecordedInputs}): its key, unit,
 * sources, consecutive values (one a year, or one a month) and the values a source flags (for example "from memory,
 * unconfirmed").
 *
 * @param key         the series' key in {@code data/exogenous-inputs.json} (cited as {@code data:KEY})
 * @param unit        the unit of the values, as the file states it
 * @param first       the period of the first value: January of its year for an annual series
 * @param monthly     whether there is one value a month (else one a year)
 * @param values      one value a period from {@code first}, consecutive
 * @param valueStatus flags on single values by period ("2013", or "2024-01" for a monthly series), as the file gives
 *                    them (empty if none)
 * @param sources     where the values come from, one line a source
 */
public record RecordedSeries(String key, String unit, YearMonth first, boolean monthly, List<Double> values,
                             Map<String, String> valueStatus, List<String> sources)
        implements RecordedInput, Serializable {
    /** Copies the values, flags and sources (NullPointerException if any of them, or an element, is null). */
    public RecordedSeries {
        values = List.copyOf(values);
        valueStatus = Map.copyOf(valueStatus);
        sources = List.copyOf(sources);
    }

    /** The values by year (an annual series). */
    public Map<Integer, Double> byYear() {
        requireAnnual();
        Map<Integer, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(first.getYear() + i, values.get(i));
        }
        return m;
    }

    /** The values by month (a monthly series). */
    public Map<YearMonth, Double> byMonth() {
        if (!monthly) {
            throw new IllegalStateException(key + " is annual");
        }
        Map<YearMonth, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(first.plusMonths(i), values.get(i));
        }
        return m;
    }

    /** The first year with a value. */
    public int firstYear() {
        return first.getYear();
    }

    /** The last year with a value. */
    public int lastYear() {
        return monthly ? first.plusMonths(values.size() - 1L).getYear() : first.getYear() + values.size() - 1;
    }

    /** The value of {@code year} (an annual series). */
    public double value(int year) {
        Double v = byYear().get(year);
        if (v == null) {
            throw new IllegalArgumentException(key + " has no value for " + year);
        }
        return v;
    }

    /** What the data says of the value of {@code period}, as it says it; an empty string if nothing. */
    @Override
    public String flag(String period) {
        return valueStatus.getOrDefault(period, "");
    }

    /**
     * The levels as an index by month, 1 in {@code baseYear}, each value in force from January of its year to the
     * next (a statutory rate set for the calendar year, such as a minimum wage).
     */
    public MonthlySeries stepIndex(int baseYear) {
        return stepIndex(baseYear, Month.JANUARY);
    }

    /**
     * The levels as an index by month, 1 from {@code from} of {@code baseYear}, each value in force from {@code from}
     * of its year to the month before it in the next (a statutory rate that changes every year in that month, such
     * as the UK's National Living Wage from April); the first year's months before {@code from} take its value.
     */
    public MonthlySeries stepIndex(int baseYear, Month from) {
        Map<YearMonth, Double> months = new LinkedHashMap<>();
        Map<Integer, Double> index = relativeTo(byYear(), value(baseYear));
        index.forEach((year, v) -> {
            double before = index.getOrDefault(year - 1, v);
            for (int month = 1; month <= 12; month++) {
                months.put(YearMonth.of(year, month), month < from.getValue() ? before : v);
            }
        });
        return MonthlySeries.of(months);
    }

    /**
     * For a series of annual-average percentage changes: the price level they chain into, as an index by month, 1
     * on average in {@code baseYear}, each year's average kept; the first year's change is not used (its level is
     * the start of the chain).
     */
    public MonthlySeries chainedIndex(int baseYear) {
        Map<Integer, Double> level = new LinkedHashMap<>();
        double l = 1;
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                l *= 1 + values.get(i) / 100;
            }
            level.put(firstYear() + i, l);
        }
        return MonthlySeries.keepingAnnualAverages(relativeTo(level, level.get(baseYear)));
    }

    private static Map<Integer, Double> relativeTo(Map<Integer, Double> byYear, double base) {
        Map<Integer, Double> index = new LinkedHashMap<>();
        byYear.forEach((year, v) -> index.put(year, v / base));
        return index;
    }

    private void requireAnnual() {
        if (monthly) {
            throw new IllegalStateException(key + " is monthly");
        }
    }
}
