package org.muhojir.scenarios.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * {@code report.html}: one self-contained page (no network needed) that a policy officer can open or mail. Tables
 * are written here; charts are drawn in the browser by Apache ECharts, whose script is read from its WebJar at run
 * time and embedded in the page, with the data as JSON beside it.
 */
public final class ReportHtml {
    /**
     * The ECharts build embedded in reports (about 1 MB): the full one, because the 95% bands are custom series
     * (stacked areas cannot draw a band that crosses zero, as differences from a baseline do).
     */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private final List<Cube> cubes;
    private final boolean compare;
    private final RunInfo info;
    private final StringBuilder body = new StringBuilder();
    private final ArrayNode charts = SummaryJson.MAPPER.createArrayNode();

    private ReportHtml(List<Cube> cubes, boolean compare, RunInfo info) {
        this.cubes = cubes;
        this.compare = compare;
        this.info = info;
    }

    public static void write(Path file, List<Cube> cubes, boolean compare, RunInfo info) throws IOException {
        Files.writeString(file, new ReportHtml(cubes, compare, info).html(), StandardCharsets.UTF_8);
    }

    private String html() throws IOException {
        Cube first = cubes.get(0);
        String title = compare ? "Muhojir: " + String.join(", ", names(cubes.subList(1, cubes.size())))
                + " compared with " + first.name() : "Muhojir: " + first.name();
        body.append("<h1>").append(esc(title)).append("</h1>\n");
        intro();
        headlineTable();
        if (!compare) {
            yearTable(first);
        }
        chartsSection();
        scenariosSection();
        filesSection();
        ObjectNode data = SummaryJson.MAPPER.createObjectNode();
        ArrayNode months = data.putArray("months");
        first.months().forEach(m -> months.add(m.toString()));
        data.set("charts", charts);
        String json = SummaryJson.MAPPER.writeValueAsString(data).replace("</", "<\\/");
        java.util.Map<String, String> values = java.util.Map.of("TITLE", esc(title), "VERSION", esc(info.version()),
                "BODY", body.toString(), "DATA", json, "ECHARTS", echarts().replace("</script", "<\\/script"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\\{([A-Z]+)}}").matcher(template());
        StringBuilder page = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(page, java.util.regex.Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(page).toString();
    }

    private void intro() {
        Cube c = cubes.get(0);
        int year = SummaryJson.headlineYear(c);
        body.append("<p>").append(esc(compare ? "Each policy scenario was run with the same random numbers as the "
                + "baseline (replication k of each shares its draws), so the differences below are paired and far "
                + "less noisy than the levels." : c.scenario().description())).append("</p>\n");
        body.append("<table class=\"info\"><tbody>\n");
        info("Period", c.scenario().start() + " to " + c.scenario().end() + " (" + c.scenario().months()
                + " months)");
        info("Replications", info.replications() + " (seed " + info.seed() + "); intervals are 95% confidence "
                + "intervals of the mean across replications (Student t)");
        double f = c.scenario().population().sampleFraction();
        info("Households simulated", String.format(Locale.ROOT, "%,d (%s of %,d; results are scaled to the nation)",
                c.scenario().population().simulatedHouseholds(), percent(f),
                c.scenario().population().nationalHouseholds()));
        info("Headline year", year + " (the last whole calendar year simulated)");
        info("Run", String.format(Locale.ROOT, "%s UTC, %.1f s on %d thread(s), muhojir %s",
                info.started().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' ')
                        .replace("Z", ""),
                info.wallSeconds(), info.threads(), info.version()));
        body.append("</tbody></table>\n");
        if (f < 1) {
            body.append("<p class=\"muted\">This is a sample run. For full scale add <code>--full</code> (about "
                    + "1.65 million households; minutes rather than seconds).</p>\n");
        }
    }

    private void info(String k, String v) {
        body.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>\n");
    }

    private void headlineTable() {
        Cube base = cubes.get(0);
        int year = SummaryJson.headlineYear(base);
        List<Integer> months = Annual.years(base).get(year);
        body.append("<h2>Headline outcomes, ").append(year).append("</h2>\n");
        body.append("<p class=\"muted\">Mean across replications, with the 95% interval below it. Flows are "
                + "totals for the year; stocks and poverty measures are averages of its months.</p>\n");
        body.append("<table><thead><tr><th>Outcome</th><th>Unit</th>");
        for (Cube c : cubes) {
            body.append("<th>").append(esc(c.name())).append("</th>");
        }
        if (compare) {
            for (Cube c : cubes.subList(1, cubes.size())) {
                body.append("<th>").append(esc(c.name())).append(" minus ").append(esc(base.name()))
                        .append("</th>");
            }
        }
        body.append("</tr></thead><tbody>\n");
        String section = "";
        for (Headlines.Headline h : Headlines.ALL) {
            int k = base.index(h.metric(), h.group());
            if (k < 0) {
                continue;
            }
            if (!h.section().equals(section)) {
                section = h.section();
                body.append("<tr class=\"section\"><td colspan=\"").append(2 + cubes.size() * 2)
                        .append("\">").append(esc(section)).append("</td></tr>\n");
            }
            body.append("<tr><td>").append(esc(h.label())).append("</td><td>").append(esc(h.unit())).append("</td>");
            for (Cube c : cubes) {
                body.append(cell(Interval.of(Annual.acrossReplications(c, k, months)), h.scale(), ""));
            }
            if (compare) {
                for (Cube c : cubes.subList(1, cubes.size())) {
                    Interval d = Differences.annual(base, c, k, months);
                    String cls = Double.isNaN(d.low()) || (d.low() <= 0 && d.high() >= 0) ? ""
                            : d.mean() > 0 ? "up" : "down";
                    body.append(cell(d, h.scale(), cls));
                }
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table>\n");
        if (compare) {
            body.append("<p class=\"muted\">Differences whose 95% interval excludes zero are coloured (green "
                    + "higher, red lower than the baseline).</p>\n");
        }
    }

    private void yearTable(Cube c) {
        body.append("<h2>Year by year</h2>\n<div class=\"wide\"><table><thead><tr><th>Outcome</th><th>Unit</th>");
        var years = Annual.years(c);
        for (var y : years.entrySet()) {
            body.append("<th>").append(y.getKey()).append(y.getValue().size() < 12 ? "*" : "").append("</th>");
        }
        body.append("</tr></thead><tbody>\n");
        for (String id : SummaryJson.BY_YEAR) {
            Headlines.Headline h = Headlines.ALL.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
            int k = c.index(h.metric(), h.group());
            body.append("<tr><td>").append(esc(h.label())).append("</td><td>").append(esc(h.unit())).append("</td>");
            for (var y : years.entrySet()) {
                body.append(cell(Interval.of(Annual.acrossReplications(c, k, y.getValue())), h.scale(), ""));
            }
            body.append("</tr>\n");
        }
        body.append("</tbody></table></div>\n<p class=\"muted\">* a year not simulated in full.</p>\n");
    }

    private void chartsSection() {
        body.append("<h2 id=\"charts\">Over time</h2>\n<p class=\"muted\">Monthly values: lines are means across "
                + "replications; shaded bands their 95% intervals.</p>\n<div class=\"charts\">\n");
        if (compare) {
            for (Cube c : cubes.subList(1, cubes.size())) {
                differenceCharts(cubes.get(0), c);
            }
            levelChartsAcrossScenarios();
        } else {
            levelCharts(cubes.get(0));
        }
        body.append("</div>\n");
    }

    private void levelCharts(Cube c) {
        chart("Remittances received per month", "USD million", false, series(c, c.name(), "remittances_received_usd",
                "all", 1e-6));
        chart("Remittances received, share of GDP", "% of the month's GDP", false, series(c, c.name(),
                "remittances_share_of_gdp", "all", 100));
        List<ObjectNode> abroad = new ArrayList<>();
        abroad.add(series(c, "all destinations", "migrants_abroad", "all", 1e-3));
        for (Destination d : Destination.values()) {
            abroad.add(series(c, d.label(), "migrants_abroad", d.label(), 1e-3));
        }
        chart("Migrants abroad by destination", "thousand persons", false, abroad.toArray(new ObjectNode[0]));
        chart("Departures and deportations per month", "thousand persons", false,
                series(c, "departures", "departures", "all", 1e-3),
                series(c, "returns by choice", "returns_by_choice", "all", 1e-3),
                series(c, "deportations", "deportations", "all", 1e-3));
        chart("Re-entry bans in force", "thousand persons", false, series(c, "bans in force", "bans_in_force", "all",
                1e-3));
        chart("Poverty headcount (FGT0), national", "% of persons", false,
                series(c, "with remittances", "poverty_fgt0", "national", 100),
                dashed(series(c, "without remittances", "poverty_fgt0_without_remittances", "national", 100)));
        chart("Poverty gap (FGT1) and severity (FGT2), national", "index x 100", false,
                series(c, "FGT1", "poverty_fgt1", "national", 100),
                dashed(series(c, "FGT1 without remittances", "poverty_fgt1_without_remittances", "national", 100)),
                series(c, "FGT2", "poverty_fgt2", "national", 100),
                dashed(series(c, "FGT2 without remittances", "poverty_fgt2_without_remittances", "national", 100)));
        List<ObjectNode> regions = new ArrayList<>();
        for (Region r : Region.values()) {
            regions.add(series(c, r.label(), "poverty_fgt0", Group.of(r).label(), 100));
        }
        chart("Poverty headcount (FGT0) by region", "% of persons", false, regions.toArray(new ObjectNode[0]));
    }

    private void levelChartsAcrossScenarios() {
        String[][] levels = {{"remittances_received_usd", "all", "Remittances received per month", "USD million",
            "1e-6"}, {"migrants_abroad", "all", "Migrants abroad", "thousand persons", "1e-3"},
            {"migrants_abroad", "Russia", "Migrants abroad in Russia", "thousand persons", "1e-3"},
            {"deportations", "all", "Deportations per month", "thousand persons", "1e-3"},
            {"poverty_fgt0", "national", "Poverty headcount (FGT0), national", "% of persons", "100"}};
        for (String[] l : levels) {
            List<ObjectNode> s = new ArrayList<>();
            for (Cube c : cubes) {
                s.add(series(c, c.name(), l[0], l[1], Double.parseDouble(l[4])));
            }
            chart(l[2] + ": levels", l[3], false, s.toArray(new ObjectNode[0]));
        }
    }

    private void differenceCharts(Cube base, Cube c) {
        String[][] diffs = {{"remittances_received_usd", "all", "Remittances received per month", "USD million",
            "1e-6"}, {"migrants_abroad", "all", "Migrants abroad", "thousand persons", "1e-3"},
            {"deportations", "all", "Deportations per month", "thousand persons", "1e-3"},
            {"bans_in_force", "all", "Re-entry bans in force", "thousand persons", "1e-3"},
            {"poverty_fgt0", "national", "Poverty headcount (FGT0), national", "percentage points", "100"},
            {"remittances_share_of_gdp", "all", "Remittances, share of GDP", "percentage points", "100"}};
        for (String[] d : diffs) {
            int k = base.index(d[0], d[1]);
            double scale = Double.parseDouble(d[4]);
            ObjectNode s = SummaryJson.MAPPER.createObjectNode();
            s.put("name", c.name() + " minus " + base.name());
            ArrayNode mean = s.putArray("mean");
            ArrayNode low = s.putArray("low");
            ArrayNode high = s.putArray("high");
            for (int t = 0; t < base.months().size(); t++) {
                Interval i = Differences.monthly(base, c, t, k);
                add(mean, i.mean() * scale);
                add(low, i.low() * scale);
                add(high, i.high() * scale);
            }
            chart(d[2] + ": " + c.name() + " minus " + base.name(), d[3], true, s);
        }
    }

    private ObjectNode series(Cube c, String name, String metric, String group, double scale) {
        int k = c.index(metric, group);
        ObjectNode s = SummaryJson.MAPPER.createObjectNode();
        s.put("name", name);
        ArrayNode mean = s.putArray("mean");
        ArrayNode low = s.putArray("low");
        ArrayNode high = s.putArray("high");
        for (int t = 0; t < c.months().size(); t++) {
            Interval i = Interval.of(c.acrossReplications(t, k));
            add(mean, i.mean() * scale);
            add(low, Math.max(0, i.low()) * scale); // every level charted is zero or more
            add(high, i.high() * scale);
        }
        if (c.replications() < 2) {
            s.remove("low");
            s.remove("high");
        }
        return s;
    }

    private static ObjectNode dashed(ObjectNode s) {
        s.put("dashed", true);
        return s;
    }

    private static void add(ArrayNode a, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            a.addNull();
        } else {
            a.add(Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)));
        }
    }

