package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.ExchangeRateShock;
import org.muhojir.core.policy.HomePriceShock;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.scenarios.load.ScenarioLoader;

/**
 * The report's words and numbers from real (tiny) runs: what "In brief" says of a year before a policy's first
 * shock, of the part of a year it is first in force in, and of a run none of its shocks reach; the plain words for
 * the intervals, and for one replication; the sentence for years after the data; exact zeros and constant values;
 * level charts that start at zero.
 */
class ReportHtmlTest {
    private static final double SAMPLE = 0.001;

    private static Scenario bundled(String name, YearMonth start, int months) throws Exception {
        return ScenarioLoader.standard().load(name).scenario().withSampleFraction(SAMPLE).withWarmUpMonths(12)
                .withPeriod(start, months);
    }

    /** Each scenario's runs, paired (common random numbers), {@code replications} each. */
    private static List<ScenarioRuns> runs(int replications, Scenario... scenarios) {
        List<List<RunResult>> runs = Muhojir.replicate(List.of(scenarios), RunOptions.seed(3), replications, 1);
        return java.util.stream.IntStream.range(0, scenarios.length)
                .mapToObj(i -> new ScenarioRuns(scenarios[i], runs.get(i))).toList();
    }

    /** The report of a comparison of {@code r} (two replications each), written into {@code dir} and read back. */
    private static String comparisonReport(Path dir, List<ScenarioRuns> r) throws Exception {
        Path file = dir.resolve("report.html");
        ReportHtml.write(file, r, true, new RunInfo("compare", List.of("compare"), "test", 3, 2, 1, Instant.EPOCH,
                Instant.EPOCH, List.of(List.of(), List.of()), List.of(List.of(), List.of()),
                java.util.Arrays.asList(null, null), null));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    /** The charts a report's page draws, from the data it embeds. */
    private static com.fasterxml.jackson.databind.JsonNode charts(String html) throws Exception {
        int data = html.indexOf("id=\"report-data\"");
        return SummaryJson.MAPPER.readTree(html.substring(html.indexOf(">", data) + 1,
                html.indexOf("</script>", data))).get("charts");
    }

    private static ConfidenceInterval interval(double mean, double low, double high) {
        return new ConfidenceInterval(5, mean, Double.NaN, low, high);
    }

    /**
     * 18 months from 2023-01: the headline year 2023 comes before the world without the crackdown differs (2024-04),
     * in April to June 2024 only; the devaluation (2025-01) falls after the run, which is the baseline itself.
     */
    @Test
    void inBriefSaysWhenAPolicyIsNotYetInForceAndSummarisesThePartOfAYearItIs() throws Exception {
        YearMonth start = YearMonth.of(2023, 1);
        List<ScenarioRuns> r = runs(1, bundled("baseline", start, 18), bundled("no-crackdown-2024", start, 18),
                bundled("rouble-devaluation", start, 18));
        ScenarioRuns base = r.get(0);
        List<PlainSummary.Line> all = PlainSummary.lines(base, r.get(1), null);
        assertEquals(3, all.size(), all.toString());
        // first what a counterfactual's differences mean
        // (the register of 2025-02, which it leaves out too, falls after the run)
        assertEquals(new PlainSummary.Line("", "no-crackdown-2024 leaves out events of baseline's world "
                + "(russia-crackdown-2024, russia-exam-2024): it is a counterfactual, and its differences below, with "
                + "their signs reversed, are what those events did."), all.get(0));
        List<PlainSummary.Line> crackdown = all.subList(1, 3);
        assertEquals(new PlainSummary.Line("the run's last full year", "In 2023 the policy is not yet in force: its "
                + "changes start in 2024-04, after 2023, so nothing differs yet."), crackdown.get(0));
        assertEquals("the first months the policy is in force", crackdown.get(1).role());
        assertTrue(crackdown.get(1).sentence().startsWith("In April to June 2024 (part of a year) remittances "
                + "received in dollars are "), crackdown.get(1).sentence());
        // one replication: said once, after the sentence, not after each figure; without the crackdown Russia deports
        // fewer than the baseline's world with it
        String sentence = crackdown.get(1).sentence();
        assertTrue(sentence.matches(".* deportations are [0-9.,]+% lower and re-entry bans .*\\. One replication: no "
                + "interval; differences may be noise\\."), sentence);
        assertEquals(sentence.indexOf("One replication"), sentence.lastIndexOf("One replication"), sentence);
        // the devaluation's shock was left out of the shortened run (the run says from when: RunInfo.shocksLeftOut)
        YearMonth leftOut = YearMonth.of(2025, 1);
        assertEquals(List.of(new PlainSummary.Line("", "None of the policy's changes falls in the run: they start "
                + "in 2025-01, after its last month, 2024-06. The run is the baseline itself: nothing differs.")),
                PlainSummary.lines(base, r.get(2), leftOut));
        assertTrue(PlainSummary.sentence(base, r.get(1), 2023).contains("remittances received in dollars are unchanged"),
                "an exact zero is unchanged, not 0.000% higher");
    }

    /**
     * 2025 at 0.1% of households: the diversification policy opens South Korea (no places in the baseline) and
     * enlarges the UK's quota; "In brief" gives both destinations' departures, migrants and remittances in persons and
     * dollars (a per cent of nothing says nothing).
     */
    @Test
    void inBriefGivesTheFiguresOfTheDestinationsAPolicyNames() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        List<ScenarioRuns> r = runs(2, bundled("baseline", start, 12), bundled("diversification", start, 12));
        ScenarioRuns base = r.get(0);
        ScenarioRuns policy = r.get(1);
        assertEquals(List.of(Destination.SOUTH_KOREA, Destination.UK), PlainSummary.destinationsNamed(base, policy));
        String sentence = PlainSummary.sentence(base, policy, 2025);
        // the mean over the two paired replications of the year's departures to Korea, none in the baseline
        int k = base.index(Metric.DEPARTURES, "South Korea");
        double korea = 0;
        for (int rep = 0; rep < 2; rep++) {
            for (int t = 0; t < 12; t++) {
                assertEquals(0, base.value(rep, t, k), "no places for Tajik workers in the baseline");
                korea += policy.value(rep, t, k) / 2;
            }
        }
        assertTrue(korea > 0, "the new route is used");
        // in persons, not per cent: the mean itself when clearly changed, else an interval centred on it (the
        // replications' counts of a route of a few sample households can differ widely)
        Matcher clause = Pattern.compile(" Departures to South Korea are ([^.]*?)\\. Departures to the UK")
                .matcher(sentence);
        assertTrue(clause.find(), sentence);
        assertFalse(clause.group(1).contains("%"), sentence);
        Matcher interval = Pattern.compile("^not clearly changed \\((-?[0-9,]+) to \\+([0-9,]+)\\)")
                .matcher(clause.group(1));
        if (interval.find()) {
            double low = Double.parseDouble(interval.group(1).replace(",", ""));
            double high = Double.parseDouble(interval.group(2).replace(",", ""));
            assertEquals(korea, (low + high) / 2, 1, sentence);
        } else {
            assertTrue(clause.group(1).startsWith(String.format(java.util.Locale.ROOT, "%,.0f", korea) + " higher ("),
                    sentence);
        }
        assertTrue(sentence.matches(".* Departures to the UK are [0-9,]+ higher \\(.*\\), migrants there [0-9,]+ "
                + "higher \\(.*\\) and remittances sent from there [0-9,.]+ million USD higher \\(.*\\)\\.$"),
                sentence);
        assertTrue(PlainSummary.destinationsNamed(base, base).isEmpty(), "the baseline against itself names none");
    }

