package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.Unit;
import org.muhojir.core.policy.AtDestination;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;

/**
 * A comparison in sentences, for a reader who will not read the tables: "In 2026 remittances received in dollars are
 * 17% lower (15 to 19%), the poverty headcount is 0.15 percentage points higher (0.10 to 0.20 pp), ...", for the
 * policy's first full year, its last full year in force (a policy over before the headline year), its last full year
 * with every change in force (changes that end at different times) and the headline year (the run's last full year, or
 * the one asked for). Changes of amounts are given in per cent of the baseline; changes of shares (poverty headcounts)
 * in percentage points. Each figure carries its 95% interval over the paired replications; a change whose interval
 * includes zero is said to be not clear, one that is exactly zero unchanged. The first months the policy is in force
 * are summarised too when they are part of a year; a year before its first shock says that nothing differs yet. Each
 * period's sentence is followed by one for every destination the policy's changes name (a quota, a raid wave, a
 * currency): its departures, migrants and remittances, in persons and dollars.
 */
final class PlainSummary {
    /**
     * One outcome of the summary.
     *
     * @param metric the catalogue metric
     * @param group  its group
     * @param words  its name in a sentence
     * @param plural whether the name takes "are"
     * @param count  whether its change is said as a number ("42,500 lower"), not a share of it or points
     */
    record Outcome(Metric metric, String group, String words, boolean plural, boolean count) {
        Outcome(Metric metric, String group, String words, boolean plural) {
            this(metric, group, words, plural, false);
        }

        String verb() {
            return words + (plural ? " are " : " is ");
        }
    }

    /** The outcomes summarised, in sentence order. */
    static final List<Outcome> OUTCOMES = List.of(
            new Outcome(Metric.REMITTANCES_RECEIVED_USD, GroupKind.ALL_LABEL, "remittances received in dollars", true),
            new Outcome(Metric.REMITTANCES_RECEIVED_TJS, GroupKind.ALL_LABEL, "remittances received in somoni", true),
            new Outcome(Metric.POVERTY_FGT0, Group.NATIONAL.label(), "the poverty headcount", false),
            new Outcome(Metric.PERSONS_IN_POVERTY, Group.NATIONAL.label(), "persons at home in poverty", true, true),
            new Outcome(Metric.EXTREME_POVERTY_FGT0, Group.NATIONAL.label(), "extreme poverty", false),
            new Outcome(Metric.MIGRANTS_ABROAD, GroupKind.ALL_LABEL, "migrants abroad", true),
            new Outcome(Metric.DEPARTURES, GroupKind.ALL_LABEL, "departures", true),
            new Outcome(Metric.DEPORTATIONS, GroupKind.ALL_LABEL, "deportations", true),
            new Outcome(Metric.BANS_IN_FORCE, GroupKind.ALL_LABEL, "re-entry bans in force", true));

    /** What a change of one replication says in place of its interval. */
    private static final String NO_INTERVAL = "(one replication: no interval)";

    /**
     * Relative width under which an interval's ends are the same number (every replication alike, but for the
     * rounding of the sums: a mean of persons 1,705.8236 to 1,705.8236).
     */
    private static final double SAME = 1e-9;

    /** Most decimals a change is shown with, however narrow its interval. */
    private static final int MOST_DECIMALS = 4;
    /** What a scenario's values other than shocks and events are: part of its world, from the warm-up on. */
    private static final String OTHER_SETTINGS = "values of its world that hold from the warm-up on, so they differ from "
            + "the first month";

    private PlainSummary() {
    }

    /**
     * A stretch of months summarised in one sentence.
     *
     * @param label  how the sentence names it: {@code 2025}, or {@code April to June 2024 (part of a year)}
     * @param months the indices of its simulated months
     * @param role   what it is, for the sentence's lead: {@code the policy's first full year}
     */
    record Period(String label, List<Integer> months, String role) {
    }

