package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.muhojir.core.outcome.Better;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.Unit;

/**
 * The parts of {@code report.html} that judge a policy against its baseline: the summary in sentences, the
 * differences year by year (every simulated year, the policy's first full year marked), the use of quota places, and
 * the colour of a difference: green when it is better for households and migrants, red when worse (as the metric
 * catalogue's {@link Metric#better()} says), blue when it is a clear change that is neither or of a counterfactual
 * (the measures without remittances); uncoloured when its 95% interval includes zero or there is no interval.
 */
final class ComparisonHtml {
    private final Html body;

    ComparisonHtml(Html body) {
        this.body = body;
    }

    /** The CSS class of a difference {@code d} of {@code metric}: better, worse, changed, or empty if not clear. */
    static String judgement(Metric metric, ConfidenceInterval d) {
        if (Double.isNaN(d.low()) || (d.low() <= 0 && d.high() >= 0)) {
            return "";
        }
        if (counterfactual(metric)) {
            return "changed";
        }
        Better b = metric.better();
        double sign = Math.signum(d.mean());
        return b.improves(sign) ? "better" : b.worsens(sign) ? "worse" : "changed";
    }

    /**
     * Whether {@code metric} is a counterfactual (what poverty or inequality would be had no remittances arrived in
     * the quarter), not an outcome for households: a clear change of it is neither better nor worse.
     */
    static boolean counterfactual(Metric metric) {
        return metric.name().endsWith("_WITHOUT_REMITTANCES");
    }

    /** The legend of the colours, below a table of differences of {@code base}'s replications. */
    void legend(ScenarioRuns base) {
        if (base.replications() < 2) {
            body.element("p", ReportHtml.ONE_REPLICATION + " No difference is coloured. Differences of shares and "
                    + "headcount rates are in percentage points (pp); % change is relative to the baseline.",
                    "class", "muted legend").newline();
            return;
        }
        body.open("p", "class", "muted legend").text("Differences whose 95% interval excludes zero are coloured: ")
                .element("span", "green", "class", "better").text(" when better for households and migrants (less "
                        + "poverty, more remittances, fewer deportations), ").element("span", "red", "class", "worse")
                .text(" when worse, ").element("span", "blue", "class", "changed").text(" when a clear change is "
                        + "neither by itself (how many migrate, and where) or a counterfactual (the measures "
                        + "without remittances, what they would be had no remittances arrived in the quarter). "
                        + "Each row is judged on its own: fewer detentions or a lower Gini are green even when they "
                        + "come from fewer people able to migrate, so read the colours with the rows on how many "
                        + "migrate and what they send. Differences of shares and headcount "
                        + "rates are in percentage points (pp); % change is relative to the baseline.").close("p")
                .newline();
    }

    /**
     * "In brief": each policy's difference from the baseline in sentences, for the first months it is in force, its
     * first full year and the last.
     *
     * @param leftOut for each policy, the first month of its shocks that a shortened run left out, or null
     */
    void summary(ScenarioRuns base, List<ScenarioRuns> policies, List<YearMonth> leftOut) {
        body.element("h2", "In brief", "id", "summary").newline();
        for (int i = 0; i < policies.size(); i++) {
            ScenarioRuns p = policies.get(i);
            body.open("div", "class", "summary").newline();
            if (policies.size() > 1) {
                body.element("h3", p.name()).newline();
            }
            for (PlainSummary.Line line : PlainSummary.lines(base, p, leftOut.get(i))) {
                String when = line.role().isEmpty() ? "" : " (" + line.role() + ")";
                body.open("p").element("strong", "Compared with " + base.name() + when + ": ").text(line.sentence())
                        .close("p").newline();
            }
            body.close("div").newline();
        }
        body.element("p", base.replications() < 2 ? ReportHtml.ONE_REPLICATION + " \"Not clearly changed\" does "
                + "not occur: with one replication there is no interval to judge by."
                : "Ranges are " + base.intervals().description() + ", over the paired replications. "
                + ReportHtml.rangeWords(base) + " \"Not clearly changed\" means the interval includes no change; "
                + "\"unchanged\", that the policy and the baseline are the same in every replication.",
                "class", "muted").newline();
        if (base.intervals() == IntervalKind.MONTE_CARLO && base.replications() >= 2) {
            body.open("p").element("strong", "What these ranges leave out: ").text("how uncertain the model's "
                    + "calibrated parameters are. Run the same command again with ").element("code",
                    "--parameter-draws").text(" and at least 20 replications (each replication at its own draw of "
                    + "the parameters) for ranges that include it.").close("p").newline();
        }
    }

