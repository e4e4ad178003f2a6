package org.muhojir.core.scenario;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Fields;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Plausibility;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;
import org.muhojir.core.policy.BorderClosure;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.ShockCalendar;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;

/**
 * A complete, validated description of one simulated world: when it runs, who lives in it, the destinations and
 * their rules, behaviour, macro paths and the dated shocks. Immutable; the constructor checks every field and
 * throws {@link InvalidScenarioException} listing every problem at once.
 *
 * @param name         short identifier, used in reports
 * @param description  what story the scenario tells
 * @param start        first simulated month
 * @param months       number of months simulated and reported (1 or more; with the history's months at most
 *                     {@link #MAX_SIMULATED_MONTHS}, 1,200: 1,044 after the bundled history from 2010)
 * @param warmUpMonths months simulated before {@code start} and never reported (the burn-in; 0 to 600): the inputs
 *                     of the first simulated month ({@code historyStart}, else {@code start}) held, no shocks, and of
 *                     the world's events only those in force then for good
 * @param historyStart first month of the history: months simulated from it to the month before {@code start} with
 *                     their dated inputs and the shocks in force, never reported (null, or {@code start} itself:
 *                     none, the warm-up leads to {@code start})
 * @param population   how the household population is built
 * @param economy      the household economy at home and the poverty lines
 * @param behaviour    behavioural parameters
 * @param macro        GDP and somoni exchange-rate paths
 * @param destinations one specification per {@link Destination}, in ordinal order
 * @param events       the dated events of the world, by name, in the order they apply ({@link WorldEvent}): part
 *                     of the one world every scenario shares, applied before the scenario's shocks
 * @param shocks       dated shocks, applied in this order when several are in force
 */