    /**
     * A line of the summary.
     *
     * @param role     what the line is about ({@code the run's last full year}), or empty
     * @param sentence the line itself
     */
    record Line(String role, String sentence) {
    }

    /**
     * The summary of {@code policy} against {@code base}, line by line: the first months the policy is in force (if
     * they are part of a year), its first full year, its last full year in force if it ends before the headline year,
     * its last full year with every change in force if that is earlier, and the headline year, each once, in time
     * order. A year before
     * the policy's first change (its first shock or changed event) says so; a run that none of the policy's changes
     * reach, and that differs from the baseline in nothing, is said to be the baseline itself.
     *
     * @param leftOut the first month of the policy's shocks that a shortened run left out (they start after its
     *                end), or null
     */
    static List<Line> lines(ScenarioRuns base, ScenarioRuns policy, YearMonth leftOut) {
        List<YearMonth> months = base.months();
        YearMonth first = firstChange(base, policy);
        YearMonth last = months.get(months.size() - 1);
        boolean same = identical(base, policy, allMonths(base));
        List<Line> lines = new ArrayList<>();
        List<String> leftOutEvents = eventsLeftOut(base, policy);
        if (!leftOutEvents.isEmpty()) {
            lines.add(new Line("", policy.name() + " leaves out " + (leftOutEvents.size() == 1 ? "an event" : "events")
                    + " of " + base.name() + "'s world (" + String.join(", ", leftOutEvents) + "): it is a "
                    + "counterfactual, and its differences below, with their signs reversed, are what "
                    + (leftOutEvents.size() == 1 ? "that event" : "those events") + " did."));
        }
        if (first == null || first.isAfter(last)) {
            YearMonth late = first != null ? first : leftOut;
            String why = late != null ? "None of the policy's changes falls in the run: they start in " + late
                    + ", after its last month, " + last : "The policy has no shocks or events that differ from the baseline's";
            if (same) {
                lines.add(new Line("", why + ". The run is the baseline itself: nothing differs."));
                return lines;
            }
            lines.add(new Line("", why + "; the differences below come from its other settings, "
                    + OTHER_SETTINGS + "."));
        }
        for (Period p : periods(base, policy)) {
            boolean before = first != null && p.months().stream().allMatch(t -> months.get(t).isBefore(first));
            if (before && identical(base, policy, p.months())) {
                lines.add(new Line(p.role(), "In " + p.label() + " the policy is not yet in force: its changes "
                        + "start in " + first + ", after " + p.label() + ", so nothing differs yet."));
            } else {
                String note = before && !first.isAfter(last) ? " (Its changes start in " + first + ", after "
                        + p.label() + ": these differences come from its other settings, " + OTHER_SETTINGS
                        + ".)" : "";
                lines.add(new Line(p.role(), sentence(base, policy, p) + note));
            }
        }
        return lines;
    }

