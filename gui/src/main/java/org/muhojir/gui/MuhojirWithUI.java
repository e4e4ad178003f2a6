package org.muhojir.gui;

import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;
import org.muhojir.gui.chart.ChartSpec;
import org.muhojir.gui.chart.Charts;
import org.muhojir.gui.chart.MovingChart;
import org.muhojir.gui.household.HouseholdFrame;
import org.muhojir.gui.household.HouseholdPicker;
import org.muhojir.gui.household.HouseholdWatch;
import org.muhojir.gui.lever.LeverInspector;
import org.muhojir.gui.lever.LeverSession;
import org.muhojir.gui.lever.Levers;
import org.muhojir.gui.lever.ModelLeverTarget;
import org.muhojir.gui.lever.ShockButton;
import org.muhojir.gui.lever.ShockNowPanel;
import org.muhojir.gui.map.FlowStocks;
import org.muhojir.gui.map.FlowStyle;
import org.muhojir.gui.map.MapLayout;
import org.muhojir.gui.map.MapPortrayal;
import org.muhojir.gui.map.MapSnapshot;
import org.muhojir.gui.scenario.CatalogueScenarioSource;
import org.muhojir.gui.scenario.ScenarioSource;
import org.muhojir.scenarios.run.UserError;
import sim.display.Console;
import sim.display.Controller;
import sim.display.Display2D;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.portrayal.Inspector;

/**
 * The Muhojir visualizer: MASON's {@link Console} over a {@link MuhojirModel}, which runs exactly as it does
 * headless (the GUI only reads it between months and, through the levers, hands it dated shocks). Around it: a flow
 * map, four moving charts, a household drill-down window, policy levers and "shock now" buttons in the Console's
 * Model tab, a Scenario menu, and an About page for students.
 *
 * <p>Start it with {@link #main} (see docs/gui.md).
 */
public final class MuhojirWithUI extends GUIState {
    /**
     * Pause between two simulated months while playing, ms: at the default 1% sample a month takes about 0.2 s to
     * simulate and draw (MASON's own default, no pause, ran a decade in 25 s), so with the pause a year takes about
     * 8 s and a decade about a minute and a half: slow enough to read the map's month and watch a shock's first
     * months, quick enough to see a decade through. The Console's Delay slider changes it.
     */
    static final long PLAY_DELAY_MS = 500;
    private final ScenarioSource source;
    private final MapLayout layout = new MapLayout();
    private final HouseholdWatch watch = new HouseholdWatch();
    private final Levers levers = new Levers(this::conditionsInForce);
    private final List<MovingChart> charts = new ArrayList<>();
    private double sampleFraction;
    private LeverSession session;
    private FlowStyle style = FlowStyle.fittedTo(1e5);
    private HouseholdPicker picker;
    private MapPortrayal map;
    private Display2D display;
    private JFrame displayFrame;
    private HouseholdFrame householdFrame;
    private LeverInspector inspector;
    private ShockNowPanel shockNow;
    private int monthsShown;
    private SimulatedDate date;
    private java.awt.Rectangle householdBounds;

    /** The baseline at the default sample and seed (MASON's "New Simulation" menu needs this constructor). */
    public MuhojirWithUI() {
        this(LaunchOptions.defaults(), scenarioSource());
    }

    /**
     * The visualizer for {@code launch}'s scenario, found in {@code source}.
     *
     * @throws IllegalArgumentException if the scenario cannot be found or read
     */
    public MuhojirWithUI(LaunchOptions launch, ScenarioSource source) {
        super(MonthSchedule.install(new MuhojirModel(launch.scenarioFrom(source), launch.runOptions())));
        this.source = source;
        this.sampleFraction = model().scenario().population().sampleFraction();
        this.session = newSession(model());
    }

    /**
     * Where scenarios come from: the scenarios module's bundled catalogue by name and its strict JSON loader for
     * files (paths relative to the current directory), as the {@code muhojir} command finds them.
     */
    static ScenarioSource scenarioSource() {
        return CatalogueScenarioSource.standard();
    }