public record Scenario(
        @Param(doc = "Short identifier used in reports and output files. Default: the file name without .json.",
                source = "setting")
        String name,
        @Param(doc = "What story the scenario tells and what it shows (a paragraph for the reader of the report).",
                source = "setting", optional = true)
        String description,
        @Param(doc = "First simulated month, \"YYYY-MM\".", source = "setting")
        YearMonth start,
        @Param(doc = "Number of months simulated and reported (after the warm-up and the history, if any).",
                unit = "months", min = 1, max = 1200, source = "setting")
        int months,
        @Param(doc = "Months simulated before the first reported month and never reported (the burn-in): the "
                + "inputs of the first simulated month held (no shocks; of the world's events only those in force "
                + "then for good, such as a rule that changed, not a border closure), calendar months running up to "
                + "it, so that the stocks of migrants abroad, of citizens abroad and of re-entry bans, the networks, "
                + "savings and poverty have settled when reporting starts (docs/ODD.md, Initialisation). A whole "
                + "number of years keeps the seasons in step.",
                unit = "months", min = 0, max = 600, plausibleMin = 36, plausibleMax = 240,
                source = "assumption, measured: with the inputs held, the live decision to go settles slowly; after "
                        + "240 months poverty moves less than 0.3 points in ten flat years and the stock and "
                        + "remittances less than 1% a year (NoDriftTest), and the history's calibration years are "
                        + "within about 1% of where 360 months take them (docs/ODD.md, Initialisation)")
        int warmUpMonths,
        @Param(doc = "First month of the history: the run simulates every month from it to the month before \"start\" "
                + "with the scenario's dated inputs and the shocks in force in those months, and reports none of "
                + "them, so that the first reported month starts from the world this history reaches (the "
                + "warm-up comes before the history, with the inputs of this month held). Money values stay at the "
                + "prices of macro.priceBaseYear, moved back to the history's years by their indices, so a "
                + "history changes no stated value (docs/ODD.md, section 5.1). Leave it out for no history. "
                + "\"YYYY-MM\", on or before \"start\" (the same month: no history).", source = "setting",
                optional = true)
        YearMonth historyStart,
        @Param(doc = "How the synthetic household population is built.")
        PopulationSpec population,
        @Param(doc = "The household economy at home and the poverty lines; money in somoni (TJS) per month.")
        HouseholdEconomy economy,
        @Param(doc = "Parameters of the behavioural rules: who leaves, where, when they return, what they send.")
        Behaviour behaviour,
        @Param(doc = "Exogenous national paths: GDP and the somoni's exchange rate.")
        Macro macro,
        @Param(doc = "Destinations by name; give only the fields that differ from the scenario extended.")
        List<DestinationSpec> destinations,
        @Param(doc = "The dated events of the world, by name: what happened to every scenario's world, such as the "
                + "border closures of 2020 or the crackdown in Russia of 2024, each an array of shocks in the form of "
                + "\"shocks\". They act in their months in the history and the reported months alike (in the "
                + "warm-up only those in force for good at its first month), before the scenario's shocks, which "
                + "override them where both set the same value. A file that extends another gives only the events it "
                + "adds or changes; an event given [] is left out, for a world without it (a counterfactual).",
                source = "data:policy_events for every date of the core defaults' events; each event's source, "
                        + "and which of its values are assumptions, in TajikistanDefaults.EVENT_SOURCES (the "
                        + "reference's table of the world's events)")
        List<WorldEvent> events,
        @Param(doc = "Dated shocks and policies; a file's shocks are added after those of the scenario it extends.")
        List<ScheduledShock> shocks) implements java.io.Serializable {

    /**
     * Copies the lists (null events or shocks mean none; an event with no shocks is left out; a history that starts
     * at {@code start} means none) and checks every field, and the rules across them, at once.
     *
     * @throws InvalidScenarioException listing every problem, each with its path
     */
    public Scenario {
        // NumberLists.copy keeps null entries (List.copyOf would throw) so that validation reports them with their path
        destinations = NumberLists.copy(destinations);
        // an event with no shocks is left out (a file's "NAME": []): absent and empty are one world
        events = events == null ? List.of() : NumberLists.copy(events.stream()
                .filter(e -> e == null || !e.shocks().isEmpty()).toList());
        shocks = shocks == null ? List.of() : NumberLists.copy(shocks);
        // a history that starts with the reported months has no months: none
        historyStart = historyStart != null && historyStart.equals(start) ? null : historyStart;
        Problems p = new Problems();
        if (name != null && name.isBlank()) {
            p.add(FieldPath.of("name"), "is required");
        }
        Fields.validate(Scenario.class, new Object[] {name, description, start, months, warmUpMonths, historyStart,
            population, economy, behaviour, macro, destinations, events, shocks}, p, FieldPath.ROOT);
        validateDestinations(p, destinations);
        validateHistory(p, historyStart, start, months);
        validateShocks(p, shocks, historyStart == null ? start : historyStart, start, months);
        validateEvents(p, events);
        InvalidScenarioException.throwIfAny("scenario '" + name + "'", p);
    }

    private static void validateDestinations(Problems p, List<DestinationSpec> destinations) {
        if (destinations == null) {
            return;
        }
        if (destinations.size() != Destination.COUNT) {
            p.add(FieldPath.of("destinations"), "needs one entry per destination (" + Destination.COUNT + "), had "
                    + destinations.size());
            return;
        }
        for (Destination d : Destination.values()) {
            DestinationSpec s = destinations.get(d.ordinal());
            FieldPath path = FieldPath.of("destinations").key(d.label());
            if (!p.present(path, s)) {
                continue;
            }
            if (s.destination() != null && s.destination() != d) {
                p.add(path.field("destination"), "must be " + d.label() + " at position " + d.ordinal() + ", was "
                        + s.destination());
            }
            Fields.validate(s, p, path);
        }
    }

    private static void validateHistory(Problems p, YearMonth historyStart, YearMonth start, int months) {
        if (historyStart == null || start == null) {
            return;
        }
        if (historyStart.isAfter(start)) {
            p.add(FieldPath.of("historyStart"), "must be on or before start (" + start + "), was " + historyStart);
        } else if (monthsBetween(historyStart, start) + months > MAX_SIMULATED_MONTHS) {
            p.add(FieldPath.of("historyStart"), "the history and the reported months may hold at most "
                    + MAX_SIMULATED_MONTHS + " months together, had " + (monthsBetween(historyStart, start) + months));
        }
    }

    /** Shocks may be in force from the first simulated month ({@code from}: the history's, else the start). */
    private static void validateShocks(Problems p, List<ScheduledShock> shocks, YearMonth from, YearMonth start,
                                       int months) {
        FieldPath at = FieldPath.of("shocks");
        for (int i = 0; i < shocks.size(); i++) {
            ScheduledShock s = shocks.get(i);
            if (p.present(at.item(i), s)) {
                s.validate(p, at.item(i));
            }
        }
        if (from != null && start != null && months >= 1) {
            ShockCalendar.checkAll(shocks, at, from, start.plusMonths(months - 1L), p);
        }
    }

    /**
     * Each event is present, named once, and its shocks are valid; no two shocks of the events that set the same value
     * are in force in the same month (whenever that is: the world's events are not limited to a run's months).
     */
    private static void validateEvents(Problems p, List<WorldEvent> events) {
        FieldPath at = FieldPath.of("events");
        java.util.Set<String> names = new java.util.HashSet<>();
        List<ScheduledShock> all = new ArrayList<>();
        List<FieldPath> paths = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            WorldEvent e = events.get(i);
            if (!p.present(at.item(i), e)) {
                continue;
            }
            if (e.name().isBlank() || !names.add(e.name())) {
                p.add(at.item(i).field("name"), e.name().isBlank() ? "is required" : "names a second event \""
                        + e.name() + "\"; each event needs its own name");
                continue;
            }
            for (int j = 0; j < e.shocks().size(); j++) {
                ScheduledShock s = e.shocks().get(j);
                FieldPath path = at.key(e.name()).item(j);
                if (p.present(path, s)) {
                    validateEventShock(p, s, path, all, paths);
                    all.add(s);
                    paths.add(path);
                }
            }
        }
    }

    /**
     * A shock of an event: valid as a scenario's is, with an end if it closes a border, and not in force with a
     * conflicting shock of an earlier event ({@code earlier}, at {@code earlierPaths}) in any month.
     */
    private static void validateEventShock(Problems p, ScheduledShock s, FieldPath path, List<ScheduledShock> earlier,
                                           List<FieldPath> earlierPaths) {
        s.validate(p, path);
        if (s.shock() instanceof BorderClosure && s.months() >= ScheduledShock.UNTIL_END) {
            p.add(new Problem(path.field("months"), "a border closure of the world needs an end: closed for good, it "
                    + "would strand everyone there for ever, the warm-up included", "add \"months\" or \"end\"; for a "
                    + "destination closed to newcomers for good, an entryRouteChange to route CLOSED", null));
        }
        ShockCalendar.check(s, path, earlier, earlierPaths, YearMonth.of(1, 1), YearMonth.of(9999, 12), p);
    }

    /** The shocks of the world's events, in the order they apply ({@link #events()}). */
    public List<ScheduledShock> eventShocks() {
        return events.stream().flatMap(e -> e.shocks().stream()).toList();
    }

    /**
     * The world's events as they act beside {@code shocks} (the scenario's, and any added to a running model): each
     * event's shocks cut around the months of a shock of {@code shocks} that sets what it sets ({@link
     * ShockCalendar#supersede}), so that the scenario's shock takes its place there rather than composing with it.
     */
    public List<WorldEvent> eventsBeside(List<ScheduledShock> shocks) {
        return events.stream().map(e -> {
            List<ScheduledShock> cut = e.shocks();
            for (ScheduledShock s : shocks) {
                cut = ShockCalendar.supersede(cut, s, YearMonth.of(1, 1), YearMonth.of(9999, 12));
            }
            return new WorldEvent(e.name(), cut);
        }).toList();
    }

    /** The shocks of {@link #eventsBeside}, in the order they apply. */
    public List<ScheduledShock> eventShocksBeside(List<ScheduledShock> shocks) {
        return eventsBeside(shocks).stream().flatMap(e -> e.shocks().stream()).toList();
    }

    /**
     * Every value of this scenario that is legal but probably not what was meant, each with its path, message and
     * hint: numbers outside their plausible range, dated series that start after the run does, shocks that change
     * nothing. Warnings do not stop a run; {@code muhojir validate} and {@code run} print them and the report lists
     * them.
     */
    public List<Problem> warnings() {
        Problems w = new Problems();
        Plausibility.check(population, w, FieldPath.of("population"), firstSimulatedMonth());
        Plausibility.check(economy, w, FieldPath.of("economy"), firstSimulatedMonth());
        Plausibility.check(behaviour, w, FieldPath.of("behaviour"), firstSimulatedMonth());
        Plausibility.check(macro, w, FieldPath.of("macro"), firstSimulatedMonth());
        for (Destination d : Destination.values()) {
            Plausibility.check(destination(d), w, FieldPath.of("destinations").key(d.label()),
                    firstSimulatedMonth());
        }
        for (WorldEvent e : events) {
            for (int i = 0; i < e.shocks().size(); i++) {
                e.shocks().get(i).shock().warn(w, FieldPath.of("events").key(e.name()).item(i));
            }
        }
        for (int i = 0; i < shocks.size(); i++) {
            shocks.get(i).shock().warn(w, FieldPath.of("shocks").item(i));
            warnIfOnlyInHistory(w, shocks.get(i), FieldPath.of("shocks").item(i));
            warnIfNobodyCanEnter(w, shocks.get(i), FieldPath.of("shocks").item(i));
        }
        return w.list();
    }

    /**
     * A change of entry route to a quota or a lottery keeps the destination's own places and win rate: where those
     * are 0 in its first month (Kazakhstan's, the UK's lottery ...), nobody can enter, as if the border were closed.
     */
    private void warnIfNobodyCanEnter(Problems w, ScheduledShock s, FieldPath at) {
        if (!(s.shock() instanceof EntryRouteChange change)
                || change.route() != EntryRoute.QUOTA && change.route() != EntryRoute.LOTTERY) {
            return;
        }
        Conditions c = new Conditions();
        new Timeline(this).resolve(s.start(), c);
        int d = change.destination().ordinal();
        String where = change.destination().label();
        if (change.route() == EntryRoute.QUOTA && c.annualQuota[d] == 0) {
            w.add(new Problem(at.field("route"), "a QUOTA route with no places: " + where + " has an annualQuota of 0 "
                    + "in " + s.start() + ", so nobody can enter, as if its border were closed", "use a quotaChange "
                    + "instead, which sets the route and its places (\"annualQuota\")", null));
        } else if (change.route() == EntryRoute.LOTTERY && c.lotteryWinRate[d] == 0) {
            w.add(new Problem(at.field("route"), "a LOTTERY route nobody wins: " + where + "'s lotteryWinRate is 0 in "
                    + s.start() + ", so nobody can enter, as if its border were closed", "set destinations." + where
                    + ".entry.lotteryWinRate in the file", null));
        }
    }

    /**
     * A shock that ends before the first reported month changes only the history that leads to it: legal (a backcast
     * of an earlier policy's lasting effects), but no month of the report shows the shock itself.
     */
    private void warnIfOnlyInHistory(Problems w, ScheduledShock s, FieldPath at) {
        if (s.last().isBefore(start)) {
            w.add(new Problem(at.field("start"), "in force from " + s.start() + " to " + s.last() + ", before the "
                    + "first reported month " + start + ": it changes only the history that leads there",
                    "start it at " + start + " or later to see it in the report, or keep it to study its lasting "
                    + "effects", null));
        }
    }

    /** The specification of one destination. */
    public DestinationSpec destination(Destination d) {
        return destinations.get(d.ordinal());
    }

    /** Most months a run may simulate after its warm-up: the history and the reported months together. */
    public static final int MAX_SIMULATED_MONTHS = 1200;

    /** Months of the history: from {@link #historyStart()} to the month before {@link #start()} (0 if none). */
    public int historyMonths() {
        return historyStart == null ? 0 : (int) monthsBetween(historyStart, start);
    }

    /** Months simulated before the first reported one: the warm-up and the history. */
    public int monthsBeforeStart() {
        return warmUpMonths() + historyMonths();
    }

    /** The first simulated month after the warm-up: {@link #historyStart()} if there is a history, else the start. */
    public YearMonth firstSimulatedMonth() {
        return historyStart == null ? start : historyStart;
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return from.until(to, java.time.temporal.ChronoUnit.MONTHS);
    }

    /** The last simulated month. */
    public YearMonth end() {
        return start.plusMonths(months - 1L);
    }

    /**
     * The first calendar year reported in full (all twelve months from {@link #start()} on): the start's year if it
     * starts in January, else the next. Greater than {@link #lastWholeYear()} when no year is whole.
     */
    public int firstWholeYear() {
        return start.getMonthValue() == 1 ? start.getYear() : start.getYear() + 1;
    }

    /**
     * The last calendar year reported in full (up to {@link #end()}): the end's year if it ends in December, else the
     * one before.
     */
    public int lastWholeYear() {
        YearMonth end = end();
        return end.getMonthValue() == 12 ? end.getYear() : end.getYear() - 1;
    }

    /** This scenario with another name and description. */
    public Scenario named(String newName, String newDescription) {
        return new Scenario(newName, newDescription, start, months, warmUpMonths, historyStart, population, economy,
                behaviour, macro, destinations, events, shocks);
    }

    /**
     * This scenario over another period. Shocks that are never in force in the new period (its history included)
     * are left out: they could have no effect, and a scenario may not hold a shock that is never in force. The
     * history is kept if it still starts on or before the new start, else dropped.
     */
    public Scenario withPeriod(YearMonth newStart, int newMonths) {
        YearMonth newEnd = newStart == null ? null : newStart.plusMonths(newMonths - 1L);
        YearMonth history = historyStart != null && newStart != null && !historyStart.isAfter(newStart)
                ? historyStart : null;
        YearMonth from = history == null ? newStart : history;
        List<ScheduledShock> kept = newEnd == null ? shocks : shocks.stream()
                .filter(s -> s.inForceWithin(from, newEnd)).toList();
        return new Scenario(name, description, newStart, newMonths, warmUpMonths, history, population, economy,
                behaviour, macro, destinations, events, kept);
    }

    /**
     * This scenario with a history from {@code newHistoryStart} (null: none), see {@link #historyStart()}; its
     * shocks are kept, as every one is in force from the history's start on.
     */
    public Scenario withHistoryStart(YearMonth newHistoryStart) {
        return new Scenario(name, description, start, months, warmUpMonths, newHistoryStart, population, economy,
                behaviour, macro, destinations, events, shocks);
    }

    /** This scenario with another burn-in before its first reported month ({@link #warmUpMonths()}, 0 to 600). */
    public Scenario withWarmUpMonths(int newWarmUpMonths) {
        return new Scenario(name, description, start, months, newWarmUpMonths, historyStart, population, economy,
                behaviour, macro, destinations, events, shocks);
    }

    /**
     * This scenario simulating another share of households (more than 0, at most 1; each household weighted up to
     * national totals).
     */
    public Scenario withSampleFraction(double fraction) {
        return new Scenario(name, description, start, months, warmUpMonths, historyStart,
                population.withSampleFraction(fraction), economy, behaviour, macro, destinations, events, shocks);
    }

    /** This scenario with other behavioural parameters. */
    public Scenario withBehaviour(Behaviour newBehaviour) {
        return new Scenario(name, description, start, months, warmUpMonths, historyStart, population, economy,
                newBehaviour, macro, destinations, events, shocks);
    }

    /** This scenario with one destination's specification replaced. */
    public Scenario withDestination(DestinationSpec spec) {
        java.util.Objects.requireNonNull(spec, "spec (the destination's specification) is null; start from "
                + "destination(d) and change what you need");
        List<DestinationSpec> list = new ArrayList<>(destinations);
        list.set(spec.destination().ordinal(), spec);
        return new Scenario(name, description, start, months, warmUpMonths, historyStart, population, economy,
                behaviour, macro, list, events, shocks);
    }

    /** This scenario with {@code more} shocks appended after its own. */
    public Scenario plusShocks(List<ScheduledShock> more) {
        java.util.Objects.requireNonNull(more, "more (the shocks to add) is null; pass List.of() for none");
        List<ScheduledShock> all = new ArrayList<>(shocks);
        all.addAll(more);
        return new Scenario(name, description, start, months, warmUpMonths, historyStart, population, economy,
                behaviour, macro, destinations, events, all);
    }

    /**
     * This scenario with the world's events replaced ({@link #events()}).
     *
     * @throws NullPointerException if {@code newEvents} is null (for a world without its dated events, which is
     *                              another world, pass {@code List.of()}; to leave out one event, give it no shocks)
     */
    public Scenario withEvents(List<WorldEvent> newEvents) {
        java.util.Objects.requireNonNull(newEvents, "newEvents is null; pass List.of() for a world without its "
                + "dated events, or the events with one given no shocks to leave it out");
        return new Scenario(name, description, start, months, warmUpMonths, historyStart, population, economy,
                behaviour, macro, destinations, newEvents, shocks);
    }

    /** This scenario with its shocks replaced; null, like {@code List.of()}, means none. */
    public Scenario withShocks(List<ScheduledShock> newShocks) {
        return new Scenario(name, description, start, months, warmUpMonths, historyStart, population, economy,
                behaviour, macro, destinations, events, newShocks);
    }
}