    /**
     * The periods to summarise, in time order and each once: the months of the first year the policy is in force
     * when it is in force in only part of that year (up to the headline year if one was asked for), its first full
     * year, its last full year in force (when it is over before the headline year, or after the headline year asked
     * for), its last full year with every change in force (when that is earlier still), the headline year, and, after
     * a headline year asked for, the run's last full year (what is left of the policy at the end).
     */
    static List<Period> periods(ScenarioRuns base, ScenarioRuns policy) {
        List<YearMonth> months = base.months();
        List<Period> periods = new ArrayList<>();
        YearMonth first = firstChange(base, policy);
        int headline = policy.headlineYear();
        Integer full = firstFullYear(base, policy);
        if (first != null && !first.isAfter(months.get(months.size() - 1))) {
            int t0 = 0;
            while (months.get(t0).isBefore(first)) {
                t0++;
            }
            int year = months.get(t0).getYear();
            List<Integer> inForce = new ArrayList<>();
            for (int t = t0; t < months.size() && months.get(t).getYear() == year; t++) {
                if (inForce(base, policy, months.get(t))) {
                    inForce.add(t); // every month of that year the policy's changes are in force
                }
            }
            // a part of a year after the headline year is summarised only when the headline is the run's last whole
            // year (the run's last, partial year); after one asked for, only the run's last full year is
            if (!inForce.isEmpty() && inForce.size() < 12 && (year <= headline || !policy.headlineYearAsked())) {
                periods.add(new Period(monthsLabel(months.get(inForce.get(0)),
                        months.get(inForce.get(inForce.size() - 1))) + " (part of a year)", inForce,
                        "the first months the policy is in force"));
            }
        }
        if (full != null) {
            periods.add(new Period(Integer.toString(full), base.years().get(full), "the policy's first full year"));
            int lastFull = lastFullYear(base, policy, full);
            // the last full year in force keeps its name when it is the headline year asked for and the policy is
            // over after it
            if (lastFull != full && (lastFull < headline || lastFull == headline && policy.headlineYearAsked()
                    && overAfter(base, policy, headline))) {
                periods.add(new Period(Integer.toString(lastFull), base.years().get(lastFull),
                        "the policy's last full year in force"));
            }
            Integer lastAll = lastYearOfEveryChange(base, policy, full);
            if (lastAll != null && !lastAll.equals(full) && lastAll < Math.min(lastFull, headline)) {
                periods.add(new Period(Integer.toString(lastAll), base.years().get(lastAll),
                        "the last full year with every change of the policy in force"));
            }
        } else if (first != null) {
            // no calendar year of it in force: the year after it starts, where a shock of a few months from spring
            // still acts (in its last months, and through those it changed), is summarised with what was in force;
            // for one from January (an amnesty of one month), the year it starts, its months in force and after
            boolean january = first.getMonthValue() == 1;
            int year = january ? first.getYear() : first.getYear() + 1;
            List<Integer> yearMonths = base.years().get(year);
            if (yearMonths != null && yearMonths.size() == 12 && year <= headline) {
                long inForce = IntStream.rangeClosed(1, 12)
                        .filter(m -> inForce(base, policy, YearMonth.of(year, m))).count();
                periods.add(new Period(Integer.toString(year), yearMonths, (january ? "the year the policy starts, "
                        : "the year after the policy starts, ") + (inForce == 0 ? "when it is over"
                        : "when it is in force in " + Numbers.months((int) inForce) + " of 12")));
            }
        }
        int headlineMonths = base.years().get(headline).size();
        periods.add(new Period(Integer.toString(headline), base.years().get(headline), policy.headlineYearAsked()
                ? "the headline year asked for" : headlineMonths == 12 ? "the run's last full year"
                : headline + ", " + Numbers.months(headlineMonths) + " simulated"));
        Integer lastWhole = lastWholeYear(base);
        if (policy.headlineYearAsked() && lastWhole != null && lastWhole > headline) {
            // what is left of the policy at the end of the run, after the year asked for
            periods.add(new Period(Integer.toString(lastWhole), base.years().get(lastWhole),
                    "the run's last full year"));
        }
        List<Period> once = new ArrayList<>();
        for (Period p : periods) {
            if (once.stream().noneMatch(o -> o.months().equals(p.months()))) {
                once.add(p);
            }
        }
        once.sort(java.util.Comparator.comparing((Period p) -> p.months().get(0))
                .thenComparing(p -> p.months().size()));
        return once;
    }

    /**
     * Whether the policy's changes are in force in no month the runs simulate after {@code year}, and the runs
     * simulate some: the policy is over after it.
     */
    private static boolean overAfter(ScenarioRuns base, ScenarioRuns policy, int year) {
        List<YearMonth> after = base.months().stream().filter(m -> m.getYear() > year).toList();
        return !after.isEmpty() && after.stream().noneMatch(m -> inForce(base, policy, m));
    }

    /** The last calendar year the runs simulate in full, or null if none. */
    private static Integer lastWholeYear(ScenarioRuns base) {
        Integer last = null;
        for (var y : base.years().entrySet()) {
            if (y.getValue().size() == 12) {
                last = y.getKey();
            }
        }
        return last;
    }

