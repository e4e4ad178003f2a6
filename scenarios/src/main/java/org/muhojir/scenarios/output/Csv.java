package org.muhojir.scenarios.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The tidy tables: {@code monthly.csv} (one row per scenario, replication, month, metric and group),
 * {@code summary.csv} (per scenario, year, metric and group: mean and 95% interval across replications) and, for a
 * comparison, {@code differences.csv} (paired differences from the baseline, replication by replication). Plain
 * RFC 4180 CSV in UTF-8 with a header row; numbers in full precision with a dot for decimals; empty cells where
 * there is no value.
 */
public final class Csv {
    private Csv() {
    }

    public static void monthly(Path file, List<Cube> cubes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,replication,month,metric,group,value\n");
            for (Cube c : cubes) {
                String scenario = cell(c.name());
                for (int r = 0; r < c.replications(); r++) {
                    int replication = c.runs().get(r).replication();
                    for (int t = 0; t < c.months().size(); t++) {
                        String month = c.months().get(t).toString();
                        for (int k = 0; k < c.metrics(); k++) {
                            w.write(scenario + ',' + replication + ',' + month + ',' + c.metricName(k) + ','
                                    + cell(c.group(k)) + ',' + Numbers.csv(c.value(r, t, k)) + '\n');
                        }
                    }
                }
            }
        }
    }

    public static void summary(Path file, List<Cube> cubes) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,year,months,metric,group,unit,aggregation,replications,mean,sd,ci95_low,ci95_high\n");
            for (Cube c : cubes) {
                for (Map.Entry<Integer, List<Integer>> y : Annual.years(c).entrySet()) {
                    for (int k = 0; k < c.metrics(); k++) {
                        Interval i = Interval.of(Annual.acrossReplications(c, k, y.getValue()));
                        w.write(cell(c.name()) + ',' + y.getKey() + ',' + y.getValue().size() + ','
                                + c.metricName(k) + ',' + cell(c.group(k)) + ',' + Units.annual(c.metricName(k))
                                + ',' + Annual.aggregation(c.metricName(k)) + ',' + row(i) + '\n');
                    }
                }
            }
        }
    }

    public static void differences(Path file, Cube baseline, List<Cube> policies) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,baseline,year,months,metric,group,unit,aggregation,replications,mean_difference,sd,"
                    + "ci95_low,ci95_high\n");
            for (Cube c : policies) {
                for (Map.Entry<Integer, List<Integer>> y : Annual.years(c).entrySet()) {
                    for (int k = 0; k < c.metrics(); k++) {
                        Interval i = Differences.annual(baseline, c, k, y.getValue());
                        w.write(cell(c.name()) + ',' + cell(baseline.name()) + ',' + y.getKey() + ','
                                + y.getValue().size() + ',' + c.metricName(k) + ',' + cell(c.group(k)) + ','
                                + Units.annual(c.metricName(k)) + ',' + Annual.aggregation(c.metricName(k)) + ','
                                + row(i) + '\n');
                    }
                }
            }
        }
    }

    private static String row(Interval i) {
        return i.n() + "," + Numbers.csv(i.mean()) + ',' + Numbers.csv(i.sd()) + ',' + Numbers.csv(i.low()) + ','
                + Numbers.csv(i.high());
    }

    /** A cell, quoted when it holds a comma, a quote or a line break. */
    public static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
