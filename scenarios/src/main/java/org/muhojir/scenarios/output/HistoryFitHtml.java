package org.muhojir.scenarios.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.calibration.HistoryTargets;
import org.muhojir.core.calibration.Moment;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * {@code history-fit.html}: the history against every calibration figure, in the report's frame
 * ({@link ReportHtml#page}): the fit table, the figures no moment measures, and a chart a moment with the simulated
 * path and its 95% band, the observed figures as points with their tolerance as error bars, and the held-out years
 * shaded and labelled "held out: not used".
 */
final class HistoryFitHtml {
    static final String HELD_OUT_LABEL = "held out: not used";

    private final ScenarioRuns runs;
    private final HistoryFit fit;
    private final Html body = new Html();
    private final ArrayNode charts = SummaryJson.MAPPER.createArrayNode();

    private HistoryFitHtml(ScenarioRuns runs, HistoryFit fit) {
        this.runs = runs;
        this.fit = fit;
    }

    static void write(Path file, ScenarioRuns runs, HistoryFit fit, String version) throws IOException {
        HistoryFitHtml h = new HistoryFitHtml(runs, fit);
        String title = "Muhojir: " + runs.name() + " against every calibration figure";
        h.body.element("h1", title).newline();
        h.intro();
        h.chartsSection();
        h.fitTable();
        h.unmodelledTable();
        ObjectNode data = SummaryJson.MAPPER.createObjectNode();
        data.putArray("months");
        data.set("charts", h.charts);
        Files.writeString(file, ReportHtml.page(title, version, h.body, data), StandardCharsets.UTF_8);
    }

    private void intro() {
        var s = runs.scenario();
        body.element("p", "The history run '" + s.name() + "', from " + s.start() + " to " + s.end() + " (" + runs.replications()
                + " replications at a " + Numbers.percent(s.population().sampleFraction()) + " sample; intervals are "
                + runs.intervals().description() + ") against every figure of the calibration years (2010-2013, "
                + "2017-2019, 2023) in data/, as catalogued by the core's HistoryTargets and UnmodelledFigures. "
                + "A figure passes when the simulated mean is within its tolerance. Fitted figures (weight above "
                + "0) are the ones a calibration fits; reported ones (weight 0) are shown, not fitted, for the "
                + "reason in their note. Held-out years (2014-2016, 2020-2022, 2024-2025) are shaded in the charts "
                + "and labelled '" + HELD_OUT_LABEL + "': the project holds no observed figure of theirs, so only "
                + "the simulated path is shown.").newline();
        body.element("p", counts(), "class", "muted").newline();
    }

    private String counts() {
        long fitted = fit.rows().stream().filter(r -> r.use().equals("fitted") && r.simulated() != null).count();
        long passed = fit.rows().stream().filter(r -> r.use().equals("fitted")
                && r.result() == HistoryFit.Result.PASS).count();
        long reported = fit.rows().stream().filter(r -> r.use().equals("reported") && r.simulated() != null).count();
        long notSimulated = fit.rows().stream().filter(r -> r.result() == HistoryFit.Result.NOT_SIMULATED).count();
        long notModelled = fit.rows().stream().filter(r -> r.result() == HistoryFit.Result.NOT_MODELLED).count();
        return String.format(Locale.ROOT, "Fitted figures simulated: %d, of which %d pass. Reported figures "
                + "simulated: %d. Figures of years this run does not simulate: %d. Figures no moment measures: %d.",
                fitted, passed, reported, notSimulated, notModelled);
    }

    private void fitTable() {
        body.element("h2", "Every calibration figure").newline().open("div", "class", "wide").open("table")
                .open("thead").open("tr");
        for (String h : List.of("Figure", "Year", "Moment (unit)", "Observed", "Simulated", "Tolerance", "Result",
                "Weight")) {
            body.element("th", h);
        }
        body.close("tr").close("thead").open("tbody").newline();
        for (HistoryFit.Row r : fit.rows()) {
            if (r.result() == HistoryFit.Result.NOT_MODELLED) {
                continue;
            }
            Shown shown = Shown.of(r.unit());
            body.open("tr").element("td", r.id(), "title", r.note()).element("td", Integer.toString(r.year()))
                    .open("td", "class", "left").text(r.moment()).empty("br").element("span", shown.unit(), "class",
                            "ci").close("td")
                    .element("td", ReportHtml.number(Double.parseDouble(r.observed()) * shown.scale()));
            simulatedCell(r.simulated(), shown.scale());
            body.element("td", ReportHtml.number(r.tolerance() * shown.scale()))
                    .element("td", r.result().label(), "class", resultClass(r))
                    .element("td", Numbers.csv(r.weight()) + (r.weight() > 0 ? "" : " (reported)"))
                    .close("tr").newline();
        }
        body.close("tbody").close("table").close("div").newline();
        body.element("p", "Hover over a figure's id for its source and, for a reported figure, why it is not "
                + "fitted; history-fit.csv has the same rows with the notes.", "class", "muted").newline();
    }

    private static String resultClass(HistoryFit.Row r) {
        return switch (r.result()) {
            case PASS -> "better";
            case FAIL -> r.weight() > 0 ? "worse" : "changed";
            default -> "muted";
        };
    }

    private void simulatedCell(ConfidenceInterval i, double scale) {
        body.open("td");
        if (i == null) {
            body.text("–");
        } else {
            body.text(ReportHtml.number(i.mean() * scale));
            if (!Double.isNaN(i.low())) {
                body.empty("br").element("span", ReportHtml.number(i.low() * scale) + " to "
                        + ReportHtml.number(i.high() * scale), "class", "ci");
            }
        }
        body.close("td");
    }

    private void unmodelledTable() {
        body.element("h2", "Figures no moment measures").newline().open("div", "class", "wide").open("table")
                .open("thead").open("tr");
        for (String h : List.of("Figure", "Year", "What", "Value (as the file gives it)", "Why it is not modelled")) {
            body.element("th", h);
        }
        body.close("tr").close("thead").open("tbody").newline();
        for (HistoryFit.Row r : fit.rows()) {
            if (r.result() == HistoryFit.Result.NOT_MODELLED) {
                body.open("tr").element("td", r.id()).element("td", Integer.toString(r.year()))
                        .element("td", r.description()).element("td", r.observed()).element("td", r.note()).close("tr")
                        .newline();
            }
        }
        body.close("tbody").close("table").close("div").newline();
    }

    private void chartsSection() {
        body.element("h2", "Each moment over the history", "id", "charts").newline();
        body.element("p", "Lines: the simulated mean of each year the run simulates in full, with its 95% band. "
                + "Points: the observed figures, with their tolerance as error bars (filled: fitted; hollow: "
                + "reported, weight 0). Shaded: held-out years, " + HELD_OUT_LABEL + ".", "class", "muted")
                .newline().open("div", "class", "charts").newline();
        List<Integer> years = HistoryFit.fullYears(runs.months());
        for (Moment m : chartOrder(years)) {
            chart(m, years);
        }
        body.close("div").newline();
    }

    private void chart(Moment m, List<Integer> years) {
        Shown shown = Shown.of(m.unit());
        String id = "chart-" + (charts.size() + 1);
        ObjectNode c = charts.addObject();
        c.put("id", id);
        // in words, as the first figure of the moment describes it, with the moment's name for the tables
        c.put("title", fit.rowsOf(m).stream().map(HistoryFit.Row::description).findFirst()
                .map(d -> d + " (" + m.name() + ")").orElse(m.name()));
        c.put("unit", shown.unit());
        c.put("zeroLine", false);
        ArrayNode x = c.putArray("x");
        years.forEach(x::add);
        ObjectNode s = c.putArray("series").addObject();
        s.put("name", "simulated");
        ArrayNode mean = s.putArray("mean");
        ArrayNode low = s.putArray("low");
        ArrayNode high = s.putArray("high");
        for (HistoryFit.Point p : fit.series()) {
            if (p.moment().equals(m)) {
                ReportHtml.add(mean, p.simulated().mean() * shown.scale());
                ReportHtml.add(low, p.simulated().low() * shown.scale());
                ReportHtml.add(high, p.simulated().high() * shown.scale());
            }
        }
        ArrayNode points = c.putArray("points");
        for (HistoryFit.Row r : fit.rowsOf(m)) {
            if (years.contains(r.year())) {
                double v = Double.parseDouble(r.observed()) * shown.scale();
                double tol = r.tolerance() * shown.scale();
                points.addObject().put("x", r.year()).put("value", v).put("low", v - tol).put("high", v + tol)
                        .put("fitted", r.weight() > 0).put("label", r.id() + ": " + ReportHtml.number(v)
                                + " (tolerance " + ReportHtml.number(tol) + ")");
            }
        }
        ArrayNode shaded = c.putArray("shaded");
        for (int[] range : heldOutRanges(years)) {
            shaded.addObject().put("from", range[0] - 0.5).put("to", range[1] + 0.5).put("label", HELD_OUT_LABEL);
        }
        body.open("div", "class", "chart", "id", id, "role", "img", "aria-label", m.name()).close("div").newline();
    }

    /**
     * The moments charted: those with a fitted figure in a simulated year first, then those with a reported one,
     * then the rest (figures only in years not simulated), each group in catalogue order.
     */
    private List<Moment> chartOrder(List<Integer> years) {
        List<Moment> moments = new ArrayList<>();
        fit.series().forEach(p -> {
            if (!moments.contains(p.moment())) {
                moments.add(p.moment());
            }
        });
        List<Moment> ordered = new ArrayList<>();
        for (int rank = 0; rank < 3; rank++) {
            for (Moment m : moments) {
                if (rank(m, years) == rank) {
                    ordered.add(m);
                }
            }
        }
        return ordered;
    }

    /** 0 if a figure of {@code m} in a simulated year is fitted, 1 if one is reported, else 2. */
    private int rank(Moment m, List<Integer> years) {
        List<HistoryFit.Row> shown = fit.rowsOf(m).stream().filter(r -> years.contains(r.year())).toList();
        return shown.stream().anyMatch(r -> r.weight() > 0) ? 0 : shown.isEmpty() ? 2 : 1;
    }

    /** The runs of consecutive held-out years among {@code years}, first and last year of each. */
    static List<int[]> heldOutRanges(List<Integer> years) {
        List<int[]> ranges = new ArrayList<>();
        for (int y : years) {
            if (!HistoryTargets.HELD_OUT_YEARS.contains(y)) {
                continue;
            }
            int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && last[1] == y - 1) {
                last[1] = y;
            } else {
                ranges.add(new int[] {y, y});
            }
        }
        return ranges;
    }

    /** How a moment's values are shown: US dollars in millions, shares in per cent, the rest as they are. */
    record Shown(String unit, double scale) {
        static Shown of(String momentUnit) {
            if (momentUnit.startsWith("USD")) {
                return new Shown("USD million" + momentUnit.substring(3), 1e-6);
            }
            if (momentUnit.startsWith("share")) {
                return new Shown("per cent", 100);
            }
            return new Shown(momentUnit, 1);
        }
    }
}