    private void chart(String title, String unit, boolean zeroLine, ObjectNode... series) {
        String id = "chart-" + (charts.size() + 1);
        ObjectNode c = charts.addObject();
        c.put("id", id);
        c.put("title", title);
        c.put("unit", unit);
        c.put("zeroLine", zeroLine);
        ArrayNode s = c.putArray("series");
        for (ObjectNode o : series) {
            s.add(o);
        }
        body.append("<div class=\"chart\" id=\"").append(id).append("\" role=\"img\" aria-label=\"")
                .append(esc(title)).append("\"></div>\n");
    }

    private void scenariosSection() {
        body.append("<h2>Scenario").append(cubes.size() > 1 ? "s" : "").append("</h2>\n");
        for (Cube c : cubes) {
            body.append("<h3>").append(esc(c.name())).append("</h3>\n");
            if (compare || cubes.size() > 1) {
                body.append("<p>").append(esc(c.scenario().description())).append("</p>\n");
            }
            if (c.scenario().shocks().isEmpty()) {
                body.append("<p class=\"muted\">No shocks.</p>\n");
                continue;
            }
            body.append("<ul>\n");
            for (ScheduledShock s : c.scenario().shocks()) {
                String when = s.months() >= ScheduledShock.UNTIL_END ? "from " + s.start() + " to the end"
                        : "from " + s.start() + " for " + s.months() + " month" + (s.months() == 1 ? "" : "s");
                body.append("<li>").append(esc(when + ": " + s.shock().describe())).append("</li>\n");
            }
            body.append("</ul>\n");
        }
    }