    /**
     * The somoni 20% weaker for two years from 2025 in a run to 2027: In brief gives the shock's first full year,
     * its last (2026, the deepest a two-year shock goes) and the headline year, after it ended; remittances in
     * somoni and departures are among its figures.
     */
    @Test
    void inBriefGivesTheLastFullYearOfAPolicyOverBeforeTheHeadlineYear(@TempDir Path dir) throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 36);
        Scenario weaker = base.withShocks(List.of(new ScheduledShock(start, 24, new ExchangeRateShock("TJS", 1.25))));
        List<ScenarioRuns> r = runs(2, base, weaker);
        assertEquals(List.of("2025", "2026", "2027"), PlainSummary.periods(r.get(0), r.get(1)).stream()
                .map(PlainSummary.Period::label).toList());
        assertEquals("the policy's last full year in force", PlainSummary.periods(r.get(0), r.get(1)).get(1).role());
        String html = comparisonReport(dir, r);
        assertTrue(html.contains(">2025 (first full year)<") && html.contains(">2026 (last full year in force)<"),
                "the year-by-year table marks both years");
        String sentence = PlainSummary.sentence(r.get(0), r.get(1), 2026);
        assertTrue(sentence.matches("In 2026 remittances received in dollars are .*, remittances received in somoni "
                + "are 2[0-9.]+% higher .*, departures are .*"), sentence);
        // the shock names no destination, so Russia is named only where what is sent from there clearly changes
        ConfidenceInterval russia = Differences.annual(r.get(0), r.get(1), r.get(0).index(Metric.REMITTANCES_USD,
                "Russia"), r.get(0).years().get(2026));
        boolean clearly = russia.low() > 0 || russia.high() < 0;
        String namingRussia = " Departures to Russia, which none of the policy's changes names, are ";
        assertEquals(clearly, sentence.contains(namingRussia), russia + ": " + sentence);
    }

    /**
     * A somoni a third weaker through 2025, five replications: the shock names no destination, but what is sent from
     * Russia, where most migrants work, clearly changes, and In brief says by how much.
     */
    @Test
    void inBriefSaysWhatAPolicyNamingNoDestinationDoesInRussia() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 12);
        Scenario weaker = base.withShocks(List.of(new ScheduledShock(start, 12, new ExchangeRateShock("TJS", 1.5))));
        List<ScenarioRuns> r = runs(5, base, weaker);
        ConfidenceInterval russia = Differences.annual(r.get(0), r.get(1), r.get(0).index(Metric.REMITTANCES_USD,
                "Russia"), r.get(0).years().get(2025));
        assertTrue(russia.low() > 0 || russia.high() < 0, "clearly changed: " + russia);
        String sentence = PlainSummary.sentence(r.get(0), r.get(1), 2025);
        assertTrue(sentence.matches(".*\\. Departures to Russia, which none of the policy's changes names, are .*, "
                + "migrants there .* and remittances sent from there [0-9,.]+ million USD (higher|lower) \\(.*\\)\\.$"),
                sentence);
    }

    /**
     * Every border closed for six months of 2025, three replications: the closure names no destination because it
     * acts at all of them, so In brief gives Russia's figures saying so, not that no change names Russia.
     */
    @Test
    void inBriefSaysAClosureOfEveryBorderActsInRussiaToo() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 12);
        Scenario closed = base.withShocks(List.of(new ScheduledShock(start, 6, new BorderClosure(null))));
        List<ScenarioRuns> r = runs(3, base, closed);
        String sentence = PlainSummary.sentence(r.get(0), r.get(1), 2025);
        assertTrue(sentence.contains(" Departures to Russia (the policy's changes act at every destination) are "),
                sentence);
        assertFalse(sentence.contains("none of the policy's changes names"), sentence);
    }

    /**
     * Free transfers from Russia through 2025, three replications: a fee moves what households receive, not what is
     * sent, so Russia's sentence gives the fees paid there too, lower by about what was paid (2% of what is sent).
     */
    @Test
    void inBriefGivesTheFeesWhereAPolicyChangesThem() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 12);
        Scenario free = base.withShocks(List.of(new ScheduledShock(start, 12,
                new TransferFeeChange(Destination.RUSSIA, 0.0))));
        List<ScenarioRuns> r = runs(3, base, free);
        String sentence = PlainSummary.sentence(r.get(0), r.get(1), 2025);
        Matcher fees = Pattern.compile("Departures to Russia are .*, migrants there .*, remittances sent from there "
                + ".* and the transfer fees on them ([0-9,.]+) million USD lower \\(.*\\)\\.").matcher(sentence);
        assertTrue(fees.find(), sentence);
        double sentMillions = 0;
        int k = r.get(0).index(Metric.REMITTANCES_USD, "Russia");
        for (int rep = 0; rep < 3; rep++) {
            for (int month : r.get(0).years().get(2025)) {
                sentMillions += r.get(0).value(rep, month, k) / 3e6;
            }
        }
        double feeRate = base.destination(Destination.RUSSIA).transferFeeRate();
        assertEquals(feeRate * sentMillions, Double.parseDouble(fees.group(1).replace(",", "")),
                0.02 * feeRate * sentMillions, sentence);
        // free transfers on every corridor name no destination, so Russia's sentence says the change acts everywhere,
        // and gives its fees even where what is sent from there does not clearly change
        Scenario everywhere = base.withShocks(List.of(new ScheduledShock(start, 12, new TransferFeeChange(null, 0.0))));
        List<ScenarioRuns> e = runs(3, base, everywhere);
        String all = PlainSummary.sentence(e.get(0), e.get(1), 2025);
        assertTrue(all.matches(".* Departures to Russia \\(the policy's changes act at every destination\\) are .*, "
                + "remittances sent from there .* and the transfer fees on them [0-9,.]+ million USD lower "
                + "\\(.*\\)\\."), all);
    }

    /**
     * Prices at home a fifth higher through 2025, incomes held, three replications: beside the poverty headcount's
     * change in points, In brief gives the persons at home in poverty as a number, the mean over the paired
     * replications of the year's difference.
     */
    @Test
    void inBriefCountsThePersonsAtHomeInPoverty() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 12);
        Scenario dearer = base.withShocks(List.of(new ScheduledShock(start, 12, new HomePriceShock(1.2))));
        List<ScenarioRuns> r = runs(3, base, dearer);
        int k = r.get(0).index(Metric.PERSONS_IN_POVERTY, "national");
        double difference = 0;
        for (int rep = 0; rep < 3; rep++) {
            for (int t = 0; t < 12; t++) {
                difference += (r.get(1).value(rep, t, k) - r.get(0).value(rep, t, k)) / 36;
            }
        }
        String sentence = PlainSummary.sentence(r.get(0), r.get(1), 2025);
        String expected = "the poverty headcount is [0-9.]+ percentage points (higher|lower) \\([^)]*\\), "
                + "persons at home in poverty are " + String.format(java.util.Locale.ROOT, "%,.0f", Math.abs(difference))
                + " higher \\([0-9,]+ to [0-9,]+\\), extreme poverty";
        assertTrue(difference > 0, "dearer prices with incomes held put more persons in poverty: " + difference);
        assertTrue(java.util.regex.Pattern.compile(expected).matcher(sentence).find(), expected + " in: " + sentence);
    }

    /**
     * A somoni weaker from 2025 to the end of a run of 2025-2028, headlined by 2026 on request: the policy is not over
     * in 2026, so 2026 is the headline year asked for (not "the policy's last full year in force"), and the run's last
     * full year, 2028, is summarised after it.
     */
    @Test
    void aHeadlineYearAskedForInAPolicyInForceToTheEndIsNotItsLastYear() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 48);
        Scenario weaker = base.withShocks(List.of(new ScheduledShock(start, ScheduledShock.UNTIL_END,
                new ExchangeRateShock("TJS", 1.25))));
        List<List<RunResult>> runs = Muhojir.replicate(List.of(base, weaker), RunOptions.seed(3), 2, 1);
        ScenarioRuns b = new ScenarioRuns(base, runs.get(0), IntervalKind.MONTE_CARLO, 2026);
        ScenarioRuns p = new ScenarioRuns(weaker, runs.get(1), IntervalKind.MONTE_CARLO, 2026);
        assertEquals(List.of("2025: the policy's first full year", "2026: the headline year asked for",
                "2028: the run's last full year"), PlainSummary.periods(b, p).stream()
                .map(x -> x.label() + ": " + x.role()).toList());
        // a policy over after 2026 keeps that name for the year asked for
        Scenario twoYears = base.withShocks(List.of(new ScheduledShock(start, 24, new ExchangeRateShock("TJS", 1.25))));
        ScenarioRuns q = new ScenarioRuns(twoYears, Muhojir.replicate(List.of(base, twoYears), RunOptions.seed(3), 2, 1)
                .get(1), IntervalKind.MONTE_CARLO, 2026);
        assertEquals(List.of("2025: the policy's first full year", "2026: the policy's last full year in force",
                "2028: the run's last full year"), PlainSummary.periods(b, q).stream()
                .map(x -> x.label() + ": " + x.role()).toList());
    }

    /**
     * A rouble shock both runs have (2025-02, three months) beside the policy's own somoni shock (2026-03, four
     * months): only the policy's months are shaded, and only its shock is what changes.
     */
    @Test
    void onlyWhatThePolicyChangesIsShadedAndListed(@TempDir Path dir) throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        ScheduledShock shared = new ScheduledShock(YearMonth.of(2025, 2), 3, new ExchangeRateShock("RUB", 1.2));
        ScheduledShock own = new ScheduledShock(YearMonth.of(2026, 3), 4, new ExchangeRateShock("TJS", 1.25));
        Scenario base = bundled("baseline", start, 24).withShocks(List.of(shared));
        Scenario policy = base.withShocks(List.of(shared, own));
        List<ScenarioRuns> r = runs(2, base, policy);
        assertEquals(List.of(PlainSummary.dated(own)), PlainSummary.changeLines(r.get(0), r.get(1)));
        String html = comparisonReport(dir, r);
        for (com.fasterxml.jackson.databind.JsonNode chart : charts(html)) {
            assertEquals("[{\"from\":\"2026-03\",\"to\":\"2026-07\",\"label\":\"" + ReportHtml.IN_FORCE_LABEL
                    + "\"}]", chart.get("shaded").toString(), chart.get("title").toString());
        }
    }

    /**
     * A somoni weaker from 2026-04 for six months, in a run from 2025: the first screen names the policy and its dated
     * shocks before anything else; the charts shade April to September 2026; the year-by-year table leaves out 2025,
     * when nothing differs; and with no quota changed, the quota table (the baseline's places) is not shown.
     */
    @Test
    void theFirstScreenSaysWhatThePolicyIsAndTheChartsShadeWhenItIsInForce(@TempDir Path dir) throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        Scenario base = bundled("baseline", start, 24);
        Scenario w = base.withShocks(List.of(new ScheduledShock(YearMonth.of(2026, 4), 6,
                new ExchangeRateShock("TJS", 1.25))));
        Scenario weaker = new Scenario("somoni-weaker", "The somoni loses a fifth for six months.", w.start(),
                w.months(), w.warmUpMonths(), w.historyStart(), w.population(), w.economy(), w.behaviour(), w.macro(),
                w.destinations(), w.events(), w.shocks());
        List<ScenarioRuns> r = runs(2, base, weaker);
        String html = comparisonReport(dir, r);
        int policy = html.indexOf("<strong>somoni-weaker</strong>: The somoni loses a fifth for six months.");
        int changes = html.indexOf("<li>from 2026-04 for 6 months: ");
        int inBrief = html.indexOf("In brief");
        assertTrue(policy > 0 && changes > policy && changes < inBrief, "the policy before In brief: " + policy + ", "
                + changes + ", " + inBrief);
        com.fasterxml.jackson.databind.JsonNode charts = charts(html);
        assertTrue(charts.size() > 0);
        for (com.fasterxml.jackson.databind.JsonNode chart : charts) {
            // April to September: from April's point to October's, six months wide
            assertEquals("[{\"from\":\"2026-04\",\"to\":\"2026-10\",\"label\":\"" + ReportHtml.IN_FORCE_LABEL + "\"}]",
                    chart.get("shaded").toString(), "the months in force shaded: " + chart.get("title"));
        }
        assertTrue(html.contains("Years before 2026 are left out: every difference in them is exactly zero"));
        assertFalse(html.contains(">2025<") || html.contains(">2025*<"), "2025 is not a column of the year table");
        assertFalse(html.contains("Quota places and their use"), "no quota changed");
        // the rates the policy does not move are named once, not shown as rows of zeros; the somoni's is shown
        assertTrue(html.contains("Exchange rates the same in every scenario, left out: RUB per US dollar (Russia), "),
                "the rouble's rate is the same in both runs");
        assertTrue(html.contains("<td>TJS per US dollar (the somoni)</td>"), "the somoni's rate moves: its row stays");
        assertFalse(html.contains("<td>RUB per US dollar (Russia)</td>"));
        assertTrue(html.contains("<strong>What these ranges leave out: </strong>how uncertain the model's calibrated "
                + "parameters are. Run the same command again with <code>--parameter-draws</code> and at least 20 "
                + "replications"),
                "Monte Carlo ranges say what they leave out, and how to get it");
    }

    /**
     * Diversification against a second crackdown in Russia, on top of it: the runs share the crackdown's shocks in
     * Russia, so only the destinations of the shocks they do not share are named.
     */
    @Test
    void inBriefNamesOnlyTheDestinationsOfTheShocksTheRunsDoNotShare() throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        List<ScenarioRuns> r = runs(1, bundled("russia-crackdown-2026", start, 24),
                bundled("pressure-plus-diversification", start, 24));
        assertEquals(List.of(Destination.SOUTH_KOREA, Destination.UK), PlainSummary.destinationsNamed(r.get(0),
                r.get(1)));
        assertEquals(YearMonth.of(2025, 1), PlainSummary.firstChange(r.get(0), r.get(1)));
    }

    /**
     * 2024 to 2026: the world without the crackdown differs from 2024-04, in April to December 2024 (deportations down
     * most), in full from 2025 (its first full year); the headline year is 2026. Each is summarised once, in time order.
     */
    @Test
    void inBriefSummarisesThePartOfAYearAPolicyIsFirstInForceItsFirstFullYearAndTheLast() throws Exception {
        YearMonth start = YearMonth.of(2024, 1);
        List<ScenarioRuns> r = runs(2, bundled("baseline", start, 36), bundled("no-crackdown-2024", start, 36));
        List<PlainSummary.Period> periods = PlainSummary.periods(r.get(0), r.get(1));
        assertEquals(List.of("April to December 2024 (part of a year)", "2025", "2026"),
                periods.stream().map(PlainSummary.Period::label).toList());
        assertEquals(List.of("the first months the policy is in force", "the policy's first full year",
                "the run's last full year"), periods.stream().map(PlainSummary.Period::role).toList());
        assertEquals(9, periods.get(0).months().size());
        List<PlainSummary.Line> lines = PlainSummary.lines(r.get(0), r.get(1), null);
        assertEquals(4, lines.size());
        assertTrue(lines.get(1).sentence().startsWith("In April to December 2024 (part of a year) remittances"));
        assertFalse(lines.stream().anyMatch(l -> l.sentence().contains("0.000")), lines.toString());

        // the headline year is after the data's last year (2025): the report says what the years after are
        assertEquals(2025, ReportHtml.lastYearOfData(r.get(0).scenario()));
        assertEquals("After 2025 the inputs recorded as data are held at their last values (a series published for "
                + "later years, such as Russia's patent fee for 2026, from its last year): the years after show where "
                + "the world of 2025 leads, not a forecast; read their changes from one year to the next as the model "
                + "settling to that world, not as what will happen.", ReportHtml.afterTheData(r.get(0)));
        assertEquals("The range shows the simulation's own noise (how far the mean of 2 replications may be from "
                + "the model's expectation), not how uncertain the future or the model is. With 2 replications it is "
                + "wide (Student's t with 1 degree of freedom) and may reach below zero or above 100%: run 5 or more "
                + "for ranges to read.", ReportHtml.rangeWords(r.get(0)));
        assertEquals("The range is the central 95% of runs whose parameters are drawn from what the calibration "
                + "leaves uncertain.", ReportHtml.rangeWords(new ScenarioRuns(r.get(0).scenario(), r.get(0).runs(),
                IntervalKind.PARAMETERS)));
    }

    /**
     * A rouble shock of twelve months from March 2026 is in force in March to December 2026 and in January and
     * February 2027, never a whole calendar year: 2027 is not its "first full year" (the policy is over after two
     * months of it) but the year after it starts, and says how much of it the policy is in force. One of two months
     * is summarised over those two months.
     */
    @Test
    void aPolicyOverBeforeAWholeYearOfItHasNoFirstFullYear() throws Exception {
        YearMonth start = YearMonth.of(2026, 1);
        Scenario base = bundled("baseline", start, 24);
        Scenario year = base.named("rouble-year", "").plusShocks(List.of(new ScheduledShock(YearMonth.of(2026, 3), 12,
                new ExchangeRateShock("RUB", 1.43))));
        Scenario twoMonths = base.named("rouble-two-months", "").plusShocks(List.of(new ScheduledShock(
                YearMonth.of(2026, 3), 2, new ExchangeRateShock("RUB", 1.43))));
        Scenario twoYears = base.named("rouble-two-years", "").plusShocks(List.of(new ScheduledShock(
                YearMonth.of(2026, 3), 22, new ExchangeRateShock("RUB", 1.43))));
        List<ScenarioRuns> r = runs(1, base, year, twoMonths, twoYears);
        assertNull(PlainSummary.firstFullYear(r.get(0), r.get(1)));
        assertEquals(List.of("March to December 2026 (part of a year)", "2027"),
                PlainSummary.periods(r.get(0), r.get(1)).stream().map(PlainSummary.Period::label).toList());
        // 2027 is summarised all the same, as what it is: the year after the policy starts, two months of it in force
        assertEquals(List.of("the first months the policy is in force", "the year after the policy starts, when it "
                + "is in force in 2 months of 12"),
                PlainSummary.periods(r.get(0), r.get(1)).stream().map(PlainSummary.Period::role).toList());
        assertEquals(List.of("March to April 2026 (part of a year)", "2027"),
                PlainSummary.periods(r.get(0), r.get(2)).stream().map(PlainSummary.Period::label).toList());
        assertEquals(2, PlainSummary.periods(r.get(0), r.get(2)).get(0).months().size());
        assertEquals(2027, PlainSummary.firstFullYear(r.get(0), r.get(3)), "in force to December 2027");
        // one month from January (as an amnesty, which acts once): its month, then the whole year it starts in,
        // where what it did lasts, then the run's last full year
        Scenario oneMonth = base.named("rouble-january", "").plusShocks(List.of(new ScheduledShock(
                YearMonth.of(2026, 1), 1, new ExchangeRateShock("RUB", 1.43))));
        List<ScenarioRuns> j = runs(1, base, oneMonth);
        assertEquals(List.of("January 2026 (part of a year)", "2026", "2027"),
                PlainSummary.periods(j.get(0), j.get(1)).stream().map(PlainSummary.Period::label).toList());
        assertEquals("the year the policy starts, when it is in force in 1 month of 12",
                PlainSummary.periods(j.get(0), j.get(1)).get(1).role());
        // two spells in one year, March-April and October-November: their four months, named first to last
        Scenario spells = base.named("rouble-spells", "").plusShocks(List.of(
                new ScheduledShock(YearMonth.of(2026, 3), 2, new ExchangeRateShock("RUB", 1.43)),
                new ScheduledShock(YearMonth.of(2026, 10), 2, new ExchangeRateShock("RUB", 1.43))));
        List<ScenarioRuns> s = runs(1, base, spells);
        PlainSummary.Period first = PlainSummary.periods(s.get(0), s.get(1)).get(0);
        assertEquals("March to November 2026 (part of a year)", first.label());
        assertEquals(4, first.months().size(), "the months it is in force, not the gap");
    }

    /** A scenario that only sets a value is another world from the warm-up on: "In brief" says so first. */
    @Test
    void inBriefSaysThatAValueDiffersFromTheFirstMonth(@TempDir Path dir) throws Exception {
        YearMonth start = YearMonth.of(2023, 1);
        Path file = org.muhojir.scenarios.Files.write(dir, "dearer.json", "{\"schemaVersion\": 1, \"name\": "
                + "\"dearer\", \"extends\": \"baseline\", \"destinations\": {\"Russia\": {\"costs\": "
                + "{\"travelUsd\": 500}}}}");
        Scenario dearer = ScenarioLoader.standard().load(file.toString()).scenario().withSampleFraction(SAMPLE)
                .withWarmUpMonths(12).withPeriod(start, 12);
        List<ScenarioRuns> r = runs(1, bundled("baseline", start, 12), dearer);
        List<PlainSummary.Line> lines = PlainSummary.lines(r.get(0), r.get(1), null);
        assertEquals(new PlainSummary.Line("", "The policy has no shocks or events that differ from the baseline's; "
                + "the differences below come from its other settings, values of its world that hold from the warm-up "
                + "on, so they differ from the first month."), lines.get(0));
    }

    /** One replication: no caption or note speaks of 95% intervals; each says there is none. */
    @Test
    void aReportOfOneReplicationSaysItHasNoIntervalAndLevelChartsStartAtZero(@TempDir Path dir) throws Exception {
        YearMonth start = YearMonth.of(2023, 1);
        List<ScenarioRuns> r = runs(1, bundled("baseline", start, 18), bundled("no-crackdown-2024", start, 18));
        Path file = dir.resolve("report.html");
        RunInfo info = new RunInfo("compare", List.of("compare"), "test", 3, 1, 1, Instant.EPOCH, Instant.EPOCH,
                List.of(List.of(), List.of()), List.of(List.of(), List.of()), java.util.Arrays.asList(null, null), null);
        ReportHtml.write(file, r, true, info);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        String body = html.substring(html.indexOf("<body"), html.indexOf("<script"));
        assertFalse(body.contains("with the 95% interval below it"), "no interval to speak of");
        assertFalse(body.contains("Ranges are 95%"), "no ranges to speak of");
        assertTrue(body.contains("One replication: no interval; differences may be noise."));
        assertFalse(body.contains("held at their last values"), "2023 and 2024 are within the data");
        // the poverty lines the measures are counted against, stated (the baseline's, at 2023 prices)
        assertTrue(body.contains(String.format(java.util.Locale.ROOT, "against a line of %,.0f somoni a month "
                + "(extreme poverty: %,.0f), at 2023 prices and moved by Tajik prices, the model's stand-in for the "
                + "national line, calibrated", r.get(0).scenario().economy().povertyLine(),
                r.get(0).scenario().economy().extremePovertyLine())), "the poverty lines, said to be the model's");
        // which remittance measure to compare with published figures
        assertTrue(body.contains("&quot;sent&quot; are before fees, what transfer systems record and what the World "
                + "Bank's published series follows"), "the remittance measures");
        // level charts start at zero, difference charts keep their range around zero
        Matcher chart = Pattern.compile("\"title\" : \"([^\"]*)\",\\s*\"unit\" : \"[^\"]*\",\\s*\"zeroLine\" : "
                + "(true|false),\\s*\"fromZero\" : (true|false)").matcher(html);
        int levels = 0;
        int differences = 0;
        while (chart.find()) {
            boolean difference = chart.group(1).contains(" minus ");
            assertEquals(difference ? "true" : "false", chart.group(2), chart.group(1));
            assertEquals(difference ? "false" : "true", chart.group(3), chart.group(1));
            levels += difference ? 0 : 1;
            differences += difference ? 1 : 0;
        }
        assertTrue(levels > 0 && differences > 0, levels + " level charts, " + differences + " difference charts");
    }

    /**
     * A run alone, 2025 to 2026: its headline year, 2026, is after the last year of data (2025), so the headline table
     * shows 2025 beside it, where the world is next to where it leads.
     */
    @Test
    void aRunAloneBeyondItsDataShowsTheLastYearOfDataBesideTheHeadline(@TempDir Path dir) throws Exception {
        YearMonth start = YearMonth.of(2025, 1);
        List<ScenarioRuns> r = runs(2, bundled("baseline", start, 24));
        assertEquals(2025, ReportHtml.lastYearOfData(r.get(0).scenario()));
        Path file = dir.resolve("report.html");
        ReportHtml.write(file, r, false, new RunInfo("run", List.of("run"), "test", 3, 2, 1, Instant.EPOCH,
                Instant.EPOCH, List.of(List.of()), List.of(List.of()), java.util.Arrays.asList((YearMonth) null),
                null));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.contains("<th>baseline, 2025 (the last year of data)</th><th>baseline, 2026</th>"),
                "both years head the table");
        // the first row, remittances received, in both years: 2025's value, then 2026's
        int k = r.get(0).index(Metric.REMITTANCES_RECEIVED_USD, "all");
        String first = html.substring(html.indexOf("<td>Remittances received (after fees)</td>"));
        first = first.substring(0, first.indexOf("</tr>"));
        int at2025 = first.indexOf(ReportHtml.number(r.get(0).annualInterval(k, r.get(0).years().get(2025)).mean()
                * 1e-6));
        int at2026 = first.indexOf(ReportHtml.number(r.get(0).annualInterval(k, r.get(0).years().get(2026)).mean()
                * 1e-6));
        assertTrue(at2025 > 0 && at2026 > at2025, first);
    }

    @Test
    void exactZerosAndConstantValuesAreShownAsSuch() {
        assertEquals("0", ReportHtml.number(0));
        assertEquals("0", ReportHtml.number(-0.0));
        assertEquals("0.004", ReportHtml.number(0.004));
        assertEquals("10.0", ReportHtml.number(9.9999), "rounded into the next band: its decimals, not 10.00");
        assertEquals("10.0", ReportHtml.number(9.995), "9.995 rounds up at two decimals, as printed");
        assertEquals("100", ReportHtml.number(99.97));
        assertEquals("1.00", ReportHtml.number(0.99996));
        assertEquals("9.58", ReportHtml.number(9.5812));
        assertEquals("-10.0", ReportHtml.number(-9.9999));
        assertEquals("–", ReportHtml.interval(interval(79, 79, 79), 1), "not 79.0 to 79.0");
        assertEquals("–", ReportHtml.interval(interval(0, 0, 0), 1));
        assertEquals("78.0 to 80.0", ReportHtml.interval(interval(79, 78, 80), 1));
        Html body = new Html();
        ComparisonHtml c = new ComparisonHtml(body);
        c.difference(interval(0, 0, 0), Metric.POVERTY_FGT0, 100);
        c.percentChange(interval(0, 0, 0), interval(0, 0, 0), Metric.REMITTANCES_RECEIVED_USD);
        assertEquals("<td class=\"diff\">0 pp<br><span class=\"ci\">–</span></td>"
                + "<td class=\"diff\">0%<br><span class=\"ci\">–</span></td>", body.toString().replace("\n", ""));
    }
}