    /** {@code April to June 2024}, {@code November 2024 to January 2025}, or {@code April 2024}. */
    static String monthsLabel(YearMonth from, YearMonth to) {
        String a = from.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        String b = to.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return from.equals(to) ? a + " " + from.getYear()
                : from.getYear() == to.getYear() ? a + " to " + b + " " + to.getYear()
                : a + " " + from.getYear() + " to " + b + " " + to.getYear();
    }

    /**
     * The names of the events the baseline has, with shocks in its simulated months, that the policy gives none or
     * leaves out.
     */
    static List<String> eventsLeftOut(ScenarioRuns base, ScenarioRuns policy) {
        Scenario b = base.scenario();
        java.util.Map<String, List<ScheduledShock>> kept = byName(policy.scenario());
        return b.events().stream().filter(e -> kept.getOrDefault(e.name(), List.of()).isEmpty() && e.shocks()
                        .stream().anyMatch(sh -> sh.inForceWithin(b.firstSimulatedMonth(), b.end())))
                .map(WorldEvent::name).toList();
    }

    /**
     * What the policy changes against the baseline, a line each, as a reader would write it: its own shocks that the
     * baseline has not (with their dates), the baseline's it has not, and the world's events it adds, leaves out or
     * changes.
     */
    static List<String> changeLines(ScenarioRuns base, ScenarioRuns policy) {
        List<String> lines = new ArrayList<>();
        List<ScheduledShock> baseOwn = base.scenario().shocks();
        List<ScheduledShock> policyOwn = policy.scenario().shocks();
        policyOwn.stream().filter(sh -> !baseOwn.contains(sh)).forEach(sh -> lines.add(dated(sh)));
        baseOwn.stream().filter(sh -> !policyOwn.contains(sh))
                .forEach(sh -> lines.add("without " + base.name() + "'s shock " + dated(sh)));
        for (EventChange e : eventChanges(base, policy)) {
            lines.add(e.is().isEmpty() ? "without the world's event " + e.name() + " (" + describedAll(e.was()) + ")"
                    : (e.was().isEmpty() ? "with the world's event " + e.name()
                    : "the world's event " + e.name() + " changed to") + " (" + describedAll(e.is()) + ")");
        }
        return lines;
    }

    /** A world's event the two runs have differently: its shocks in the baseline and in the policy (empty if none). */
    private record EventChange(String name, List<ScheduledShock> was, List<ScheduledShock> is) {
    }

    /** The world's events the policy changes, adds or leaves out, event by event, in the baseline's order. */
    private static List<EventChange> eventChanges(ScenarioRuns base, ScenarioRuns policy) {
        java.util.Map<String, List<ScheduledShock>> before = byName(base.scenario());
        java.util.Map<String, List<ScheduledShock>> after = byName(policy.scenario());
        java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        return names.stream().map(n -> new EventChange(n, before.getOrDefault(n, List.of()),
                after.getOrDefault(n, List.of()))).filter(e -> !e.was().equals(e.is())).toList();
    }

    /** "from 2026-04 for 6 months: raid wave in Russia (raids x3)", or "from 2026-04 to the end: ...". */
    static String dated(ScheduledShock s) {
        return ShockDates.line("from " + ShockDates.startAndLength(s), s);
    }

    private static String describedAll(List<ScheduledShock> shocks) {
        return String.join("; ", shocks.stream().map(PlainSummary::dated).toList());
    }

    private static java.util.Map<String, List<ScheduledShock>> byName(Scenario s) {
        java.util.Map<String, List<ScheduledShock>> m = new java.util.LinkedHashMap<>();
        s.events().forEach(e -> m.put(e.name(), e.shocks()));
        return m;
    }

