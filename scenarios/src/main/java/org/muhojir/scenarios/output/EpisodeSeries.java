package org.muhojir.scenarios.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The series of a backcast: remittances received (USD), departures, migrants abroad, deportations and the national
 * poverty headcount, each with the mean and 95% interval across replications, per year
 * ({@code episode-annual.csv}, aggregated as in {@code summary.csv}) and per month ({@code episode-monthly.csv}).
 */
public final class EpisodeSeries {
    /** The metrics and groups written, in column order of a reader's interest. */
    public static final List<String[]> METRICS = List.of(new String[] {"remittances_received_usd", "all"},
            new String[] {"departures", "all"}, new String[] {"migrants_abroad", "all"},
            new String[] {"deportations", "all"}, new String[] {"poverty_fgt0", "national"});

    private EpisodeSeries() {
    }

    /** Writes both files into {@code folder}. */
    public static void write(Path folder, Cube c) throws IOException {
        annual(folder.resolve("episode-annual.csv"), c);
        monthly(folder.resolve("episode-monthly.csv"), c);
    }

    static void annual(Path file, Cube c) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,year,months,metric,group,unit,aggregation,replications,mean,sd,ci95_low,ci95_high\n");
            for (Map.Entry<Integer, List<Integer>> y : Annual.years(c).entrySet()) {
                for (String[] m : METRICS) {
                    int k = c.index(m[0], m[1]);
                    Interval i = Interval.of(Annual.acrossReplications(c, k, y.getValue()));
                    w.write(Csv.cell(c.name()) + ',' + y.getKey() + ',' + y.getValue().size() + ',' + m[0] + ','
                            + m[1] + ',' + Units.annual(m[0]) + ',' + Annual.aggregation(m[0]) + ',' + row(i) + '\n');
                }
            }
        }
    }

    static void monthly(Path file, Cube c) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("scenario,month,metric,group,unit,replications,mean,sd,ci95_low,ci95_high\n");
            for (int t = 0; t < c.months().size(); t++) {
                for (String[] m : METRICS) {
                    Interval i = Interval.of(c.acrossReplications(t, c.index(m[0], m[1])));
                    w.write(Csv.cell(c.name()) + ',' + c.months().get(t) + ',' + m[0] + ',' + m[1] + ','
                            + Units.monthly(m[0]) + ',' + row(i) + '\n');
                }
            }
        }
    }

    private static String row(Interval i) {
        return i.n() + "," + Numbers.csv(i.mean()) + ',' + Numbers.csv(i.sd()) + ',' + Numbers.csv(i.low()) + ','
                + Numbers.csv(i.high());
    }
}