    private void filesSection() {
        body.append("<h2>Files in this folder</h2>\n<ul>\n");
        li("monthly.csv", "every number of every month of every replication, one row each (scenario, replication, "
                + "month, metric, group, value)");
        li("summary.csv", "per scenario, year, metric and group: mean, standard deviation and 95% interval across "
                + "replications");
        if (compare) {
            li("differences.csv", "paired differences from the baseline with 95% intervals");
        }
        li("summary.json", "the headline outcomes of this page, for programs");
        li(compare ? "scenario.NAME.resolved.json" : "scenario.resolved.json", "the scenario as run, every value "
                + "filled in; run it again with muhojir run");
        li("manifest.json", "version, seed, hashes of the inputs, JVM, times and the command line");
        body.append("</ul>\n<p class=\"muted\">Made by muhojir ").append(esc(info.version()))
                .append(". Charts: Apache ECharts 5.3.1 (Apache License 2.0), embedded.</p>\n");
    }

    private void li(String file, String what) {
        body.append("<li><code>").append(esc(file)).append("</code>: ").append(esc(what)).append("</li>\n");
    }

    private static String cell(Interval i, double scale, String cls) {
        String c = cls.isEmpty() ? "" : " class=\"" + cls + "\"";
        String ci = Double.isNaN(i.low()) ? "" : "<br><span class=\"ci\">" + number(i.low() * scale) + " to "
                + number(i.high() * scale) + "</span>";
        return "<td" + c + ">" + number(i.mean() * scale) + ci + "</td>";
    }

    /** A number for a reader: thousands separated, as many decimals as its size needs. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        double a = Math.abs(v);
        int decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String percent(double f) {
        return f >= 0.01 ? String.format(Locale.ROOT, "%.0f%%", f * 100)
                : String.format(Locale.ROOT, "%.2g%%", f * 100);
    }

    private static List<String> names(List<Cube> cubes) {
        return cubes.stream().map(Cube::name).toList();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String template() {
        return resource("org/muhojir/scenarios/output/report-template.html");
    }

    private static String echarts() {
        return resource(ECHARTS);
    }

    private static String resource(String path) {
        try (InputStream in = ReportHtml.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
