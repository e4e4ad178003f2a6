package org.muhojir.core.scenario;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.param.MonthlySeries;

/**
 * One annual series of {@code data/exogenous-inputs.json} as the project holds it ({@link RecordedInputs}): its
 * key, unit, sources and the values a source flags (for example "from memory, unconfirmed").
 *
 * @param key         the series' key in {@code data/exogenous-inputs.json} (cited as {@code data:KEY})
 * @param unit        the unit of the values, as the file states it
 * @param firstYear   the year of the first value
 * @param values      one value a year from {@code firstYear}, consecutive
 * @param valueStatus flags on single values by year, as the file gives them (empty if none)
 * @param sources     where the values come from, one line a source
 */
public record RecordedSeries(String key, String unit, int firstYear, List<Double> values,
                             Map<Integer, String> valueStatus, List<String> sources) implements Serializable {
    public RecordedSeries {
        values = List.copyOf(values);
        valueStatus = Map.copyOf(valueStatus);
        sources = List.copyOf(sources);
    }

    /** The values by year. */
    public Map<Integer, Double> byYear() {
        Map<Integer, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            m.put(firstYear + i, values.get(i));
        }
        return m;
    }

    /** The last year with a value. */
    public int lastYear() {
        return firstYear + values.size() - 1;
    }

    /** Whether the source flags the value of {@code year} as from memory (unconfirmed). */
    public boolean fromMemory(int year) {
        return valueStatus.getOrDefault(year, "").contains("from memory");
    }

    /**
     * The levels as an index by month, 1 on average in {@code baseYear}, each year's average kept
     * ({@link MonthlySeries#keepingAnnualAverages}); after the last year the last month's value holds.
     */
    public MonthlySeries levelIndex(int baseYear) {
        double base = byYear().get(baseYear);
        Map<Integer, Double> index = new LinkedHashMap<>();
        byYear().forEach((year, v) -> index.put(year, v / base));
        return MonthlySeries.keepingAnnualAverages(index);
    }

    /**
     * For a series of rates in per cent of a whole (an unemployment rate): the complement (the share employed) as
     * an index by month, 1 on average in {@code baseYear}, each year's average kept.
     */
    public MonthlySeries complementIndex(int baseYear) {
        double base = 100 - byYear().get(baseYear);
        Map<Integer, Double> index = new LinkedHashMap<>();
        byYear().forEach((year, v) -> index.put(year, (100 - v) / base));
        return MonthlySeries.keepingAnnualAverages(index);
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
            level.put(firstYear + i, l);
        }
        double base = level.get(baseYear);
        level.replaceAll((year, v) -> v / base);
        return MonthlySeries.keepingAnnualAverages(level);
    }
}