    /** Opens the Console: {@code [SCENARIO] [--sample F | --full] [--seed N] [--threads N]} (see --help). */
    public static void main(String[] args) {
        LaunchOptions launch;
        try {
            launch = LaunchOptions.parse(new PrintWriter(System.out, true), args);
        } catch (UserError e) {
            System.err.println("muhojir gui: " + e.getMessage());
            System.exit(2);
            return;
        }
        if (launch == null) { // the help or the version was printed
            return;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("muhojir gui: no display to open windows on (set DISPLAY, or on a server start a "
                    + "virtual one: Xvfb :99 & export DISPLAY=:99)");
            System.exit(2);
            return;
        }
        MuhojirWithUI ui;
        try {
            ui = new MuhojirWithUI(launch, scenarioSource());
        } catch (IllegalArgumentException e) { // every problem in a scenario file, or a --months it cannot run
            System.err.println("muhojir gui: " + e.getMessage());
            System.exit(2);
            return;
        }
        SwingUtilities.invokeLater(ui::createController);
    }

    /** The Console's title. */
    public static String getName() {
        return "Muhojir: labour migration from Tajikistan";
    }

    /** The Console's About page: the model in plain words, for students. */
    public static Object getInfo() {
        URL about = MuhojirWithUI.class.getResource("about.html");
        return about != null ? about : "<html><body>Muhojir: see docs/ODD.md</body></html>";
    }

    // ---- MASON life cycle ----

