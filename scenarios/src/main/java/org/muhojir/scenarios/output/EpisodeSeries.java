package org.muhojir.scenarios.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;

/**
 * The series of a backcast, each with the mean and 95% interval across replications, per year
 * ({@code episode-annual.csv}, aggregated as in {@code summary.csv}) and per month ({@code episode-monthly.csv}):
 * remittances received (USD, after fees), departures, migrants abroad, deportations and the national poverty
 * headcount on the headline line; then the measures the calibration compares with published figures
 * (docs/calibration.md, section 6): remittances sent before fees, from everywhere (the World Bank's series) and from
 * Russia (the Central Bank of Russia's transfers), and the poverty headcount on the old national methodology (the
 * national series of 2010-2019); then departures to and migrants in Russia, returns by choice and the members at home
 * under a re-entry ban (every deportation imposes one: bans imposed are the deportations).
 */
public final class EpisodeSeries {
    /** The rows written, in the order of a reader's interest. */
    public static final List<ScenarioRuns.Row> ROWS = List.of(
            new ScenarioRuns.Row(Metric.REMITTANCES_RECEIVED_USD, GroupKind.ALL_LABEL),
            new ScenarioRuns.Row(Metric.DEPARTURES, GroupKind.ALL_LABEL),
            new ScenarioRuns.Row(Metric.MIGRANTS_ABROAD, GroupKind.ALL_LABEL),
            new ScenarioRuns.Row(Metric.DEPORTATIONS, GroupKind.ALL_LABEL),
            new ScenarioRuns.Row(Metric.POVERTY_FGT0, Group.NATIONAL.label()),
            new ScenarioRuns.Row(Metric.REMITTANCES_USD, GroupKind.ALL_LABEL),
            new ScenarioRuns.Row(Metric.REMITTANCES_USD, "Russia"),
            new ScenarioRuns.Row(Metric.POVERTY_FGT0_OLD_METHODOLOGY, Group.NATIONAL.label()),
            new ScenarioRuns.Row(Metric.DEPARTURES, "Russia"),
            new ScenarioRuns.Row(Metric.MIGRANTS_ABROAD, "Russia"),
            new ScenarioRuns.Row(Metric.RETURNS_BY_CHOICE, GroupKind.ALL_LABEL),
            new ScenarioRuns.Row(Metric.BANS_IN_FORCE, GroupKind.ALL_LABEL));

    private EpisodeSeries() {
    }

    /** Writes both files into {@code folder}, and beside them the inputs of each year ({@link EpisodeInputs}). */
    public static void write(Path folder, ScenarioRuns c) throws IOException {
        annual(folder.resolve("episode-annual.csv"), c);
        monthly(folder.resolve("episode-monthly.csv"), c);
        EpisodeInputs.write(folder, c.scenario());
    }

    static void annual(Path file, ScenarioRuns c) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "year", "months", "metric", "group", "unit",
                "aggregation"));
        header.addAll(Csv.INTERVAL_COLUMNS);
        try (CSVPrinter p = Csv.open(file, header)) {
            for (Map.Entry<Integer, List<Integer>> y : c.years().entrySet()) {
                for (ScenarioRuns.Row row : ROWS) {
                    int k = c.index(row.metric(), row.group());
                    Csv.yearRow(p, List.of(c.name(), y.getKey(), y.getValue().size()), row,
                            c.annualInterval(k, y.getValue()), c.intervals());
                }
            }
        }
    }

    static void monthly(Path file, ScenarioRuns c) throws IOException {
        List<String> header = new ArrayList<>(List.of("scenario", "month", "metric", "group", "unit"));
        header.addAll(Csv.INTERVAL_COLUMNS);
        try (CSVPrinter p = Csv.open(file, header)) {
            for (int t = 0; t < c.months().size(); t++) {
                for (ScenarioRuns.Row row : ROWS) {
                    List<Object> cells = new ArrayList<>(List.of(c.name(), c.months().get(t).toString(), row.name(),
                            row.group(), row.metric().unit().human()));
                    cells.addAll(Csv.intervalCells(c.interval(t, c.index(row.metric(), row.group())), c.intervals()));
                    p.printRecord(cells);
                }
            }
        }
    }
}
