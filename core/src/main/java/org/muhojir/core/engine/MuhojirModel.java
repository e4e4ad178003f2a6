package org.muhojir.core.engine;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.muhojir.core.behaviour.Rules;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.event.ModelObserver;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problems;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.policy.ShockCalendar;
import org.muhojir.core.policy.SkillsProgramme;
import org.muhojir.core.population.HouseholdView;
import org.muhojir.core.population.Households;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.population.PopulationGenerator;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.Timeline;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The Muhojir model as a MASON {@link SimState}: households in Tajikistan decide each month whether and where
 * their members go to work abroad, under the scenario's policies and shocks. One schedule step is one month: a
 * single {@link MonthlyStep} runs eight phases in this order (the ODD's process overview, {@link #PHASE_ORDER}):
 * policy and exchange rates, migrants abroad, remittances, household budgets, choices of members at home, quota
 * places, departures, accounting. The population is stepped as arrays by those phases, never as one
 * {@code Steppable} per household.
 *
 * <p>The model never knows it is watched: observers and GUIs only read it or receive events. Everything reachable
 * from it is serialisable, so MASON checkpoints work; observers are not saved and must be added again after a
 * checkpoint is read.
 */
public final class MuhojirModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Households per chunk: fixed, so chunking (and every sum) is the same for any thread count. */
    static final int CHUNK_SIZE = 1 << 15;

    /** The phases, in the order they run each month. */
    public static final List<String> PHASE_ORDER = new MonthlyStep().names();

    private Scenario scenario;
    private RunOptions options;
    private final KeyedRandom keyedRandom;
    private Timeline timeline;
    private final Conditions conditions = new Conditions();
    private final LocalEconomy economy;
    private final List<MonthlyOutcome> outcomes = new ArrayList<>();
    private final List<ScheduledShock> addedShocks = new ArrayList<>();
    /** The scenario's shocks as this run applies them: cut around the months of shocks that supersede them. */
    private final List<ScheduledShock> scenarioShocks;
    private final QuotaPlaces quotaPlaces = new QuotaPlaces();
    private final EntryTest entryTest;
    private Households households;
    private RegionalSignals signals;
    private ChunkTotals[] chunkTotals;
    private int month;
    private YearMonth calendarMonth;
    private transient List<ModelObserver> observers = new CopyOnWriteArrayList<>();
    private transient ChunkExecutor executor;
    /** What {@link #start()} asks after each month before the first reported one (null: go on, ask nobody). */
    private transient BooleanSupplier startProgress;

    /**
     * A model of {@code scenario} (validated when it was built) run with {@code options}. Nothing is built or
     * simulated until {@link #start()}, or the first {@link #stepMonth()}.
     *
     * @throws NullPointerException if {@code scenario} or {@code options} is null
     */
    public MuhojirModel(Scenario scenario, RunOptions options) {
        super(java.util.Objects.requireNonNull(options, "options is null; use RunOptions.seed(...)").seed());
        java.util.Objects.requireNonNull(scenario, "scenario is null; use Muhojir.defaultScenario() or load one");
        this.scenario = scenario;
        this.options = options;
        this.keyedRandom = new KeyedRandom(options.seed(), options.replication());
        this.timeline = new Timeline(scenario);
        this.scenarioShocks = new ArrayList<>(scenario.shocks());
        this.economy = new LocalEconomy(scenario.economy());
        this.entryTest = new EntryTest(scenario.population().russianLevelShare(),
                scenario.behaviour().russianExamFit());
    }

    /**
     * Builds the population, simulates what comes before the first reported month (the warm-up,
     * {@link Scenario#warmUpMonths()} months, then the history from {@link Scenario#historyStart()} if there is
     * one; see {@link #simulateBeforeStart}) and schedules the monthly step, so that the first step simulates the
     * first reported month. A GUI's Console calls it, so the visualizer shows the first reported month after its
     * warm-up and history. Called again, it starts the model afresh, as MASON's {@code SimState} contract has it (the
     * Console's Stop and Play): the population is built again and the months and outcomes so far are dropped; shocks
     * added with {@link #addShock} stay.
     */
    @Override
    public void start() {
        start(startProgress != null ? startProgress : () -> true);
    }

    /**
     * Has {@link #start()} ask {@code goOn} after each month it simulates before the first reported one, as
     * {@link #start(BooleanSupplier)} does, for a caller that does not call the model's start itself: MASON's
     * Console calls {@link #start()}, and the visualizer shows the start's progress so. Null asks nobody.
     */
    public void setStartProgress(BooleanSupplier goOn) {
        startProgress = goOn;
    }

    /**
     * As {@link #start()}, asking {@code goOn} after each month simulated before the first reported one (the warm-up
     * and the history: {@link Scenario#monthsBeforeStart()} months) whether to go on, so that a caller can show
     * progress and stop a long start between two months. If it says false, the start ends after that month and this
     * returns false: the model is then not started and must not be stepped ({@link #finish()} it).
     *
     * @return whether the model reached its first reported month
     */
    public boolean start(BooleanSupplier goOn) {
        super.start();
        int warmUp = scenario.warmUpMonths();
        households = new PopulationGenerator(scenario, keyedRandom).generate();
        backdateSpells(households, warmUp);
        int chunks = (households.size + CHUNK_SIZE - 1) / CHUNK_SIZE;
        chunkTotals = new ChunkTotals[chunks];
        for (int c = 0; c < chunks; c++) {
            chunkTotals[c] = ChunkTotals.of(this);
        }
        outcomes.clear();
        quotaPlaces.clear();
        setMonth(-warmUp);
        // perceived risk starts from the scenario's enforcement before any shock: news of a shock in force from the
        // first month reaches villages with the usual lag
        Conditions unshocked = new Conditions();
        Timeline.reset(unshocked, scenario, scenario.firstSimulatedMonth(), true);
        signals = new RegionalSignals(scenario.behaviour().riskLagMonths(), scenario.behaviour().riskAdjustment());
        signals.initialise(unshocked, scenario.population().initialIrregularShare());
        AccountingPhase.countAccounts(this);
        MemberAccounts census = new MemberAccounts();
        for (ChunkTotals t : chunkTotals) {
            census.add(t.accounts);
        }
        signals.updateNetwork(census.householdsWithMemberAt, census.householdsByRegion, census.abroadByRegion);
        MonthlyStep step = new MonthlyStep();
        if (!simulateBeforeStart(step, warmUp, goOn)) {
            return false;
        }
        setMonth(scenario.historyMonths());
        // what the first month will have in force
        resolveMonth(scenario.start());
        schedule.scheduleRepeating(Schedule.EPOCH, 0, step, 1.0);
        return true;
    }

    /**
     * Months {@code -warmUp} to the one before the first reported month, calendar months running up to the
     * scenario's start (so seasons are in step): first the warm-up (negative indices), each month with the inputs
     * of the first simulated month and no shock, then the history (indices 0 to {@link Scenario#historyMonths()}
     * - 1), each month with its dated inputs and the shocks in force ({@link #resolveMonth}). A policy starting in
     * the first reported month therefore leaves them unchanged, and a baseline and a policy share them draw for
     * draw; so do two windows of one history (scenarios that differ only in their start and months). Nothing is
     * recorded and no event reaches an observer. False if {@code goOn} said to stop after a month.
     */
    private boolean simulateBeforeStart(MonthlyStep step, int warmUp, BooleanSupplier goOn) {
        for (int k = -warmUp; k < scenario.historyMonths(); k++) {
            step.stepMonth(this, k);
            if (!goOn.getAsBoolean()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the model is started and not yet stepped, with no shock added: the state at its first reported month
     * ({@link ModelAtStart}).
     */
    boolean atFirstReportedMonth() {
        return households != null && outcomes.isEmpty() && addedShocks.isEmpty();
    }

    /**
     * Makes this model, at its first reported month, a run of {@code variant}, whose months before the start are
     * this model's scenario's ({@link PreStart}): its shocks, length, name and description from here on, its households
     * stepped on {@code threads} threads (the results do not depend on them).
     */
    void continueAs(Scenario variant, int threads) {
        options = options.withThreads(threads);
        scenario = variant;
        timeline = new Timeline(variant);
        scenarioShocks.clear();
        scenarioShocks.addAll(variant.shocks());
        resolveMonth(variant.start());
    }

    /** The month index that schedule time {@code time} simulates (time 0 is the first reported month). */
    int monthAt(double time) {
        return (int) Math.round(time) + scenario.historyMonths();
    }

    /** Moves the departure months of the initial migrants back by {@code months}: they left before the warm-up. */
    private static void backdateSpells(Households hh, int months) {
        for (int s = 0; s < hh.slotSince.length; s++) {
            if (hh.slotDestination[s] != Households.NONE) {
                hh.slotSince[s] -= (short) months;
            }
        }
    }

    /** Whether the month being simulated comes before the first reported one (warm-up or history). */
    boolean beforeStart() {
        return month < scenario.historyMonths();
    }

    /**
     * Whether the month being simulated is one of the {@code months} months before the first reported one, or a
     * reported one.
     */
    boolean withinMonthsOfStart(int months) {
        return month >= scenario.historyMonths() - months;
    }

    /** Whether the month being simulated belongs to the warm-up, whose inputs are held. */
    private boolean warmingUp() {
        return month < 0;
    }


    /**
     * Steps one month (starting the model first if needed) and returns the month's outcome.
     *
     * @throws IllegalStateException if every month is simulated, or if a start was stopped before the first reported
     *                               month ({@link #start(BooleanSupplier)} said false)
     */
    public MonthlyOutcome stepMonth() {
        if (households == null) {
            start();
        }
        if (outcomes.isEmpty() && month != scenario.historyMonths()) {
            throw new IllegalStateException("the model's start was stopped before its first reported month, so it "
                    + "cannot be stepped: finish() it, and start a new model");
        }
        if (isFinished()) {
            throw new IllegalStateException("the scenario's " + scenario.months() + " months are already simulated");
        }
        schedule.step(this);
        return outcomes.get(outcomes.size() - 1);
    }

    /**
     * What ran and its outcomes so far: the scenario with the shocks added while running, the rules, the seed and
     * replication, and every month simulated.
     */
    public RunResult result() {
        Scenario ran = shocks().equals(scenario.shocks()) ? scenario : scenario.withShocks(shocks());
        return new RunResult(ran, options.rules(), options.seed(), options.replication(), outcomes);
    }

    /** Steps every remaining month, releases worker threads, and returns all monthly outcomes. */
    public List<MonthlyOutcome> runToEnd() {
        try {
            while (!isFinished()) {
                stepMonth();
            }
        } finally {
            finish();
        }
        return outcomes();
    }

    /** Whether every month of the scenario has been simulated. */
    public boolean isFinished() {
        return households != null && outcomes.size() >= scenario.months();
    }

    @Override
    public void finish() {
        super.finish();
        if (executor != null) {
            executor.close();
            executor = null;
        }
    }

    /**
     * Adds a shock to the running model, in force from the next simulated month for {@code months} months (for
     * interactive use: levers and "shock now" buttons). See {@link #addShock(ScheduledShock)}.
     *
     * @return the shock as scheduled
     */
    public ScheduledShock addShock(Shock shock, int months) {
        ScheduledShock s = new ScheduledShock(nextMonth(), months, shock);
        addShock(s);
        return s;
    }

    /**
     * Adds a dated shock to the running model. Call it between steps (on the thread that steps the model, or
     * holding the GUI's schedule lock). It must start no earlier than {@link #nextMonth()}; it is applied after the
     * scenario's shocks and those added before it, in the order added; it is saved in checkpoints and kept by
     * {@link #start()}. A run with added shocks equals a fresh run of {@code scenario().plusShocks(addedShocks())}
     * (of {@code scenario().withShocks(shocks())} once a shock has superseded another, see {@link #overrideShock}).
     *
     * @throws IllegalArgumentException if the shock is missing or invalid, or starts before the next month
     */
    public void addShock(ScheduledShock s) {
        check(s, false);
        addedShocks.add(s);
    }

    /**
     * Adds a dated shock to the running model, as {@link #addShock(ScheduledShock)} does, that supersedes for its
     * months every shock it conflicts with ({@link Shock#conflictsWith}: one setting the same value at the same
     * place), the scenario's or one added before: each such shock is cut around {@code s}'s months and its parts
     * before and after stay in force ({@link ShockCalendar#supersede}). A lever that sets South Korea's quota thus
     * acts in a scenario that opens a quota there, and the scenario's quota holds again once the lever's months are
     * over. {@link #result()} records both, the scenario's shock as cut and {@code s}, so it replays exactly.
     *
     * @throws IllegalArgumentException if the shock is missing or invalid, or starts before the next month
     */
    public void overrideShock(ScheduledShock s) {
        check(s, true);
        List<ScheduledShock> cut = ShockCalendar.supersede(scenarioShocks, s, scenario.firstSimulatedMonth(),
                scenario.end());
        scenarioShocks.clear();
        scenarioShocks.addAll(cut);
        List<ScheduledShock> cutAdded = ShockCalendar.supersede(addedShocks, s, scenario.firstSimulatedMonth(),
                scenario.end());
        addedShocks.clear();
        addedShocks.addAll(cutAdded);
        addedShocks.add(s);
    }

    /** Refuses {@code s} unless valid, not in the past and, unless it supersedes them, free of conflicts. */
    private void check(ScheduledShock s, boolean supersedes) {
        Problems p = new Problems();
        FieldPath at = FieldPath.of("shock");
        if (p.present(at, s)) {
            s.validate(p, at);
            if (s.start() != null && s.start().isBefore(nextMonth())) {
                p.add(at.field("start"), "must be " + nextMonth() + " or later (the next simulated month), was "
                        + s.start());
            }
            List<ScheduledShock> earlier = supersedes ? List.of() : shocks();
            List<FieldPath> paths = new ArrayList<>();
            for (int i = 0; i < earlier.size(); i++) {
                paths.add(i < scenarioShocks.size() ? FieldPath.of("shocks").item(i)
                        : FieldPath.of("addedShocks").item(i - scenarioShocks.size()));
            }
            ShockCalendar.check(s, at, earlier, paths, scenario.start(), scenario.end(), p);
        }
        InvalidScenarioException.throwIfAny("added shock", p);
    }

    /**
     * Ends a shock added with {@link #addShock} so that it is no longer in force from the next month. A skills
     * programme cannot be ended early: its share is spread over the months it was given, so a shortened one would
     * train at another rate; add programmes with the months they should last.
     *
     * @throws IllegalArgumentException if the shock was not added to this model, or is a skills programme
     */
    public void endShock(ScheduledShock s) {
        int index = addedShocks.indexOf(s);
        if (index < 0) {
            throw new IllegalArgumentException("not a shock added to this model: " + s);
        }
        if (s.shock() instanceof SkillsProgramme) {
            throw new IllegalArgumentException("a skills programme cannot be ended early (its share is spread over "
                    + "its " + s.months() + " months); add it with the months it should last");
        }
        int months = s.monthInForce(nextMonth());
        if (months <= 0) {
            addedShocks.remove(index);
        } else {
            addedShocks.set(index, new ScheduledShock(s.start(), Math.min(months, s.months()), s.shock()));
        }
    }

    /**
     * The scenario's shocks as this run applies them (read-only): the scenario's own, less the months that a shock
     * added with {@link #overrideShock} took from them.
     */
    public List<ScheduledShock> scenarioShocks() {
        return java.util.Collections.unmodifiableList(scenarioShocks);
    }

    /**
     * Every shock of this run in the order applied: {@link #scenarioShocks()}, then {@link #addedShocks()}. A fresh
     * run of {@code scenario().withShocks(shocks())} equals this one.
     */
    public List<ScheduledShock> shocks() {
        List<ScheduledShock> all = new ArrayList<>(scenarioShocks);
        all.addAll(addedShocks);
        return all;
    }

    /** Shocks added while running, in the order added (read-only). */
    public List<ScheduledShock> addedShocks() {
        return java.util.Collections.unmodifiableList(addedShocks);
    }

    /** The month the next step will simulate: the scenario's start plus the months simulated so far. */
    public YearMonth nextMonth() {
        return scenario.start().plusMonths(outcomes.size());
    }

    /** Registers an observer of events (not saved in checkpoints). */
    public void addObserver(ModelObserver o) {
        observers().add(java.util.Objects.requireNonNull(o, "the observer is null"));
    }

    /** Stops sending events to {@code o}; nothing happens if it is not registered. */
    public void removeObserver(ModelObserver o) {
        observers().remove(o);
    }

    // ---- read access for observers, GUIs and tests ----

    /**
     * The scenario this model runs, with its own shocks: those added while running are in {@link #addedShocks()},
     * and {@link #result()} records both.
     */
    public Scenario scenario() {
        return scenario;
    }

    /** The run's options: seed, replication number, worker threads and behavioural rules. */
    public RunOptions options() {
        return options;
    }

    /** The population (null before {@link #start()}); read it between steps only. */
    public Households households() {
        return households;
    }

    /**
     * A snapshot of household {@code h} as it is now.
     *
     * @param h 0 to {@code households().size() - 1}
     * @throws IllegalStateException     before {@link #start()}: there is no population yet
     * @throws IndexOutOfBoundsException if there is no household {@code h}
     */
    public HouseholdView household(int h) {
        requireStarted();
        java.util.Objects.checkIndex(h, households.size);
        return HouseholdView.of(households, h, scenario.firstSimulatedMonth(), month);
    }

    private void requireStarted() {
        if (households == null) {
            throw new IllegalStateException("the model has no population yet: start() it (or step it) first");
        }
    }

    /** What is in force in the current (or last stepped) month; before {@link #start()}, not yet filled. */
    public Conditions conditions() {
        return conditions;
    }

    /**
     * Index of the current month: 0 is the first simulated month after the warm-up ({@link
     * Scenario#firstSimulatedMonth()}: the history's start, else the scenario's start); negative in the warm-up.
     * Between steps it is the month last stepped, except right after {@link #start()}, when it is the first reported
     * month, about to be stepped (whose inputs {@link #conditions()} then holds): so it is the same before and after
     * the first {@link #stepMonth()}; {@link #nextMonth()} is always the month the next step simulates.
     */
    public int monthIndex() {
        return month;
    }

    /** The calendar month of {@link #monthIndex()} (null before {@link #start()}). */
    public YearMonth currentMonth() {
        return calendarMonth;
    }

    /** The current month as an error message names it: in the warm-up, said so (its calendar months are notional). */
    String monthInMessages() {
        return calendarMonth + (month < 0 ? " (the warm-up)" : "");
    }

    /** Monthly outcomes so far (read-only). */
    public List<MonthlyOutcome> outcomes() {
        return java.util.Collections.unmodifiableList(outcomes);
    }

    /**
     * Perceived monthly deportation probability in a region for a destination (0..1).
     *
     * @param region      a {@link Region} ordinal
     * @param destination a {@link Destination} ordinal
     * @throws IllegalStateException     before {@link #start()}
     * @throws IndexOutOfBoundsException naming the argument that is not an ordinal
     */
    public double perceivedRisk(int region, int destination) {
        requireRegionAndDestination(region, destination);
        return signals.perceivedRisk[region][destination];
    }

    /**
     * Share of a region's households with a member at a destination (0..1).
     *
     * @param region      a {@link Region} ordinal
     * @param destination a {@link Destination} ordinal
     * @throws IllegalStateException     before {@link #start()}
     * @throws IndexOutOfBoundsException naming the argument that is not an ordinal
     */
    public double networkShare(int region, int destination) {
        requireRegionAndDestination(region, destination);
        return signals.network[region][destination];
    }

    private void requireRegionAndDestination(int region, int destination) {
        requireStarted();
        if (region < 0 || region >= Region.COUNT) {
            throw new IndexOutOfBoundsException("region " + region + " is not a Region ordinal (0 to "
                    + (Region.COUNT - 1) + ")");
        }
        if (destination < 0 || destination >= Destination.COUNT) {
            throw new IndexOutOfBoundsException("destination " + destination + " is not a Destination ordinal (0 to "
                    + (Destination.COUNT - 1) + ")");
        }
    }

    // ---- package-private plumbing for the phases ----

    KeyedRandom keyedRandom() {
        return keyedRandom;
    }

    Rules rules() {
        return options.rules();
    }

    /** Tajikistan's economy this month: local wages and the poverty lines at this month's prices (TJS). */
    public LocalEconomy economy() {
        return economy;
    }

    /**
     * Fills the conditions for month {@code ym} from every shock of the run, then what follows from them (pay's
     * season, the entry tests' chances, the price level at home, the crowding of labour markets); returns the shocks
     * in force, in the order applied. In the warm-up, the conditions are the scenario's values for its first simulated
     * month, with no shock and only the world's lasting events ({@link Timeline#reset(Conditions, Scenario, YearMonth,
     * boolean)}).
     */
    List<ScheduledShock> resolveMonth(YearMonth ym) {
        List<ScheduledShock> active;
        if (warmingUp()) {
            Timeline.reset(conditions, scenario, scenario.firstSimulatedMonth(), true);
            active = List.of();
        } else {
            active = timeline.resolve(ym, conditions, scenarioShocks, addedShocks);
        }
        applyPaySeason(ym.getMonthValue());
        entryTest.update(conditions);
        economy.setLevels(conditions.homePriceLevel, conditions.homeIncomeLevel);
        households.weight = scenario.population().weight(conditions.month, scenario.macro().priceBaseYear());
        applyCrowding();
        return active;
    }

    /**
     * Moves each destination's wages with the season of calendar month {@code month} (the month simulated, also in
     * the warm-up, whose other inputs are held): {@link DestinationSpec.Labour#payFactor}.
     */
    private void applyPaySeason(int month) {
        for (DestinationSpec spec : scenario.destinations()) {
            double factor = spec.labour().payFactor(month);
            double[] wage = conditions.wage[spec.destination().ordinal()];
            for (int k = 0; k < wage.length; k++) {
                wage[k] *= factor;
            }
        }
    }

    /**
     * Moves each destination's chance of work by its crowding ({@link DestinationSpec.Labour.Crowding}): the members
     * abroad there at the end of last month, scaled to the nation with this month's weight (also in the warm-up).
     */
    private void applyCrowding() {
        for (DestinationSpec spec : scenario.destinations()) {
            int d = spec.destination().ordinal();
            conditions.employmentRate[d] = spec.labour().crowding().employment(conditions.employmentRate[d],
                    signals.abroad[d] * households.weight);
        }
    }

    RegionalSignals signals() {
        return signals;
    }

    ChunkTotals[] chunkTotals() {
        return chunkTotals;
    }

    QuotaPlaces quotaPlaces() {
        return quotaPlaces;
    }

    EntryTest entryTest() {
        return entryTest;
    }

    void setMonth(int m) {
        month = m;
        calendarMonth = scenario.firstSimulatedMonth().plusMonths(m);
    }

    void addOutcome(MonthlyOutcome o) {
        outcomes.add(o);
    }

    boolean observed() {
        return !beforeStart() && !observers().isEmpty();
    }

    void forEachChunk(ChunkBody body) {
        if (executor == null) {
            executor = new ChunkExecutor(options.threads());
        }
        executor.forEach(chunkTotals.length, c -> {
            int from = c * CHUNK_SIZE;
            body.stepChunk(this, from, Math.min(households.size, from + CHUNK_SIZE), chunkTotals[c]);
        });
    }

    /** Delivers the events buffered by the chunks, phase by phase, each in chunk (so household) order. */
    void deliverEvents(int phases) {
        for (int p = 0; p < phases; p++) {
            for (ChunkTotals t : chunkTotals) {
                if (t.events != null) {
                    for (ModelEvent e : t.events[p]) {
                        publish(e);
                    }
                    t.events[p].clear();
                }
            }
        }
    }

    void publish(ModelEvent e) {
        if (beforeStart()) {
            return;
        }
        for (ModelObserver o : observers()) {
            o.onEvent(e);
        }
    }

    private List<ModelObserver> observers() {
        if (observers == null) {
            observers = new CopyOnWriteArrayList<>();
        }
        return observers;
    }
}
