package org.muhojir.scenarios.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * {@code history-fit.md}: the history's fit table and the figures no moment measures as Markdown tables, the text
 * that {@code docs/calibration.md} shows ("The history against every calibration figure"). Values are shown as in
 * the page: US dollars in millions, shares in per cent.
 */
final class HistoryFitMarkdown {
    private HistoryFitMarkdown() {
    }

    static void write(Path file, ScenarioRuns runs, HistoryFit fit) throws IOException {
        StringBuilder md = new StringBuilder();
        var s = runs.scenario();
        md.append("Run: `").append(s.name()).append("`, ").append(s.start()).append(" to ").append(s.end())
                .append(", ").append(runs.replications()).append(" replications at a ")
                .append(Numbers.percent(s.population().sampleFraction())).append(" sample; intervals: ")
                .append(runs.intervals().description()).append(".\n\n");
        md.append("| Figure | Year | Moment (unit) | Observed | Simulated (95% interval) | Tolerance | Result | Weight |\n");
        md.append("|---|---|---|---:|---:|---:|---|---:|\n");
        for (HistoryFit.Row r : fit.rows()) {
            if (r.result() != HistoryFit.Result.NOT_MODELLED) {
                md.append(fitRow(r));
            }
        }
        md.append("\nFigures no moment measures:\n\n| Figure | Year | What | Value | Why not modelled |\n")
                .append("|---|---|---|---|---|\n");
        for (HistoryFit.Row r : fit.rows()) {
            if (r.result() == HistoryFit.Result.NOT_MODELLED) {
                md.append("| ").append(cell(r.id())).append(" | ").append(r.year()).append(" | ")
                        .append(cell(r.description())).append(" | ").append(cell(r.observed())).append(" | ")
                        .append(cell(r.note())).append(" |\n");
            }
        }
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
    }

    private static String fitRow(HistoryFit.Row r) {
        HistoryFitHtml.Shown shown = HistoryFitHtml.Shown.of(r.unit());
        double scale = shown.scale();
        return "| " + cell(r.id()) + " | " + r.year() + " | " + cell(r.moment()) + " (" + cell(shown.unit()) + ") | "
                + ReportHtml.number(Double.parseDouble(r.observed()) * scale) + " | "
                + simulated(r.simulated(), scale) + " | " + ReportHtml.number(r.tolerance() * scale) + " | "
                + (r.result() == HistoryFit.Result.FAIL && r.weight() > 0 ? "**fail**" : r.result().label()) + " | "
                + Numbers.csv(r.weight()) + (r.weight() > 0 ? "" : " (reported)") + " |\n";
    }

    private static String simulated(ConfidenceInterval i, double scale) {
        if (i == null) {
            return "–";
        }
        String mean = ReportHtml.number(i.mean() * scale);
        return Double.isNaN(i.low()) ? mean : mean + " (" + ReportHtml.number(i.low() * scale) + " to "
                + ReportHtml.number(i.high() * scale) + ")";
    }

    /** Text safe in a Markdown table cell. */
    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
