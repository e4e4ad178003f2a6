package org.muhojir.scenarios.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.scenario.Macro;
import org.muhojir.core.scenario.Provenance;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * {@code report.html}: one self-contained page (no network needed) that a policy officer can open or mail. Tables
 * are written here through an escaping {@link Html} writer, so no text reaches the page unescaped; names, units
 * and aggregations come from the metric catalogue. Charts are drawn in the browser by Apache ECharts, whose script
 * is read from its WebJar at run time and embedded in the page, with the data as JSON beside it.
 */
public final class ReportHtml {
    /**
     * The ECharts build embedded in reports (about 1 MB): the full one, because the 95% bands are custom series
     * (stacked areas cannot draw a band that crosses zero, as differences from a baseline do).
     */
    static final String ECHARTS = "META-INF/resources/webjars/echarts/5.3.1/dist/echarts.min.js";

    private static final String ALL = GroupKind.ALL_LABEL;
    private static final String NATIONAL = Group.NATIONAL.label();

    private final List<ScenarioRuns> scenarios;
    private final boolean compare;
    private final RunInfo info;
    private final Html body = new Html();
    private final ComparisonHtml comparison = new ComparisonHtml(body);
    private final ArrayNode charts = SummaryJson.MAPPER.createArrayNode();

    private ReportHtml(List<ScenarioRuns> scenarios, boolean compare, RunInfo info) {
        this.scenarios = scenarios;
        this.compare = compare;
        this.info = info;
    }

    public static void write(Path file, List<ScenarioRuns> scenarios, boolean compare, RunInfo info)
            throws IOException {
        Files.writeString(file, new ReportHtml(scenarios, compare, info).html(), StandardCharsets.UTF_8);
    }

    private String html() throws IOException {
        ScenarioRuns first = scenarios.get(0);
        String title = compare ? "Muhojir: " + String.join(", ", names(scenarios.subList(1, scenarios.size())))
                + " compared with " + first.name() : "Muhojir: " + first.name();
        body.element("h1", title).newline();
        intro();
        warnings();
        if (compare) {
            List<YearMonth> leftOut = new ArrayList<>();
            for (int i = 1; i < scenarios.size(); i++) {
                leftOut.add(info.shocksLeftOut().get(i));
            }
            comparison.summary(first, policies(), leftOut);
        }
        headlineTable();
        if (compare) {
            body.element("h2", "Year by year").newline();
            policies().forEach(p -> comparison.yearByYear(first, p));
            partYearNote(first);
            comparison.legend(first);
        } else {
            yearTable(first);
        }
        comparison.quotas(scenarios);
        chartsSection();
        scenariosSection();
        filesSection();
        ObjectNode data = SummaryJson.MAPPER.createObjectNode();
        ArrayNode months = data.putArray("months");
        first.months().forEach(m -> months.add(m.toString()));
        data.set("charts", charts);
        return page(title, info.version(), body, data);
    }