    /**
     * The first month the policy changes anything against the baseline, or null if it changes nothing dated: the
     * start of its first shock, or of the first shock of a world's event it changes, adds or leaves out (a
     * counterfactual's), event by event.
     */
    static YearMonth firstChange(ScenarioRuns base, ScenarioRuns policy) {
        return changedShocks(base, policy).map(ScheduledShock::start).min(YearMonth::compareTo).orElse(null);
    }

    /**
     * The shocks of one run's own that the other has not (a policy against the bundled baseline: all of the policy's;
     * a policy against another, those they do not share), and those of the world's events the policy changes, adds or
     * leaves out (both versions).
     */
    private static java.util.stream.Stream<ScheduledShock> changedShocks(ScenarioRuns base, ScenarioRuns policy) {
        java.util.stream.Stream<ScheduledShock> changed = eventChanges(base, policy).stream()
                .flatMap(e -> java.util.stream.Stream.concat(e.was().stream(), e.is().stream()));
        List<ScheduledShock> baseOwn = base.scenario().shocks();
        List<ScheduledShock> policyOwn = policy.scenario().shocks();
        java.util.stream.Stream<ScheduledShock> own = java.util.stream.Stream.concat(
                policyOwn.stream().filter(s -> !baseOwn.contains(s)),
                baseOwn.stream().filter(s -> !policyOwn.contains(s)));
        return java.util.stream.Stream.concat(own, changed);
    }

    /** Whether any of the policy's changes ({@link #changedShocks}) is in force in {@code month}. */
    static boolean inForce(ScenarioRuns base, ScenarioRuns policy, YearMonth month) {
        return changedShocks(base, policy).anyMatch(s -> s.inForce(month));
    }

    /**
     * The first calendar year, from the policy's first change on and up to the headline year, that is simulated in
     * full and has the policy's changes in force in every month; null if there is none (a policy without shocks of
     * its own, one that starts after the headline year, or one over before a whole year of it: a rouble shock of
     * twelve months from March is in force in March to December and January and February, never a calendar year).
     */
    static Integer firstFullYear(ScenarioRuns base, ScenarioRuns policy) {
        YearMonth start = firstChange(base, policy);
        if (start == null) {
            return null;
        }
        for (int year = start.getYear(); year <= policy.headlineYear(); year++) {
            if (fullyInForce(base, policy, year)) {
                return year;
            }
        }
        return null;
    }

    /** Whether {@code year} is simulated in full with the policy's changes in force in every month. */
    private static boolean fullyInForce(ScenarioRuns base, ScenarioRuns policy, int year) {
        return everyMonth(policy, year, month -> inForce(base, policy, month));
    }

    /** Whether {@code year} is simulated in full and {@code holds} in each of its months. */
    private static boolean everyMonth(ScenarioRuns policy, int year, Predicate<YearMonth> holds) {
        List<Integer> months = policy.years().get(year);
        return months != null && months.size() == 12 && IntStream.rangeClosed(1, 12)
                .allMatch(m -> holds.test(YearMonth.of(year, m)));
    }

    /**
     * The last calendar year of the run of years from {@code firstFull} (the policy's first full year), up to the
     * headline year, simulated in full with the policy's changes in force in every month: {@code firstFull} itself if
     * the next is not (a shock of two years from January 2025: 2026).
     */
    static int lastFullYear(ScenarioRuns base, ScenarioRuns policy, int firstFull) {
        int last = firstFull;
        while (last < policy.headlineYear() && fullyInForce(base, policy, last + 1)) {
            last++;
        }
        return last;
    }

    /**
     * For a policy whose changes end at different times (a fee rise of two years beside a quota with no end), the last
     * calendar year, from {@code firstFull} up to the headline year, simulated in full with every one of its changes
     * in force in every month: the last of the first run of such years; null if there is none.
     */
    static Integer lastYearOfEveryChange(ScenarioRuns base, ScenarioRuns policy, int firstFull) {
        List<ScheduledShock> changes = changedShocks(base, policy).toList();
        Integer last = null;
        for (int year = firstFull; year <= policy.headlineYear(); year++) {
            if (everyMonth(policy, year, month -> changes.stream().allMatch(s -> s.inForce(month)))) {
                last = year;
            } else if (last != null) {
                break;
            }
        }
        return last;
    }