    /** Rows of {@link SummaryJson#BY_YEAR}: the policy minus the baseline in every simulated year. */
    void yearByYear(ScenarioRuns base, ScenarioRuns policy) {
        Integer first = PlainSummary.firstFullYear(base, policy);
        Integer lastInForce = first == null ? null : PlainSummary.lastFullYear(base, policy, first);
        Integer lastOfEvery = first == null ? null : PlainSummary.lastYearOfEveryChange(base, policy, first);
        body.element("h3", policy.name() + " minus " + base.name() + ", year by year").newline();
        Map<Integer, List<Integer>> years = yearsThatDiffer(base, policy);
        if (years.size() < base.years().size()) {
            int firstShown = years.keySet().iterator().next();
            body.element("p", "Years before " + firstShown + " are left out: every difference in them is exactly zero "
                    + "(the two runs share their random draws, and the policy has not yet changed anything).",
                    "class", "muted").newline();
        }
        body.open("div", "class", "wide year-table").open("table", "class", "years").open("thead").open("tr")
                .element("th", "Outcome").element("th", "Unit of the difference");
        for (var y : years.entrySet()) {
            String label = y.getKey() + (y.getValue().size() < 12 ? "*" : "");
            if (Integer.valueOf(y.getKey()).equals(first)) {
                body.element("th", label + " (first full year)", "class", "first");
            } else if (Integer.valueOf(y.getKey()).equals(lastInForce) && lastInForce < base.headlineYear()) {
                body.element("th", label + " (last full year in force)", "class", "first");
            } else if (Integer.valueOf(y.getKey()).equals(lastOfEvery) && lastOfEvery < base.headlineYear()) {
                body.element("th", label + " (last full year with every change in force)", "class", "first");
            } else {
                body.element("th", label);
            }
        }
        body.close("tr").close("thead").open("tbody").newline();
        List<String> sameRates = new java.util.ArrayList<>();
        for (Headlines.Headline h : SummaryJson.BY_YEAR) {
            int k = base.index(h.metric(), h.group());
            if (Headlines.isExchangeRate(h.metric())
                    && years.values().stream().allMatch(months -> PlainSummary.sameIn(base, policy, k, months))) {
                sameRates.add(h.label());
                continue; // an input the policy does not move: named under the table instead of a row of zeros
            }
            body.open("tr").element("td", h.label()).element("td", differenceUnit(h.metric()));
            for (List<Integer> months : years.values()) {
                ConfidenceInterval d = Differences.annual(base, policy, k, months);
                difference(d, h.metric(), h.scale());
            }
            body.close("tr").newline();
        }
        body.close("tbody").close("table").close("div").newline();
        if (!sameRates.isEmpty()) {
            body.element("p", "The same in both runs in every year, left out: " + String.join(", ", sameRates) + ".",
                    "class", "muted").newline();
        }
    }

    /**
     * The years of the run from the first in which some outcome of the table differs between the two runs in some
     * replication (every year if none does): the years before it have nothing to show.
     */
    static Map<Integer, List<Integer>> yearsThatDiffer(ScenarioRuns base, ScenarioRuns policy) {
        Map<Integer, List<Integer>> shown = new java.util.LinkedHashMap<>();
        for (var y : base.years().entrySet()) {
            if (!shown.isEmpty() || differs(base, policy, y.getValue())) {
                shown.put(y.getKey(), y.getValue());
            }
        }
        return shown.isEmpty() ? base.years() : shown;
    }

    private static boolean differs(ScenarioRuns base, ScenarioRuns policy, List<Integer> months) {
        for (Headlines.Headline h : SummaryJson.BY_YEAR) {
            if (!PlainSummary.sameIn(base, policy, base.index(h.metric(), h.group()), months)) {
                return true;
            }
        }
        return false;
    }