    /**
     * A self-contained page of the report's template: {@code body} in its frame and {@code data}'s charts drawn by
     * the embedded ECharts (as SVG). {@code data} holds {@code months}, the x axis of every chart that does not give
     * its own {@code x}, and {@code charts}, each with an id (of a {@code div} in the body), title, unit, zeroLine (a
     * chart of differences: the line at zero drawn, the axis around it), optionally fromZero (a chart of levels: the
     * y axis starts at zero), series (name, mean and optionally low, high and dashed) and optionally {@code x} (its
     * own x values, years, on a value axis), {@code points} (observed figures: x, value, low, high, label, fitted)
     * and {@code shaded} (ranges from, to of x, each with a label).
     */
    static String page(String title, String version, Html body, ObjectNode data) throws IOException {
        String json = SummaryJson.MAPPER.writeValueAsString(data).replace("</", "<\\/");
        Map<String, String> values = Map.of("TITLE", Html.escape(title), "VERSION", Html.escape(version),
                "BODY", body.toString(), "DATA", json, "ECHARTS", echarts().replace("</script", "<\\/script"));
        Matcher m = Pattern.compile("\\{\\{([A-Z]+)}}").matcher(template());
        StringBuilder page = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(page, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        return m.appendTail(page).toString();
    }

    private void intro() {
        ScenarioRuns c = scenarios.get(0);
        if (compare) {
            policies().forEach(p -> whatItDoes(p, PlainSummary.changeLines(c, p)));
            body.element("p", "Each policy scenario was run with the same random numbers as the baseline (replication k "
                    + "of each shares its draws), so the differences below are paired and far less noisy than the "
                    + "levels.", "class", "muted").newline();
        } else {
            whatItDoes(c, shockLines(c));
        }
        body.open("table", "class", "info").open("tbody").newline();
        info("Period", c.scenario().start() + " to " + c.scenario().end() + " ("
                + Numbers.months(c.scenario().months()) + ")");
        info("Replications", info.replications() + " (seed " + info.seed() + "); " + (c.replications() < 2
                ? "one replication: no interval; differences may be noise"
                : "intervals are " + c.intervals().description()));
        double f = c.scenario().population().sampleFraction();
        info("Households simulated", String.format(Locale.ROOT, "%,d (%s of %,d; results are scaled to the nation)",
                c.scenario().population().simulatedHouseholds(), Numbers.percent(f),
                c.scenario().population().nationalHouseholds()));
        info("Headline year", c.headlineYearDescribed());
        info("Run", String.format(Locale.ROOT, "%s UTC, %.1f s on %d thread(s), muhojir %s",
                info.started().truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ').replace("Z", ""),
                info.wallSeconds(), info.threads(), info.version()));
        body.close("tbody").close("table").newline();
        if (f < 1) {
            body.open("p", "class", "muted").text("This is a sample run. For full scale add ").element("code",
                    "--full").text(" (about 1.65 million households; minutes rather than seconds).").close("p")
                    .newline();
        }
    }

    /**
     * What a scenario is, on the first screen: its description and its shocks with their dates (the full account,
     * with the values it sets and the world's events, is in the Scenarios section).
     */
    private void whatItDoes(ScenarioRuns c, List<String> shocks) {
        body.open("p").element("strong", c.name()).text(c.scenario().description().isBlank() ? ""
                : ": " + c.scenario().description()).close("p").newline();
        if (shocks.isEmpty()) {
            return;
        }
        body.element("p", "What changes:").newline().open("ul").newline();
        shocks.forEach(s -> body.element("li", s).newline());
        body.close("ul").newline();
    }

    /** Each of the scenario's shocks with its dates, as a reader would write them. */
    private static List<String> shockLines(ScenarioRuns c) {
        return c.scenario().shocks().stream().map(PlainSummary::dated).toList();
    }

    /** The loader's warnings: values that are legal but probably not what was meant, which the run used as given. */
    private void warnings() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            String name = scenarios.get(i).name();
            info.warnings().get(i).forEach(w -> all.add((scenarios.size() > 1 ? name + ": " : "") + w));
        }
        if (all.isEmpty()) {
            return;
        }
        body.open("div", "class", "warnings").element("h2", "Warnings (" + all.size() + ")").newline().element("p",
                "These values are legal, so the runs used them as written, but they are probably not what was "
                + "meant. Check them before reading the results.").newline().open("ul").newline();
        all.forEach(w -> body.element("li", w).newline());
        body.close("ul").close("div").newline();
    }

    private void info(String k, String v) {
        body.open("tr").element("th", k).element("td", v).close("tr").newline();
    }

    private void headlineTable() {
        ScenarioRuns base = scenarios.get(0);
        int year = base.headlineYear();
        List<Integer> months = base.years().get(year);
        int lastOfData = lastYearOfData(base.scenario());
        headlineWords(base, year, months, lastOfData);
        List<Integer> dataYear = dataYearBeside(base, year, lastOfData);
        headlineHead(base, year, lastOfData, dataYear != null);
        List<String> sameRates = headlineRows(base, months, dataYear);
        body.close("tbody").close("table").newline();
        if (!sameRates.isEmpty()) {
            body.element("p", "Exchange rates the same in every scenario, left out: " + String.join(", ", sameRates)
                    + ".", "class", "muted").newline();
        }
        if (compare) {
            comparison.legend(base);
        }
    }

    /** The headline table's title and the sentences above it: how to read its values, ranges and measures. */
    private void headlineWords(ScenarioRuns base, int year, List<Integer> months, int lastOfData) {
        body.element("h2", "Headline outcomes, " + year + (year > lastOfData
                ? " (where the world of " + lastOfData + " leads, not a forecast)" : "")).newline();
        body.element("p", (base.replications() < 2 ? ONE_REPLICATION : "Mean of " + base.replications()
                + " replications, with " + (base.intervals() == IntervalKind.PARAMETERS ? "the 95% range" : "its 95% "
                + "interval") + " below it. " + rangeWords(base)) + " Flows are totals for the "
                + (months.size() == 12 ? "year" : "simulated months of the year (" + Numbers.months(months.size())
                + ")") + "; stocks and poverty measures are averages of its months.", "class", "muted").newline();
        String after = afterTheData(base);
        if (!after.isEmpty()) {
            body.element("p", after, "class", "after-data").newline();
        }
        body.element("p", REMITTANCE_WORDS, "class", "muted").newline();
        body.element("p", povertyWords(base), "class", "muted").newline();
    }

    /**
     * The months of the last year of data, shown beside the headline year by a run alone beyond its data (where the
     * world is, and where it leads) when that year is simulated in full; else null.
     */
    private List<Integer> dataYearBeside(ScenarioRuns base, int year, int lastOfData) {
        List<Integer> dataMonths = !compare && year > lastOfData ? base.years().get(lastOfData) : null;
        return dataMonths != null && dataMonths.size() == 12 ? dataMonths : null;
    }

    /** The table's opening and header row: a column for each scenario (or the two years) and each difference. */
    private void headlineHead(ScenarioRuns base, int year, int lastOfData, boolean beside) {
        body.open("table").open("thead").open("tr").element("th", "Outcome").element("th", "Unit");
        if (beside) {
            body.element("th", base.name() + ", " + lastOfData + " (the last year of data)")
                    .element("th", base.name() + ", " + year);
        } else {
            for (ScenarioRuns c : scenarios) {
                body.element("th", c.name());
            }
        }
        if (compare) {
            for (ScenarioRuns c : policies()) {
                body.element("th", c.name() + " minus " + base.name()).element("th", "% change");
            }
        }
        body.close("tr").close("thead").open("tbody").newline();
    }

    /**
     * A row for each headline, under a row for each section; the labels of the exchange rates no policy moves, which
     * have no row.
     */
    private List<String> headlineRows(ScenarioRuns base, List<Integer> months, List<Integer> dataYear) {
        String section = "";
        List<String> sameRates = new ArrayList<>();
        for (Headlines.Headline h : Headlines.ALL) {
            int k = base.index(h.metric(), h.group());
            if (compare && Headlines.isExchangeRate(h.metric()) && policies().stream()
                    .allMatch(c -> PlainSummary.sameIn(base, c, k, months))) {
                sameRates.add(h.label());
                continue; // an input no policy moves: named under the table instead of rows of zeros
            }
            if (!h.section().equals(section)) {
                section = h.section();
                body.open("tr", "class", "section").element("td", section, "colspan",
                        Integer.toString(2 + scenarios.size() * 3)).close("tr").newline();
            }
            headlineRow(base, h, k, months, dataYear);
        }
        return sameRates;
    }

    /**
     * One headline's row ({@code k}: its row in the runs): its value in the last year of data (if shown), each
     * scenario's, each difference.
     */
    private void headlineRow(ScenarioRuns base, Headlines.Headline h, int k, List<Integer> months,
                             List<Integer> dataYear) {
        body.open("tr").element("td", h.label()).element("td", h.unit(months.size() == 12));
        if (dataYear != null) {
            cell(base.annualInterval(k, dataYear), h.scale());
        }
        for (ScenarioRuns c : scenarios) {
            cell(c.annualInterval(k, months), h.scale());
        }
        if (compare) {
            for (ScenarioRuns c : policies()) {
                ConfidenceInterval d = Differences.annual(base, c, k, months);
                comparison.difference(d, h.metric(), h.scale());
                comparison.percentChange(Differences.relative(base, c, k, months), d, h.metric());
            }
        }
        body.close("tr").newline();
    }

    /** Which of the remittance measures to read for what, in plain words. */
    static final String REMITTANCE_WORDS = "Remittances \"received\" are what households at home get, after "
            + "transfer fees; \"sent\" are before fees, what transfer systems record and what the World Bank's "
            + "published series follows, so compare published figures with them; the balance of payments also counts "
            + "all net earnings of members abroad under a year, sent or not (docs/outputs.md).";

    /**
     * The poverty lines and measures in words: the baseline's lines per person a month at the price base year's prices
     * (moved by Tajik prices), and what FGT0, FGT1 and FGT2 and "without remittances" measure.
     */
    static String povertyWords(ScenarioRuns base) {
        var e = base.scenario().economy();
        int year = base.scenario().macro().priceBaseYear();
        return String.format(Locale.ROOT, "Poverty is measured on consumption per adult equivalent (per person on the "
                + "bundled scale) over the quarter to each month (the month and the two before, as the household "
                + "budget survey measures it) against a line of %,.0f somoni a month (extreme poverty: %,.0f), at "
                + "%d prices and moved by Tajik prices, the model's stand-in for the national line, calibrated so "
                + "that the model's headcounts match TajStat's (docs/calibration.md), not TajStat's own figure: the "
                + "headcount (FGT0) is the share of persons at home below the line, the gap (FGT1) their mean "
                + "shortfall as a share of the line (counting those above as 0), the severity (FGT2) its square; "
                + "the persons at home in poverty are the headcount times the persons at home, so a policy that "
                + "keeps more members at home can add to them at the same headcount. "
                + "The Gini is of the same quarter's consumption, so a little above a Gini of a year's. "
                + "\"Without remittances\" is the same quarter's consumption had no remittances arrived in it, for the "
                + "members then at home: a policy that brings members home adds their earnings at home to it, so it "
                + "can fall while remittances fall.",
                e.povertyLine(), e.extremePovertyLine(), year);
    }

    /** What a report with one replication says instead of its intervals. */
    static final String ONE_REPLICATION = "One replication: no interval; differences may be noise.";

    /** What the ranges of {@code c}'s replications are, in plain words (a sentence), or that there are none. */
    static String rangeWords(ScenarioRuns c) {
        if (c.replications() < 2) {
            return ONE_REPLICATION;
        }
        return c.intervals() == IntervalKind.PARAMETERS ? "The range is the central 95% of runs whose parameters are "
                + "drawn from what the calibration leaves uncertain."
                : "The range shows the simulation's own noise (how far the mean of " + c.replications()
                + " replications may be from the model's expectation), not how uncertain the future or the model is."
                + (c.replications() < FEW_REPLICATIONS ? " With " + c.replications() + " replications it is wide "
                + "(Student's t with " + (c.replications() - 1) + " degree" + (c.replications() == 2 ? "" : "s")
                + " of freedom) and may reach below zero or above 100%: run " + FEW_REPLICATIONS + " or more for "
                + "ranges to read." : "");
    }

    /** Replications below which the report warns that Student's t makes the ranges wide. */
    static final int FEW_REPLICATIONS = 5;

    /**
     * The last year of the scenario's recorded inputs: the latest last point of its Tajik series (prices, incomes,
     * somoni per dollar), after which they are held (or grow at {@code growthBeyondData}).
     */
    static int lastYearOfData(Scenario s) {
        Macro m = s.macro();
        return java.util.stream.Stream.of(m.prices(), m.homeIncomes(), m.tjsPerUsd())
                .mapToInt(x -> x.lastMonth().getYear()).max().orElseThrow();
    }

    /**
     * A sentence for a report that shows years after the last of the recorded inputs (it shows every simulated
     * year), or empty: those years are where the world of the data's last year leads, not a forecast.
     */
    static String afterTheData(ScenarioRuns c) {
        int last = lastYearOfData(c.scenario());
        if (c.years().lastKey() <= last) {
            return "";
        }
        double growth = c.scenario().macro().growthBeyondData();
        return "After " + last + " the inputs recorded as data are held at their last values (a series published "
                + "for later years, such as Russia's patent fee for 2026, from its last year)" + (growth == 0 ? ""
                : ", and wages and prices grow at " + Numbers.csv(growth) + "% a year")
                + ": the years after show where the world of " + last + " leads, not a forecast; read their changes "
                + "from one year to the next as the model settling to that world, not as what will happen.";
    }

    private void yearTable(ScenarioRuns c) {
        body.element("h2", "Year by year").newline().open("div", "class", "wide year-table").open("table").open("thead")
                .open("tr").element("th", "Outcome").element("th", "Unit");
        var years = c.years();
        for (var y : years.entrySet()) {
            body.element("th", y.getKey() + (y.getValue().size() < 12 ? "*" : ""));
        }
        body.close("tr").close("thead").open("tbody").newline();
        for (Headlines.Headline h : SummaryJson.BY_YEAR) {
            int k = c.index(h.metric(), h.group());
            body.open("tr").element("td", h.label()).element("td", h.unit());
            for (var y : years.entrySet()) {
                cell(c.annualInterval(k, y.getValue()), h.scale());
            }
            body.close("tr").newline();
        }
        body.close("tbody").close("table").close("div").newline();
        partYearNote(c);
    }

    /** The note to the year tables' stars, if a year is marked: one simulated in part. */
    private void partYearNote(ScenarioRuns c) {
        if (c.years().values().stream().anyMatch(months -> months.size() < 12)) {
            body.element("p", "* a year not simulated in full.", "class", "muted").newline();
        }
    }

    private void chartsSection() {
        body.element("h2", "Over time", "id", "charts").newline();
        boolean one = first().replications() < 2;
        body.element("p", (one ? "Monthly values of the one replication: no interval; differences may be noise. "
                : "Monthly values: lines are means across replications; shaded bands their 95% "
                + (first().intervals() == IntervalKind.PARAMETERS ? "ranges" : "intervals") + ". "
                + rangeWords(first()) + " ") + "Charts of counts, amounts and shares start at zero. "
                + (compare && one ? "Charts of a policy minus the baseline come first, then the levels of every "
                + "scenario. " : "")
                + (compare && !one ? "Charts of a policy minus the baseline come first: where the band stays clear "
                + "of the zero line, the policy makes a difference. In the charts of levels that follow, the bands of "
                + "two scenarios often overlap, and where they do their colours mix into a darker shade; whether the "
                + "two differ is read from the difference charts, not from the overlap. " : "")
                + "Differences of shares are in percentage points.", "class", "muted").newline()
                .open("div", "class", "charts").newline();
        ScenarioRuns base = scenarios.get(0);
        if (compare) {
            for (ScenarioRuns c : policies()) {
                int from = charts.size();
                differenceCharts(base, c);
                shade(from, month -> PlainSummary.inForce(base, c, month));
            }
            int from = charts.size();
            levelChartsAcrossScenarios();
            shade(from, month -> policies().stream().anyMatch(c -> PlainSummary.inForce(base, c, month)));
        } else {
            levelCharts(base);
            shade(0, month -> base.scenario().shocks().stream().anyMatch(s -> s.inForce(month)));
        }
        body.close("div").newline();
    }

    /** The label of the months the charts shade: those a scenario's shocks are in force. */
    static final String IN_FORCE_LABEL = "policy in force";

    /**
     * Shades the reported months in which a policy's changes are in force, in the charts from index {@code from} on:
     * each run of such months one range, from its first month to the month after its last (the chart's months are
     * points, a month's value at its start: a range of one month is one month wide), or to the last month reported.
     */
    private void shade(int from, java.util.function.Predicate<YearMonth> inForce) {
        List<YearMonth> months = first().months();
        for (int i = from; i < charts.size(); i++) {
            ArrayNode shaded = null;
            for (int t = 0; t < months.size(); t++) {
                if (inForce.test(months.get(t)) && (t == 0 || !inForce.test(months.get(t - 1)))) {
                    int last = t;
                    while (last + 1 < months.size() && inForce.test(months.get(last + 1))) {
                        last++;
                    }
                    shaded = shaded != null ? shaded : ((ObjectNode) charts.get(i)).putArray("shaded");
                    shaded.addObject().put("from", months.get(t).toString())
                            .put("to", months.get(Math.min(last + 1, months.size() - 1)).toString())
                            .put("label", IN_FORCE_LABEL);
                }
            }
        }
    }

    private ScenarioRuns first() {
        return scenarios.get(0);
    }

    private void levelCharts(ScenarioRuns c) {
        chart("Remittances received per month", Metric.REMITTANCES_RECEIVED_USD, false,
                series(c, c.name(), Metric.REMITTANCES_RECEIVED_USD, ALL));
        chart("Remittances received, share of the month's GDP", Metric.REMITTANCES_SHARE_OF_GDP, false,
                series(c, c.name(), Metric.REMITTANCES_SHARE_OF_GDP, ALL));
        List<ObjectNode> abroad = new ArrayList<>();
        abroad.add(series(c, "all destinations", Metric.MIGRANTS_ABROAD, ALL));
        for (Destination d : Destination.values()) {
            abroad.add(series(c, d.label(), Metric.MIGRANTS_ABROAD, d.label()));
        }
        chart("Migrants abroad by destination", Metric.MIGRANTS_ABROAD, false, abroad.toArray(new ObjectNode[0]));
        chart("Departures, returns and deportations per month", Metric.DEPARTURES, false,
                series(c, "departures", Metric.DEPARTURES, ALL),
                series(c, "returns by choice", Metric.RETURNS_BY_CHOICE, ALL),
                series(c, "deportations", Metric.DEPORTATIONS, ALL));
        chart("Re-entry bans in force", Metric.BANS_IN_FORCE, false,
                series(c, "bans in force", Metric.BANS_IN_FORCE, ALL));
        chart("Poverty headcount (FGT0), national", Metric.POVERTY_FGT0, false,
                series(c, "with remittances", Metric.POVERTY_FGT0, NATIONAL),
                dashed(series(c, "without remittances", Metric.POVERTY_FGT0_WITHOUT_REMITTANCES, NATIONAL)));
        chart("Poverty gap (FGT1) and severity (FGT2), national", Metric.POVERTY_FGT1, false,
                series(c, "FGT1", Metric.POVERTY_FGT1, NATIONAL),
                dashed(series(c, "FGT1 without remittances", Metric.POVERTY_FGT1_WITHOUT_REMITTANCES, NATIONAL)),
                series(c, "FGT2", Metric.POVERTY_FGT2, NATIONAL),
                dashed(series(c, "FGT2 without remittances", Metric.POVERTY_FGT2_WITHOUT_REMITTANCES, NATIONAL)));
        List<ObjectNode> regions = new ArrayList<>();
        for (Region r : Region.values()) {
            regions.add(series(c, r.label(), Metric.POVERTY_FGT0, Group.of(r).label()));
        }
        chart("Poverty headcount (FGT0) by region", Metric.POVERTY_FGT0, false, regions.toArray(new ObjectNode[0]));
        exchangeRateChart(c);
    }

    /** The rouble's and the tenge's rates: the currencies of nearly every migrant's wage. */
    private void exchangeRateChart(ScenarioRuns c) {
        List<ObjectNode> rates = new ArrayList<>();
        for (Destination d : List.of(Destination.RUSSIA, Destination.KAZAKHSTAN)) {
            rates.add(series(c, d.currency() + " (" + d.label() + ")", Metric.TJS_PER_LOCAL_CURRENCY, d.label()));
        }
        chart("Somoni per unit of the destination's currency", Metric.TJS_PER_LOCAL_CURRENCY,
                Metric.TJS_PER_LOCAL_CURRENCY.unit().shown(), false, false, rates.toArray(new ObjectNode[0]));
    }

    /** A level chart of one headline across every scenario. */
    private record Level(Metric metric, String group, String title) {
    }

    private void levelChartsAcrossScenarios() {
        List<Level> levels = List.of(new Level(Metric.REMITTANCES_RECEIVED_USD, ALL, "Remittances received per month"),
                new Level(Metric.MIGRANTS_ABROAD, ALL, "Migrants abroad"),
                new Level(Metric.MIGRANTS_ABROAD, Destination.RUSSIA.label(), "Migrants abroad in Russia"),
                new Level(Metric.DEPORTATIONS, ALL, "Deportations per month"),
                new Level(Metric.POVERTY_FGT0, NATIONAL, "Poverty headcount (FGT0), national"));
        for (Level l : levels) {
            List<ObjectNode> s = new ArrayList<>();
            for (ScenarioRuns c : scenarios) {
                s.add(series(c, c.name(), l.metric(), l.group()));
            }
            chart(l.title() + ": levels", l.metric(), false, s.toArray(new ObjectNode[0]));
        }
    }

    private void differenceCharts(ScenarioRuns base, ScenarioRuns c) {
        List<Level> diffs = List.of(new Level(Metric.REMITTANCES_RECEIVED_USD, ALL, "Remittances received per month"),
                new Level(Metric.MIGRANTS_ABROAD, ALL, "Migrants abroad"),
                new Level(Metric.DEPORTATIONS, ALL, "Deportations per month"),
                new Level(Metric.BANS_IN_FORCE, ALL, "Re-entry bans in force"),
                new Level(Metric.POVERTY_FGT0, NATIONAL, "Poverty headcount (FGT0), national"),
                new Level(Metric.REMITTANCES_SHARE_OF_GDP, ALL, "Remittances, share of GDP"));
        for (Level d : diffs) {
            int k = base.index(d.metric(), d.group());
            double scale = d.metric().unit().shownScale();
            ObjectNode s = SummaryJson.MAPPER.createObjectNode();
            s.put("name", c.name() + " minus " + base.name());
            ArrayNode mean = s.putArray("mean");
            ArrayNode low = s.putArray("low");
            ArrayNode high = s.putArray("high");
            for (int t = 0; t < base.months().size(); t++) {
                ConfidenceInterval i = Differences.monthly(base, c, t, k);
                add(mean, i.mean() * scale);
                add(low, i.low() * scale);
                add(high, i.high() * scale);
            }
            chart(d.title() + ": " + c.name() + " minus " + base.name(), d.metric(),
                    d.metric().unit().shownDifference(), true, false, s);
        }
    }

    private ObjectNode series(ScenarioRuns c, String name, Metric metric, String group) {
        int k = c.index(metric, group);
        double scale = metric.unit().shownScale();
        ObjectNode s = SummaryJson.MAPPER.createObjectNode();
        s.put("name", name);
        ArrayNode mean = s.putArray("mean");
        ArrayNode low = s.putArray("low");
        ArrayNode high = s.putArray("high");
        for (int t = 0; t < c.months().size(); t++) {
            ConfidenceInterval i = c.interval(t, k);
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

    static void add(ArrayNode a, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            a.addNull();
        } else {
            a.add(Double.parseDouble(String.format(Locale.ROOT, "%.6g", v)));
        }
    }

    /**
     * A level chart (a count, an amount or a rate, never below zero): its unit is the shown unit of {@code metric},
     * which every series of it shares, and its y axis starts at zero.
     */
    private void chart(String title, Metric metric, boolean zeroLine, ObjectNode... series) {
        chart(title, metric, metric.unit().shown(), zeroLine, true, series);
    }

    /**
     * A chart: {@code zeroLine} draws the line of no difference (a chart of differences, its axis around zero),
     * {@code fromZero} starts the y axis at zero (a chart of levels); neither, and the axis fits the data.
     */
    private void chart(String title, Metric metric, String unit, boolean zeroLine, boolean fromZero,
                       ObjectNode... series) {
        String id = "chart-" + (charts.size() + 1);
        ObjectNode c = charts.addObject();
        c.put("id", id);
        c.put("title", title);
        c.put("unit", unit + noiseNote(title, metric));
        c.put("zeroLine", zeroLine);
        c.put("fromZero", fromZero);
        ArrayNode s = c.putArray("series");
        for (ObjectNode o : series) {
            s.add(o);
        }
        body.open("div", "class", "chart", "id", id, "role", "img", "aria-label", title).close("div").newline();
    }

    /** The sample below which monthly counts of rare events (deportations, detentions) are mostly noise. */
    private static final double STEADY_SAMPLE = 0.1;

    /**
     * A warning for a chart of monthly deportations or detentions at a small sample, where a month holds a handful
     * of simulated events each weighted up to thousands: the yearly totals of the tables are steadier.
     */
    private String noiseNote(String title, Metric metric) {
        boolean rare = metric == Metric.DEPORTATIONS || metric == Metric.DETENTIONS || title.contains("deportations");
        double f = scenarios.get(0).scenario().population().sampleFraction();
        return rare && f < STEADY_SAMPLE ? "\nnoisy month to month at a " + Numbers.percent(f) + " sample: read the "
                + "yearly totals in the tables, or run with --sample 0.1" : "";
    }

    private void scenariosSection() {
        body.element("h2", "Scenario" + (scenarios.size() > 1 ? "s" : "")).newline();
        for (ScenarioRuns c : scenarios) {
            body.element("h3", c.name()).newline();
            if (compare || scenarios.size() > 1) {
                body.element("p", c.scenario().description()).newline();
            }
            changes(c);
            assumptions(c);
            worldEvents(c);
            if (c.scenario().shocks().isEmpty()) {
                body.element("p", "No shocks.", "class", "muted").newline();
                continue;
            }
            body.element("p", "The scenario's shocks:").newline();
            body.open("ul").newline();
            shockLines(c).forEach(line -> body.element("li", line).newline());
            body.close("ul").newline();
        }
    }

    /** The values the scenario sets other than the core model's defaults, which hold from its warm-up on. */
    private void changes(ScenarioRuns c) {
        List<Provenance.Change> changes = Provenance.changes(c.scenario());
        if (changes.isEmpty()) {
            return;
        }
        body.element("p", "Values set other than the core model's defaults (they hold in every simulated month, the "
                + "warm-up and history included, so they move the first reported year too):").newline();
        body.open("ul").newline();
        changes.forEach(ch -> body.element("li", ch.toString()).newline());
        body.close("ul").newline();
    }

    /** The world's dated events the run's simulated months reach (not its shocks: every scenario has them). */
    private void worldEvents(ScenarioRuns c) {
        List<String> events = WorldEvents.in(c.scenario());
        if (events.isEmpty()) {
            return;
        }
        body.element("p", "Dated events of the world in the simulated months (its history included):").newline();
        body.open("ul").newline();
        events.forEach(e -> body.element("li", e).newline());
        body.close("ul").newline();
        List<String> sources = WorldEvents.sources(c.scenario());
        if (!sources.isEmpty()) {
            body.open("details").element("summary", "Where these events come from (their dates in the data, and "
                    + "which sizes are assumptions)").newline().open("ul", "class", "muted").newline();
            sources.forEach(line -> body.element("li", line).newline());
            body.close("ul").close("details").newline();
        }
    }

    /** The values of the run that are assumptions (core's field metadata says which), folded away. */
    private void assumptions(ScenarioRuns c) {
        List<FieldPath> paths = Provenance.assumptions(c.scenario());
        body.open("details").element("summary", paths.size() + " of this scenario's values are assumptions (no "
                + "direct source); manifest.json gives the source of the others").newline().open("ul", "class",
                "muted").newline();
        paths.forEach(p -> body.element("li", p.toString()).newline());
        body.close("ul").close("details").newline();
    }

    private void filesSection() {
        body.element("h2", "Files in this folder").newline().open("ul").newline();
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
        li("manifest.json", "version, seed, hashes of the inputs, where each value comes from (which are "
                + "assumptions), JVM, times and the command line");
        if ("backcast".equals(info.command())) {
            li("episode-annual.csv, episode-monthly.csv", "the episode's series a replay is compared on (remittances "
                    + "sent and received, departures, migrants abroad and in Russia, returns, deportations and bans, "
                    + "poverty on both methodologies), per year and per month, with 95% intervals");
            li("episode-inputs.csv", "which inputs of which years the episode used: each input's yearly mean and its "
                    + "source, and the dated rules, events and shocks in force, in months a year");
        }
        if ("history".equals(info.command())) {
            body.open("li").open("a", "href", HistoryFitFiles.PAGE).element("code", HistoryFitFiles.PAGE).close("a")
                    .text(": the history against every figure of the calibration years, a chart a moment (held-out "
                            + "years shaded, never compared), then the tables").close("li").newline();
            li(HistoryFitFiles.FIT + ", " + HistoryFitFiles.MARKDOWN, "that comparison as a table, in CSV and "
                    + "Markdown");
            li(HistoryFitFiles.SERIES, "each moment's simulated value in every year, held-out years marked");
        }
        body.close("ul").newline();
        body.element("p", "Made by muhojir " + info.version() + ". Charts: Apache ECharts 5.3.1 (Apache License "
                + "2.0), embedded.", "class", "muted").newline();
    }

    private void li(String file, String what) {
        body.open("li").element("code", file).text(": " + what).close("li").newline();
    }

    private void cell(ConfidenceInterval i, double scale) {
        body.open("td");
        body.text(number(i.mean() * scale));
        if (!Double.isNaN(i.low())) {
            body.empty("br").element("span", interval(i, scale), "class", "ci");
        }
        body.close("td");
    }

    /** An interval for a reader: {@code 1.20 to 1.35}, or "–" when its ends are equal (every replication alike). */
    static String interval(ConfidenceInterval i, double scale) {
        return i.low() == i.high() ? "–" : number(i.low() * scale) + " to " + number(i.high() * scale);
    }

    /** A number for a reader: thousands separated, as many decimals as its size needs; an exact zero is "0". */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (v == 0) {
            return "0";
        }
        int decimals = decimalsFor(Math.abs(v));
        // rounding can carry a value into the next band (9.9999 is 10.00 at two decimals): take that band's decimals
        double rounded = Math.abs(java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .doubleValue());
        return String.format(Locale.ROOT, "%,." + Math.min(decimals, decimalsFor(rounded)) + "f", v);
    }

    /** Decimals a reader needs at a value's size: none from 100, one from 10, two from 1, three below. */
    private static int decimalsFor(double a) {
        return a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
    }

    private List<ScenarioRuns> policies() {
        return scenarios.subList(1, scenarios.size());
    }

    private static List<String> names(List<ScenarioRuns> scenarios) {
        return scenarios.stream().map(ScenarioRuns::name).toList();
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