    /**
     * The Console, set for watching: a month every {@link #PLAY_DELAY_MS} ms and the seed kept when the run stops
     * (MASON would add one to it, so that a scenario opened next would silently run with another seed).
     */
    @Override
    public Controller createController() {
        Controller controller = super.createController();
        if (controller instanceof Console console) {
            console.setPlaySleep(PLAY_DELAY_MS);
            console.setIncrementSeedOnStop(false);
            date = SimulatedDate.addTo(console);
            showDate();
        }
        return controller;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        ScreenLayout at = ScreenLayout.of(ScreenLayout.usable(controller instanceof Console console
                ? console.getGraphicsConfiguration() : GraphicsEnvironment.getLocalGraphicsEnvironment()
                        .getDefaultScreenDevice().getDefaultConfiguration()), Charts.all().size());
        display = new Display2D(MapLayout.WIDTH, MapLayout.HEIGHT, this);
        display.setBackdrop(Color.WHITE);
        map = new MapPortrayal(layout, MapSnapshot.beforeStart(model().scenario().name()), style);
        display.attach(map, "Flows and poverty");
        displayFrame = display.createFrame();
        displayFrame.setTitle(mapTitle());
        controller.registerFrame(displayFrame);
        displayFrame.setBounds(at.map());
        MapFit.keep(display);
        displayFrame.setVisible(true);
        List<ChartSpec> specs = Charts.all();
        java.util.Map<java.awt.Window, java.awt.Rectangle> places = new java.util.LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            MovingChart chart = new MovingChart(specs.get(i));
            charts.add(chart);
            JFrame f = chart.createFrame();
            controller.registerFrame(f);
            f.setBounds(at.charts().get(i));
            f.setVisible(true);
            places.put(f, at.charts().get(i));
        }
        householdFrame = new HouseholdFrame(new HouseholdFrame.Picker() {
            @Override
            public void random(Region region) {
                followRandom(region);
            }

            @Override
            public void index(int index) {
                follow(index);
            }
        });
        controller.registerFrame(householdFrame);
        householdBounds = at.household();
        householdFrame.setBounds(householdBounds);
        places.put(householdFrame, householdBounds);
        if (controller instanceof Console console) {
            console.setBounds(at.console());
            places.put(console, at.console());
            console.getJMenuBar().add(ScenarioMenu.build(source, new ScenarioMenu.Restarter() {
                @Override
                public void restart(Scenario scenario, double fraction) {
                    MuhojirWithUI.this.restart(scenario, fraction);
                }

                @Override
                public double sampleFraction() {
                    return sampleFraction;
                }
            }, model().scenario().population().nationalHouseholds()));
        }
        WindowPlacement.keep(places);
    }

    /**
     * Starts a run on a fresh model of the scenario, at the Console's seed: a run after Stop is the scenario's with
     * the levers as they are set, not the run just stopped with the shocks fired in it, which its model keeps. The
     * months before its first reported one are simulated with their progress on screen ({@link StartProgress}).
     */
    @Override
    public void start() {
        MuhojirModel m = model();
        RunOptions o = m.options();
        MuhojirModel fresh = MonthSchedule.install(new MuhojirModel(m.scenario(), new RunOptions(state.seed(),
                o.replication(), o.threads(), o.rules())));
        state = fresh;
        if (shockNow != null) {
            shockNow.clearLog(); // the shocks it lists were fired in the run just stopped
        }
        StartProgress.run(controller instanceof Console console ? console : null, fresh, super::start);
        beginRun();
    }

    @Override
    public void load(SimState checkpoint) {
        super.load(checkpoint);
        beginRun();
    }

    @Override
    public boolean validSimState(SimState s) {
        return s instanceof MuhojirModel;
    }

    @Override
    public void quit() {
        super.quit();
        for (JFrame f : List.of(displayFrame, householdFrame)) {
            if (f != null) {
                f.dispose();
            }
        }
        if (display != null) {
            display.quit();
        }
    }

    @Override
    public Object getSimulationInspectedObject() {
        return levers;
    }

    @Override
    public Inspector getInspector() {
        if (inspector == null) {
            shockNow = new ShockNowPanel(this::fire, this::resetLevers);
            inspector = new LeverInspector(levers, shockNow, this);
        }
        return inspector;
    }

    /** Puts the levers back to the scenario's values and shows them so at once, even while paused or stopped. */
    private void resetLevers() {
        levers.reset();
        if (inspector != null) {
            SwingUtilities.invokeLater(() -> {
                inspector.clearEntryProblem();
                inspector.updateInspector();
            });
        }
    }

    // ---- one run ----

    /** Wires the views to the model that has just started (or been read from a checkpoint). */
    private void beginRun() {
        MuhojirModel m = model();
        session = newSession(m);
        style = FlowStyle.fittedTo(FlowStocks.of(m.households()).largestFlow());
        picker = new HouseholdPicker(m.options().seed());
        monthsShown = m.outcomes().size();
        watch.follow(watch.index() < m.households().size ? watch.index() : -1);
        if (householdFrame != null && watch.index() >= 0) { // the same household in the new run, from its start
            householdFrame.setNote("Household " + watch.index() + ", followed from " + m.currentMonth() + ".");
        }
        if (map != null) {
            map.show(MapSnapshot.of(m, List.of()), style);
        }
        for (MovingChart c : charts) {
            c.reset(m.outcomes());
        }
        showHousehold();
        scheduleRepeatingImmediatelyBefore(s -> beforeMonth());
        scheduleRepeatingImmediatelyAfter(s -> afterMonth());
        if (display != null) {
            display.reset(); // after our own step, so the display draws the month just simulated
            display.repaint();
        }
        showDate();
    }

    private void beforeMonth() {
        if (!model().isFinished()) {
            session.beforeMonth();
        }
    }

    private void afterMonth() {
        MuhojirModel m = model();
        List<MonthlyOutcome> outcomes = m.outcomes();
        if (outcomes.size() == monthsShown) {
            return;
        }
        monthsShown = outcomes.size();
        MonthlyOutcome last = outcomes.get(outcomes.size() - 1);
        if (map != null) {
            map.show(MapSnapshot.of(m, session.inForce(last.month())), style);
        }
        for (MovingChart c : charts) {
            c.add(last);
        }
        watch.record(m);
        showHousehold();
        showDate();
        if (m.isFinished()) {
            m.kill(); // the scenario's months are done: the Console stops
        }
    }

    private List<ScheduledShock> fire(ShockButton button, int months, Destination destination, Region region) {
        synchronized (state.schedule) {
            if (model().households() == null) {
                throw new IllegalStateException("start the run first (press play, or pause to start paused)");
            }
            if (model().isFinished()) {
                throw new IllegalStateException("the run is over; restart it to try a shock");
            }
            return session.fire(button, months, destination, region);
        }
    }

    /** Follows a household drawn at random in {@code region} (anywhere if null), as the Household window does. */
    void followRandom(Region region) {
        synchronized (state.schedule) {
            if (model().households() == null) {
                householdFrame.setNote("Start the run first (press play, or pause to start paused).");
                return;
            }
            int h = picker.pick(model().households(), region);
            if (h < 0) {
                householdFrame.setNote("No household lives in " + region.label() + " in this sample.");
                return;
            }
            followNow(h);
        }
    }

    private void follow(int h) {
        synchronized (state.schedule) {
            if (model().households() == null) {
                householdFrame.setNote("Start the run first (press play, or pause to start paused).");
            } else if (h < 0 || h >= model().households().size) {
                householdFrame.setNote("Households are numbered 0 to " + (model().households().size - 1) + ".");
            } else {
                followNow(h);
            }
        }
    }

    private void followNow(int h) {
        watch.follow(h);
        watch.record(model());
        householdFrame.setNote("Household " + h + ", followed from " + model().currentMonth() + ".");
        showHousehold();
        SwingUtilities.invokeLater(() -> {
            if (!householdFrame.isVisible() && householdBounds != null) {
                householdFrame.setBounds(householdBounds); // beside the map, where the layout keeps room for it
            }
            householdFrame.setVisible(true);
        });
    }

    /** The map window's title, naming the scenario run: it holds while the run plays, pauses and stops. */
    private String mapTitle() {
        return "Map: migrants abroad and poverty, " + model().scenario().name();
    }

    private void showHousehold() {
        if (householdFrame != null && watch.index() >= 0) {
            showWatchedHistory();
        }
    }

    /** Shows the followed household's months (none if nobody is followed) in the household window. */
    private void showWatchedHistory() {
        householdFrame.show(watch.history(), watch.index() >= 0);
    }

    /**
     * Stops the run and replaces the model: another scenario (null keeps it) or sample; the user presses play. The
     * new run starts from its scenario as written: the levers are put back, the "shock now" log and the household
     * window cleared (what they held belonged to the run just stopped).
     */
    void restart(Scenario scenario, double fraction) {
        if (controller instanceof Console console) {
            console.pressStop();
        }
        synchronized (state.schedule) {
            MuhojirModel old = model();
            Scenario next = scenario != null ? scenario : old.scenario();
            state = newModel(next, fraction, old.options());
            sampleFraction = fraction;
            levers.reset();
            session = newSession(model());
            watch.follow(-1);
            monthsShown = 0;
        }
        if (shockNow != null) {
            shockNow.clearLog();
        }
        if (inspector != null) {
            SwingUtilities.invokeLater(inspector::clearEntryProblem);
        }
        if (householdFrame != null) {
            showWatchedHistory();
            householdFrame.setNote("A new run: pick a household to follow."); // short: the window may be narrow
        }
        map.show(MapSnapshot.beforeStart(model().scenario().name()), style);
        for (MovingChart c : charts) {
            c.reset(List.of());
        }
        displayFrame.setTitle(mapTitle());
        display.repaint();
        showDate(); // and MASON's counter, which is not told that the run was replaced
        if (inspector != null) { // the levers show the new scenario's values before play
            SwingUtilities.invokeLater(inspector::updateInspector);
        }
    }

    /**
     * Shows the month simulated last (or the first to come) in the Console's date line and counter; after a month,
     * call it on the model's thread, before MASON's play thread lets Swing catch up.
     */
    private void showDate() {
        if (date != null) {
            date.show(RunPosition.of(model()));
        }
    }

    /** The Console's simulated date (for tests). */
    SimulatedDate date() {
        return date;
    }

    // ---- helpers ----

    /** The model being shown. */
    public MuhojirModel model() {
        return (MuhojirModel) state;
    }

    /** The lever session of the current run (for tests). */
    LeverSession session() {
        return session;
    }

    /** The levers (for tests). */
    Levers levers() {
        return levers;
    }

    /** The map's display (for tests and screenshots). */
    Display2D mapDisplay() {
        return display;
    }

    /** The map's portrayal (for tests). */
    MapPortrayal mapPortrayal() {
        return map;
    }

    /** The map's window (for tests). */
    JFrame mapFrame() {
        return displayFrame;
    }

    /** The household window (for tests and screenshots). */
    HouseholdFrame householdFrame() {
        return householdFrame;
    }

    /** The household followed (for tests). */
    HouseholdWatch watch() {
        return watch;
    }

    /** The moving charts, in {@link Charts#all()} order (for tests and screenshots). */
    List<MovingChart> charts() {
        return List.copyOf(charts);
    }

    /**
     * What a lever that follows the scenario shows: what the scenario and the fired shocks have in force in the month
     * simulated last (its first month before the run), before the levers, so that a lever put back shows the
     * scenario's value at once, not the value it had set.
     */
    private Conditions conditionsInForce() {
        MuhojirModel m = model();
        if (session == null) {
            return m.conditions();
        }
        List<MonthlyOutcome> months = m.outcomes();
        return session.withoutLevers(months.isEmpty() ? m.scenario().start() : months.get(months.size() - 1).month());
    }

    private LeverSession newSession(MuhojirModel m) {
        return new LeverSession(m.scenario(), new ModelLeverTarget(m), levers);
    }

    private static MuhojirModel newModel(Scenario scenario, double sampleFraction, RunOptions options) {
        return MonthSchedule.install(new MuhojirModel(scenario.withSampleFraction(sampleFraction), options));
    }
}
