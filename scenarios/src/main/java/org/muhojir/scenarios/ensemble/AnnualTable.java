package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.muhojir.core.outcome.MetricValue;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.output.Csv;
import org.muhojir.scenarios.output.Numbers;

/**
 * The layout of a run's yearly table ({@link RunRecord#annual()}): its calendar years, with the months each has,
 * and its tidy rows (a catalogue metric in a group), as {@link MonthlyOutcome#metrics()} orders them.
 *
 * @param years  the calendar years, in order
 * @param months the simulated months in each year
 * @param rows   the tidy rows: metric name and group
 */
public record AnnualTable(List<Integer> years, List<Integer> months, List<MetricValue> rows) {
    /** The columns of {@code runs.csv} (and of {@code runs.parquet}). */
    public static final List<String> COLUMNS = List.of("scenario", "point", "replication", "year", "months", "metric",
            "group", "value");

    /** The layout of the runs of {@code scenario}. */
    public static AnnualTable of(Scenario scenario) {
        YearMonth start = scenario.start();
        TreeMap<Integer, Integer> perYear = new TreeMap<>();
        for (int t = 0; t < scenario.months(); t++) {
            perYear.merge(start.plusMonths(t).getYear(), 1, Integer::sum);
        }
        return new AnnualTable(List.copyOf(perYear.keySet()), List.copyOf(perYear.values()),
                MonthlyOutcome.layout());
    }

    /** A run's months grouped by calendar year, years in order. */
    static List<List<MonthlyOutcome>> byYear(List<MonthlyOutcome> months) {
        Map<Integer, List<MonthlyOutcome>> years = new TreeMap<>();
        for (MonthlyOutcome m : months) {
            years.computeIfAbsent(m.month().getYear(), y -> new ArrayList<>()).add(m);
        }
        return List.copyOf(years.values());
    }

    /** The value of row {@code k} in year number {@code y} (0 first) of a record. */
    public double value(RunRecord r, int y, int k) {
        return r.annual()[y * rows.size() + k];
    }

    /**
     * Writes {@code runs.csv}: every run's yearly value of every tidy row, one a line, in the records' order (the
     * same columns as {@code runs.parquet}).
     */
    public static void writeCsv(Path file, Ensemble e, List<RunRecord> records) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", COLUMNS) + "\n");
            for (RunRecord r : records) {
                Scenario s = e.scenarios().get(r.item().scenario());
                AnnualTable t = of(s);
                String head = Csv.cell(s.name()) + ',' + r.item().point() + ',' + r.item().replication() + ',';
                for (int y = 0; y < t.years().size(); y++) {
                    for (int k = 0; k < t.rows().size(); k++) {
                        w.write(head + t.years().get(y) + ',' + t.months().get(y) + ',' + t.rows().get(k).name()
                                + ',' + Csv.cell(t.rows().get(k).group()) + ',' + Numbers.csv(t.value(r, y, k))
                                + '\n');
                    }
                }
            }
        }
    }
}
