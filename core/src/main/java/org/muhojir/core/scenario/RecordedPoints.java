package org.muhojir.core.scenario;

import java.io.Serializable;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeMap;
import org.muhojir.core.param.MonthlySeries;

/**
 * One series of {@code data/exogenous-inputs.json} recorded as point observations at irregular months (press reports
 * of a statistical office's monthly figures), as the project holds it ({@link RecordedInputs}).
 *
 * @param key     the series' key in {@code data/exogenous-inputs.json} (cited as {@code data:KEY})
 * @param unit    the unit of the values, as the file states it
 * @param months  the months observed, in order, at least two
 * @param values  the value observed in each of {@code months}
 * @param sources where the values come from, one line a source
 */
public record RecordedPoints(String key, String unit, List<YearMonth> months, List<Double> values,
                             List<String> sources) implements RecordedInput, Serializable {
    /**
     * Copies the lists.
     *
     * @throws IllegalArgumentException if there are fewer than two months, not one value for each month, or the
     *                                  months are not in increasing order
     */
    public RecordedPoints {
        months = List.copyOf(months);
        values = List.copyOf(values);
        sources = List.copyOf(sources);
        if (months.size() < 2 || months.size() != values.size()) {
            throw new IllegalArgumentException(key + ": needs two or more months, each with one value");
        }
        for (int i = 1; i < months.size(); i++) {
            if (!months.get(i).isAfter(months.get(i - 1))) {
                throw new IllegalArgumentException(key + ": months must be in order, " + months.get(i) + " after "
                        + months.get(i - 1));
            }
        }
    }

    @Override
    public int firstYear() {
        return months.get(0).getYear();
    }

    @Override
    public int lastYear() {
        return months.get(months.size() - 1).getYear();
    }

    /** The data flags no single point of such a series. */
    @Override
    public String flag(String period) {
        return "";
    }

    /**
     * The points joined month by month on a log-linear path (a constant growth rate between two observations), as
     * an index 1 on average in {@code baseYear}; before the first point the first value holds, after the last the
     * last (as {@link MonthlySeries#at} reads it).
     */
    public MonthlySeries interpolatedIndex(int baseYear) {
        TreeMap<YearMonth, Double> path = new TreeMap<>();
        for (int i = 1; i < months.size(); i++) {
            YearMonth from = months.get(i - 1);
            long span = from.until(months.get(i), ChronoUnit.MONTHS);
            double growth = Math.log(values.get(i) / values.get(i - 1)) / span;
            for (int k = 0; k < span; k++) {
                path.put(from.plusMonths(k), values.get(i - 1) * Math.exp(growth * k));
            }
        }
        path.put(months.get(months.size() - 1), values.get(values.size() - 1));
        MonthlySeries levels = MonthlySeries.of(path);
        double base = levels.yearMean(YearMonth.of(baseYear, 1));
        TreeMap<YearMonth, Double> index = new TreeMap<>();
        path.forEach((m, v) -> index.put(m, v / base));
        return MonthlySeries.of(index);
    }
}