    /** Whether row {@code k}'s yearly value over {@code months} is the same in both runs, replication by replication. */
    static boolean sameIn(ScenarioRuns base, ScenarioRuns policy, int k, List<Integer> months) {
        return Arrays.equals(base.annualAcrossReplications(k, months), policy.annualAcrossReplications(k, months));
    }

    /** Whether every value of every replication in {@code months} is the same in both runs. */
    static boolean identical(ScenarioRuns base, ScenarioRuns policy, List<Integer> months) {
        if (base.replications() != policy.replications() || base.rows().size() != policy.rows().size()) {
            return false;
        }
        int rows = base.rows().size();
        for (int r = 0; r < base.replications(); r++) {
            for (int t : months) {
                for (int k = 0; k < rows; k++) {
                    if (Double.compare(base.value(r, t, k), policy.value(r, t, k)) != 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static List<Integer> allMonths(ScenarioRuns c) {
        return IntStream.range(0, c.months().size()).boxed().toList();
    }

    /** One sentence for {@code year}: how each outcome of the policy differs from the baseline. */
    static String sentence(ScenarioRuns base, ScenarioRuns policy, int year) {
        return sentence(base, policy, new Period(Integer.toString(year), base.years().get(year), ""));
    }

    /**
     * One sentence for {@code period}: how each outcome of the policy differs from the baseline; then, for each
     * destination the policy's changes name ({@link #destinationsNamed}), one of its departures, migrants and
     * remittances.
     */
    static String sentence(ScenarioRuns base, ScenarioRuns policy, Period period) {
        List<Integer> months = period.months();
        List<String> parts = new ArrayList<>();
        boolean somoniMoves = !sameIn(base, policy, base.index(Metric.TJS_PER_USD, GroupKind.ALL_LABEL), months);
        for (Outcome o : OUTCOMES) {
            if (o.metric() == Metric.REMITTANCES_RECEIVED_TJS && !somoniMoves) {
                continue; // with the somoni's rate the same, in somoni is in dollars said again
            }
            int k = base.index(o.metric(), o.group());
            parts.add(o.verb() + changeOf(o, base, policy, k, months));
        }
        StringBuilder text = new StringBuilder("In " + period.label() + " " + join(parts) + ".");
        List<Destination> named = destinationsNamed(base, policy);
        for (Destination d : named) {
            text.append(' ').append(atDestination(base, policy, months, d));
        }
        if (!named.contains(Destination.RUSSIA) && (clearlyChanged(difference(base, policy, Metric.REMITTANCES_USD,
                Destination.RUSSIA, months)) || changesFeesAt(base, policy, Destination.RUSSIA))) {
            // most migrants work in Russia: what a policy elsewhere, or of every destination, does there is said too
            String why = actsEverywhere(base, policy) ? " (the policy's changes act at every destination) are "
                    : ", which none of the policy's changes names, are ";
            text.append(' ').append(atDestination(base, policy, months, Destination.RUSSIA)
                    .replaceFirst("^Departures to Russia are ", "Departures to Russia" + why));
        }
        if (base.replications() < 2) {
            // said once for the sentence, not after each figure
            return text.toString().replace(" " + NO_INTERVAL, "") + " " + ReportHtml.ONE_REPLICATION;
        }
        return text.toString();
    }

    /**
     * The change over {@code months} of outcome {@code o}, row {@code k} of the runs: a count in its own unit
     * ("42,494 lower (39,594 to 45,395)"), a share in percentage points, anything else in per cent.
     */
    private static String changeOf(Outcome o, ScenarioRuns base, ScenarioRuns policy, int k, List<Integer> months) {
        if (o.count()) {
            return change(Differences.annual(base, policy, k, months), 1, "", "");
        }
        return o.metric().unit() == Unit.SHARE
                ? change(Differences.annual(base, policy, k, months), " percentage points", " pp")
                : change(Differences.relative(base, policy, k, months), "%", "%");
    }

    /** Whether one of the policy's changes acts at every destination (a border closure naming none). */
    private static boolean actsEverywhere(ScenarioRuns base, ScenarioRuns policy) {
        return changedShocks(base, policy).anyMatch(s -> s.shock() instanceof AtDestination at
                && at.destination() == null);
    }

    /**
     * The destinations the policy's changes name ({@link org.muhojir.core.policy.Shock#destinations}: where a quota,
     * a raid wave or a wage shock acts, whose currency moves), in the catalogue's order.
     */
    static List<Destination> destinationsNamed(ScenarioRuns base, ScenarioRuns policy) {
        return changedShocks(base, policy).flatMap(s -> s.shock().destinations().stream()).distinct().sorted()
                .toList();
    }

    /**
     * "Departures to the UK are 8,000 higher (7,900 to 8,100), migrants there 3,900 higher (...) and remittances
     * sent from there 52 million USD higher (...).": differences in persons and dollars, not per cent, since a
     * destination may have none in the baseline. Where the policy changes the transfer fee (which moves what
     * households receive, not what is sent), the sentence ends with the fees paid: "..., remittances sent from there
     * not clearly changed (...) and the transfer fees on them 41 million USD lower (...)".
     */
    static String atDestination(ScenarioRuns base, ScenarioRuns policy, List<Integer> months, Destination d) {
        String place = place(d);
        String departures = "Departures to " + place + " are " + change(difference(base, policy, Metric.DEPARTURES,
                d, months), 1, "", "");
        String migrants = "migrants there " + change(difference(base, policy, Metric.MIGRANTS_ABROAD, d, months), 1,
                "", "");
        String sent = "remittances sent from there " + dollars(difference(base, policy, Metric.REMITTANCES_USD, d,
                months));
        String last = changesFeesAt(base, policy, d) ? ", " + sent + " and the transfer fees on them "
                + dollars(difference(base, policy, Metric.TRANSFER_FEES_USD, d, months)) : " and " + sent;
        return departures + ", " + migrants + last + ".";
    }

    /** Whether one of the policy's changes sets the transfer fee at destination {@code d} (or at every one). */
    private static boolean changesFeesAt(ScenarioRuns base, ScenarioRuns policy, Destination d) {
        return changedShocks(base, policy).anyMatch(s -> s.shock() instanceof TransferFeeChange fee
                && (fee.destination() == null || fee.destination() == d));
    }

    /** A difference of dollars in millions, or in billions from a billion: "1.01 billion USD", not "1,009 million". */
    static String dollars(ConfidenceInterval d) {
        return Math.abs(d.mean()) >= 1e9 ? change(d, 1e-9, " billion USD", " billion USD")
                : change(d, 1e-6, " million USD", " million USD");
    }

    /** Whether a difference's 95% interval lies clear of zero. */
    private static boolean clearlyChanged(ConfidenceInterval d) {
        return d.low() > 0 || d.high() < 0;
    }

    private static ConfidenceInterval difference(ScenarioRuns base, ScenarioRuns policy, Metric metric,
                                                 Destination d, List<Integer> months) {
        return Differences.annual(base, policy, base.index(metric, d.label()), months);
    }

    /** A destination's name in a sentence: {@code the UK}, {@code the Gulf}, {@code the USA}, {@code Russia}. */
    static String place(Destination d) {
        return switch (d) {
            case UK, GULF, USA -> "the " + d.label();
            default -> d.label();
        };
    }

    /**
     * "0.15 percentage points higher (0.10 to 0.20 pp)" or "17% lower (15 to 19%)": a difference of shares or a
     * relative change (both shown times 100), with its interval, "not clearly changed" when the interval includes
     * zero, or "unchanged" when the difference is exactly zero (in every replication).
     */
    static String change(ConfidenceInterval d, String unit, String intervalUnit) {
        return change(d, 100, unit, intervalUnit);
    }

    /** As {@link #change(ConfidenceInterval, String, String)}, the difference shown times {@code scale}. */
    static String change(ConfidenceInterval d, double scale, String unit, String intervalUnit) {
        if (Double.isNaN(d.mean())) {
            return "not comparable (none in the baseline)";
        }
        if (d.mean() == 0 && (Double.isNaN(d.low()) || d.low() == 0 && d.high() == 0)) {
            return "unchanged";
        }
        double mean = d.mean() * scale;
        if (Double.isNaN(d.low())) {
            return amount(Math.abs(mean)) + unit + " " + (mean < 0 ? "lower" : "higher") + " " + NO_INTERVAL;
        }
        double low = d.low() * scale;
        double high = d.high() * scale;
        if (low <= 0 && high >= 0) {
            // "-0.83% to +0.87%", "-0.16 to +0.43 pp"; an end too small for its decimals gets more, up to four
            String first = intervalUnit.startsWith(" ") ? "" : intervalUnit;
            if (readsAsZero(-low, MOST_DECIMALS) && readsAsZero(high, MOST_DECIMALS)) {
                return "not clearly changed (less than " + amount(Math.pow(10, -MOST_DECIMALS), MOST_DECIMALS)
                        + intervalUnit + " either way)";
            }
            return "not clearly changed (" + signedEnd(low) + first + " to " + signedEnd(high) + intervalUnit + ")";
        }
        if (high - low <= SAME * Math.max(Math.abs(low), Math.abs(high))) {
            return amount(Math.abs(mean)) + unit + " " + (mean < 0 ? "lower" : "higher") + " (the same in every "
                    + "replication)";
        }
        double near = Math.min(Math.abs(low), Math.abs(high));
        double far = Math.max(Math.abs(low), Math.abs(high));
        // as many decimals as the mean needs, and more if the interval's ends would otherwise read the same, the mean
        // would read as one of its ends ("14% lower (13 to 14%)"), or its nearer end would read 0 (an interval that
        // excludes zero must not seem to start at it)
        int decimals = decimals(Math.abs(mean));
        while (decimals < MOST_DECIMALS && (amount(near, decimals).equals(amount(far, decimals))
                || amount(Math.abs(mean), decimals).equals(amount(near, decimals))
                || amount(Math.abs(mean), decimals).equals(amount(far, decimals)) || readsAsZero(near, decimals))) {
            decimals++;
        }
        String nearEnd = readsAsZero(near, decimals) ? "less than " + amount(Math.pow(10, -decimals), decimals)
                : amount(near, decimals);
        return amount(Math.abs(mean), decimals) + unit + " " + (mean < 0 ? "lower" : "higher") + " ("
                + nearEnd + " to " + amount(far, decimals) + intervalUnit + ")";
    }

    /** Whether {@code v}, above 0, is printed as 0 with {@code decimals} decimals. */
    private static boolean readsAsZero(double v, int decimals) {
        return Double.parseDouble(amount(v, decimals).replace(",", "")) == 0;
    }

    /** A number with two significant digits at least and no more decimals than it needs. */
    static String amount(double v) {
        return amount(v, decimals(v));
    }

    private static int decimals(double v) {
        return v >= 10 ? 0 : v >= 1 ? 1 : v >= 0.1 ? 2 : 3;
    }

    private static String amount(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    /**
     * An end of an interval with its sign, with more decimals (up to four) where its own would read as zero: -0.0002,
     * not -0.000; an end still too small for four decimals reads 0.
     */
    private static String signedEnd(double v) {
        int d = decimals(Math.abs(v));
        while (v != 0 && d < MOST_DECIMALS && readsAsZero(Math.abs(v), d)) {
            d++;
        }
        return readsAsZero(Math.abs(v), d) ? "0" : (v > 0 ? "+" : "-") + amount(Math.abs(v), d);
    }

    private static String join(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
