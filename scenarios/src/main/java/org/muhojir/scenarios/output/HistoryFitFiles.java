package org.muhojir.scenarios.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.IntervalKind;

/**
 * The files of {@code muhojir history} beside those of {@code run}: {@code history-fit.csv} (the history against
 * every calibration figure, one row a figure), {@code history-series.csv} (each moment's simulated value in every
 * year, held-out years marked; simulated values only), {@code history-fit.html} (the table and a chart a
 * moment) and {@code history-fit.md} (the tables in Markdown, as docs/calibration.md shows them).
 */
public final class HistoryFitFiles {
    /** The fit table's file. */
    public static final String FIT = "history-fit.csv";
    /** The simulated series' file. */
    public static final String SERIES = "history-series.csv";
    /** The page's file. */
    public static final String PAGE = "history-fit.html";
    /** The tables as Markdown, for docs/calibration.md. */
    public static final String MARKDOWN = "history-fit.md";

    private HistoryFitFiles() {
    }

    /** Writes the three files into {@code folder} for the history run {@code runs}. */
    public static void write(Path folder, ScenarioRuns runs, String version) throws IOException {
        HistoryFit fit = HistoryFit.of(runs);
        fitTable(folder.resolve(FIT), fit, runs.intervals());
        series(folder.resolve(SERIES), fit, runs.intervals());
        HistoryFitHtml.write(folder.resolve(PAGE), runs, fit, version);
        HistoryFitMarkdown.write(folder.resolve(MARKDOWN), runs, fit);
    }

    static void fitTable(Path file, HistoryFit fit, IntervalKind kind) throws IOException {
        try (CSVPrinter p = Csv.open(file, List.of("id", "year", "moment", "unit", "description", "observed",
                "simulated_mean", "ci95_low", "ci95_high", "tolerance", "result", "weight", "use", "data", "note",
                "interval"))) {
            for (HistoryFit.Row r : fit.rows()) {
                List<Object> cells = new ArrayList<>(List.of(r.id(), r.year(), r.moment(), r.unit(), r.description(),
                        r.observed()));
                cells.addAll(intervalCells(r.simulated()));
                cells.addAll(List.of(Numbers.csv(r.tolerance()), r.result().label(), Numbers.csv(r.weight()),
                        r.use(), r.data(), r.note(), kind.label()));
                p.printRecord(cells);
            }
        }
    }

    static void series(Path file, HistoryFit fit, IntervalKind kind) throws IOException {
        try (CSVPrinter p = Csv.open(file, List.of("moment", "unit", "year", "held_out", "replications",
                "simulated_mean", "ci95_low", "ci95_high", "interval"))) {
            for (HistoryFit.Point s : fit.series()) {
                List<Object> cells = new ArrayList<>(List.of(s.moment().name(), s.moment().unit(), s.year(),
                        s.heldOut(), s.simulated().n()));
                cells.addAll(intervalCells(s.simulated()));
                cells.add(kind.label());
                p.printRecord(cells);
            }
        }
    }

    /** Mean, lower and upper end; empty cells if not simulated. */
    private static List<String> intervalCells(ConfidenceInterval i) {
        return i == null ? List.of("", "", "") : List.of(Numbers.csv(i.mean()), Numbers.csv(i.low()),
                Numbers.csv(i.high()));
    }
}
