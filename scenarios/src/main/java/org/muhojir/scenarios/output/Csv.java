package org.muhojir.scenarios.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.IntervalKind;

/**
 * The tidy tables: {@code monthly.csv} (one row per scenario, replication, month, metric and group),
 * {@code summary.csv} (per scenario, year, metric and group: mean and 95% interval across replications) and, for a
 * comparison, {@code differences.csv} (paired differences from the baseline, replication by replication). RFC 4180
 * CSV (Apache Commons CSV, minimal quoting) in UTF-8 with a header row and {@code \n} line ends; numbers in full
 * precision with a dot for decimals ({@link Numbers}); empty cells where there is no value. Names, units and
 * aggregations come from the metric catalogue.
 */
public final class Csv {
    /** RFC 4180 with {@code \n} line ends. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    /**
     * Columns of an interval: replications, mean, sd, the 95% bounds and what kind of interval they are
     * ({@link IntervalKind#label()}: {@code monte_carlo}, a confidence interval of the mean, or {@code parameters},
     * the central 95% of runs at their own draws of the parameters).
     */
    static final List<String> INTERVAL_COLUMNS = List.of("replications", "mean", "sd", "ci95_low", "ci95_high",
            "interval");

    private Csv() {
    }

    public static void monthly(Path file, List<ScenarioRuns> scenarios) throws IOException {
        try (CSVPrinter p = open(file, List.of("scenario", "replication", "month", "metric", "group", "value"))) {
            for (ScenarioRuns c : scenarios) {
                for (int r = 0; r < c.replications(); r++) {
                    int replication = c.runs().get(r).replication();
                    for (int t = 0; t < c.months().size(); t++) {
                        String month = c.months().get(t).toString();
                        for (int k = 0; k < c.rows().size(); k++) {
                            ScenarioRuns.Row row = c.row(k);
                            p.printRecord(c.name(), replication, month, row.name(), row.group(),
                                    Numbers.csv(c.value(r, t, k)));
                        }
                    }
                }
            }
        }
    }

    public static void summary(Path file, List<ScenarioRuns> scenarios) throws IOException {
        try (CSVPrinter p = open(file, columns(List.of("scenario", "year", "months", "metric", "group", "unit",
                "aggregation"), INTERVAL_COLUMNS))) {
            for (ScenarioRuns c : scenarios) {
                for (Map.Entry<Integer, List<Integer>> y : c.years().entrySet()) {
                    for (int k = 0; k < c.rows().size(); k++) {
                        yearRow(p, List.of(c.name(), y.getKey(), y.getValue().size()), c.row(k),
                                c.annualInterval(k, y.getValue()), c.intervals());
                    }
                }
            }
        }
    }

    public static void differences(Path file, ScenarioRuns baseline, List<ScenarioRuns> policies) throws IOException {
        try (CSVPrinter p = open(file, columns(List.of("scenario", "baseline", "year", "months", "metric", "group",
                "unit", "aggregation", "replications", "mean_difference"), INTERVAL_COLUMNS.subList(2, 6)))) {
            for (ScenarioRuns c : policies) {
                for (Map.Entry<Integer, List<Integer>> y : c.years().entrySet()) {
                    for (int k = 0; k < c.rows().size(); k++) {
                        yearRow(p, List.of(c.name(), baseline.name(), y.getKey(), y.getValue().size()), c.row(k),
                                Differences.annual(baseline, c, k, y.getValue()), baseline.intervals());
                    }
                }
            }
        }
    }

    /** A printer writing {@code file} in UTF-8, the header printed. */
    static CSVPrinter open(Path file, List<String> header) throws IOException {
        Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        return p;
    }

    /** One yearly row: the leading cells, the metric, group, annual unit, aggregation and the interval. */
    static void yearRow(CSVPrinter p, List<Object> leading, ScenarioRuns.Row row, ConfidenceInterval i,
                        IntervalKind kind) throws IOException {
        List<Object> cells = new ArrayList<>(leading);
        cells.add(row.name());
        cells.add(row.group());
        cells.add(row.metric().annualUnit());
        cells.add(row.metric().aggregation().label());
        cells.addAll(intervalCells(i, kind));
        p.printRecord(cells);
    }

    /** Replications, mean, sd, the two bounds of an interval and its kind, as cells. */
    static List<Object> intervalCells(ConfidenceInterval i, IntervalKind kind) {
        return List.of(i.n(), Numbers.csv(i.mean()), Numbers.csv(i.sd()), Numbers.csv(i.low()),
                Numbers.csv(i.high()), kind.label());
    }

    /**
     * One cell as CSV text, quoted as the tables quote a cell that is not first on its line (for writers that
     * assemble lines themselves).
     */
    public static String cell(String s) {
        StringBuilder b = new StringBuilder();
        try {
            FORMAT.print(s, b, false); // not first on the line: Commons CSV writes the delimiter before it
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return b.substring(1);
    }

    private static List<String> columns(List<String> first, List<String> then) {
        List<String> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }
}