    /** A table cell with a difference, its interval and (for amounts) its % change, coloured by its judgement. */
    void difference(ConfidenceInterval d, Metric metric, double scale) {
        String cls = judgement(metric, d);
        body.open("td", "class", ("diff " + cls).strip());
        String suffix = metric.unit() == Unit.SHARE ? " pp" : "";
        body.text(signed(d.mean() * scale) + suffix);
        if (!Double.isNaN(d.low())) {
            body.empty("br").element("span", d.low() == d.high() ? "–"
                    : signed(d.low() * scale) + " to " + signed(d.high() * scale) + suffix, "class", "ci");
        }
        body.close("td");
    }

    /** A table cell with a relative change in per cent and its interval, coloured like the difference. */
    void percentChange(ConfidenceInterval relative, ConfidenceInterval d, Metric metric) {
        String cls = judgement(metric, d);
        body.open("td", "class", ("diff " + cls).strip());
        if (metric.unit() == Unit.SHARE || metric.unit() == Unit.INDEX || Double.isNaN(relative.mean())) {
            body.text("–").close("td");
            return;
        }
        body.text(signed(relative.mean() * 100) + "%");
        if (!Double.isNaN(relative.low())) {
            body.empty("br").element("span", relative.low() == relative.high() ? "–"
                    : signed(relative.low() * 100) + " to " + signed(relative.high() * 100) + "%", "class", "ci");
        }
        body.close("td");
    }

    /** Each scenario's quota routes: places on offer, departures and the share of places used, year by year. */
    void quotas(List<ScenarioRuns> scenarios) {
        if (scenarios.size() > 1 && scenarios.stream().allMatch(c -> places(c).equals(places(scenarios.get(0))))) {
            return; // a comparison whose policies change no quota: the places are the baseline's, not the question
        }
        boolean heading = false;
        for (ScenarioRuns c : scenarios) {
            List<QuotaUse.Year> years = QuotaUse.of(c);
            if (years.isEmpty()) {
                continue;
            }
            if (!heading) {
                body.element("h2", "Quota places and their use", "id", "quotas").newline().element("p", "Places on "
                        + "offer through a quota route (a twelfth of the annual quota each month the route is a "
                        + "quota) and departures to the destination, in thousand persons a year; used is departures "
                        + "over places. A quota is an upper bound: only candidates who choose the destination (its pay, "
                        + "costs and entry test weighed against the other routes and staying) take places, so a quota "
                        + "larger than that leaves places unused; places not taken in a month stay open to the end of "
                        + "the year.", "class", "muted").newline();
                heading = true;
            }
            body.element("h3", c.name()).newline().open("table").open("thead").open("tr").element("th", "Year");
            List<String> destinations = years.stream().map(y -> y.destination().label()).distinct().toList();
            destinations.forEach(d -> body.element("th", d + ": places (thousand)").element("th",
                    "departures (thousand)").element("th", "used"));
            body.close("tr").close("thead").open("tbody").newline();
            Map<Integer, List<QuotaUse.Year>> byYear = new java.util.TreeMap<>(years.stream().collect(
                    java.util.stream.Collectors.groupingBy(QuotaUse.Year::year)));
            byYear.forEach((year, row) -> {
                body.open("tr").element("td", year + (row.get(0).months() < 12 ? "*" : ""));
                row.forEach(y -> body.element("td", ReportHtml.number(y.places() / 1000)).element("td",
                        ReportHtml.number(y.departures().mean() / 1000)).element("td", Double.isNaN(y.used()) ? "–"
                        : String.format(java.util.Locale.ROOT, "%.0f%%", y.used() * 100)));
                body.close("tr").newline();
            });
            body.close("tbody").close("table").newline();
        }
    }

    /** The places offered by destination and year in a scenario's runs. */
    private static List<List<Object>> places(ScenarioRuns c) {
        return QuotaUse.of(c).stream().map(y -> List.<Object>of(y.year(), y.destination(), y.places())).toList();
    }

    /** The unit a difference of {@code metric} is shown in: percentage points for shares. */
    static String differenceUnit(Metric metric) {
        return metric.unit().shownDifference();
    }

    private static String signed(double v) {
        String n = ReportHtml.number(v);
        return v > 0 && !n.startsWith("0.000") ? "+" + n : n;
    }
}
