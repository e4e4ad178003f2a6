package org.muhojir.scenarios.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.muhojir.core.calibration.ParameterDraws;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.replication.Replications;
import org.muhojir.core.replication.ScenarioVariation;
import org.muhojir.core.replication.StartStore;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.Numbers;
import org.muhojir.scenarios.output.Outputs;
import org.muhojir.scenarios.output.RunInfo;
import org.muhojir.scenarios.output.ScenarioRuns;

/**
 * Scenarios in, results and files out: what {@code run}, {@code compare} and {@code backcast} do. Loads every
 * scenario (reporting every file's problems together), resolves them with the {@link RunSettings}, claims the
 * output folder, runs the replications in core's pool ({@link Replications}) with a progress bar, and writes
 * the outputs. Every check that can fail on the user's input happens before the first month is simulated; the
 * outputs are written to a staging folder and moved into place only when complete; Ctrl-C stops between two
 * months and leaves nothing behind.
 */
public final class RunService {
    /**
     * Exit code after Ctrl-C (128 + SIGINT's number, as shells report it). After a signal the JVM, which exits for
     * it, sets the code itself: 130 after Ctrl-C, 143 after SIGTERM ({@code Main.exit} leaves it so).
     */
    public static final int STOPPED = 130;

    private final RunSettings settings;
    private final RunMessages messages;
    private final List<String> commandLine;
    private final String version;
    private ScenarioLoader loader = ScenarioLoader.standard();
    private Reshape reshape = Reshape.NONE;
    private BooleanSupplier stopWhen = () -> false;
    private ParameterDraws parameterDraws;
    private String parameterDrawsSource;
    private FolderStartStore starts;
    private Integer headlineYear;
    private Simulator simulator = (scenarios, options, replications, parallel, progress, stop, variation) ->
            new Replications(options, replications, parallel, progress, stop).withVariation(variation)
                    .withStartStore(starts != null ? starts : StartStore.NONE).run(scenarios);

    /**
     * How a batch's replications are simulated: in core's pool ({@link Replications}, the default), or elsewhere
     * (the cluster module runs them on Apache Spark). Same arguments and results as core's pool.
     */
    @FunctionalInterface
    public interface Simulator {
        /**
         * Replications 0 to n-1 of every scenario, replication k of scenario s running
         * {@code variation.forReplication(s, k)}; per scenario, its runs in replication order.
         */
        List<List<RunResult>> replicate(List<Scenario> scenarios, org.muhojir.core.engine.RunOptions options,
                                        int replications, int parallel, MonthProgress progress, BooleanSupplier stop,
                                        ScenarioVariation variation) throws StoppedException;
    }

    /** How a command changes each scenario it loads before running it (for example into its history). */
    @FunctionalInterface
    public interface Reshape {
        /** Each scenario as it is. */
        Reshape NONE = s -> s;

        /**
         * The scenario to run in place of {@code s}.
         *
         * @throws UserError if {@code s} cannot be run so
         */
        Scenario apply(Scenario s) throws UserError;
    }

    /** Files a command writes besides those of {@code run} (for example a backcast's series). */
    @FunctionalInterface
    public interface ExtraFiles {
        /** Nothing more. */
        ExtraFiles NONE = (folder, runs) -> { };

        /** Writes into {@code folder} (the staging folder) from the scenarios' results. */
        void write(Path folder, List<ScenarioRuns> runs) throws IOException;
    }

    /**
     * @param settings    how to run and where to write
     * @param out         where the report's path is printed
     * @param err         where messages go
     * @param commandLine the command line as given, for the manifest
     * @param version     the program's version, for the manifest
     */
    public RunService(RunSettings settings, PrintWriter out, PrintWriter err, List<String> commandLine,
                      String version) {
        this.settings = settings;
        this.messages = new RunMessages(out, err, settings);
        this.commandLine = List.copyOf(commandLine);
        this.version = version;
    }

    /** This service reading scenarios with {@code l} (for example the bundled episodes') instead of the standard. */
    public RunService loadingWith(ScenarioLoader l) {
        this.loader = l;
        return this;
    }

    /**
     * This service running each loaded scenario as {@code r} makes it, before {@code --sample} and {@code --months}
     * apply (for example the history of a scenario, {@code muhojir history}).
     */
    public RunService reshaping(Reshape r) {
        this.reshape = r;
        return this;
    }

    /**
     * This service also stopping (between two months, writing nothing) once {@code stop} says true, as on Ctrl-C:
     * for a program that embeds the service and has a stop button of its own.
     */
    public RunService stoppingWhen(BooleanSupplier stop) {
        this.stopWhen = stop;
        return this;
    }

    /**
     * This service keeping each run's state at its first reported month in {@code store}, and continuing from the
     * states kept there (core's pool only): the same results, without the months before the start.
     */
    public RunService keepingStartsIn(FolderStartStore store) {
        this.starts = store;
        return this;
    }

    /**
     * This service headlining its reports with {@code year} (the headline tables, In brief's headline sentence and
     * {@code summary.json}'s {@code headlineYear}) instead of the last whole calendar year simulated; null for that
     * one. Checked before anything is simulated: every scenario must simulate the year in full.
     */
    public RunService headlinedBy(Integer year) {
        this.headlineYear = year;
        return this;
    }

    /** This service simulating with {@code s} instead of core's pool (same results, elsewhere). */
    public RunService simulatingWith(Simulator s) {
        this.simulator = s;
        return this;
    }

    /**
     * This service running each replication at its own draw of the calibrated parameters: the intervals of every
     * output then say what is not known about the parameters as well as the Monte Carlo noise
     * ({@link IntervalKind#PARAMETERS}), and the manifest names {@code source}.
     *
     * @param draws  the draws (made with this service's seed, so that a rerun gives the same bytes)
     * @param source where the uncertainty comes from (a file's name), for the manifest and the report
     */
    public RunService drawingParameters(ParameterDraws draws, String source) {
        this.parameterDraws = draws;
        this.parameterDrawsSource = source;
        return this;
    }

    /**
     * Loads, runs and writes.
     *
     * @param command the command's name, for the manifest; {@code compare} compares the first with the others
     * @param refs    the scenarios: bundled names or files
     * @param extra   files written besides the standard ones
     * @return the exit code: 0, or {@link #STOPPED} after Ctrl-C
     */
    public int execute(String command, List<String> refs, ExtraFiles extra)
            throws UserError, ScenarioFileException, IOException {
        settings.checked();
        List<LoadedScenario> loaded = load(loader, refs);
        List<Scenario> scenarios = new ArrayList<>();
        List<List<String>> warnings = new ArrayList<>();
        List<YearMonth> leftOut = new ArrayList<>();
        for (LoadedScenario l : loaded) {
            Scenario resolved = settings.resolve(new LoadedScenario(reshape.apply(l.scenario()), l.inputs(),
                    l.sampleFractionSet(), l.warnings()));
            messages.warnOfImplausible(l);
            List<String> all = new ArrayList<>(l.warningLines());
            all.addAll(messages.warnOfShocksAfter(l.scenario(), resolved.end()));
            warnings.add(all);
            leftOut.add(l.scenario().shocks().stream().map(ScheduledShock::start).filter(m -> m.isAfter(resolved.end()))
                    .min(YearMonth::compareTo).orElse(null));
            scenarios.add(resolved);
        }
        checkDraws(scenarios);
        checkHeadlineYear(scenarios);
        if (parameterDraws != null) {
            messages.warnOfFewDraws(parameterDrawsSource);
        }
        boolean compare = command.equals("compare");
        if (compare) {
            Comparability.check(scenarios);
        }
        Path target = OutputTarget.claim(settings.out(), folderName(scenarios, compare), settings.force());
        messages.announce(scenarios);
        Job job = new Job(command, scenarios, loaded, warnings, leftOut, target, compare, extra);
        try (CtrlC ctrlC = new CtrlC()) {
            return runAndWrite(job, ctrlC);
        }
    }

    /**
     * The headline year asked for is simulated in full by every scenario, before anything is claimed or simulated.
     *
     * @throws UserError naming the year, the scenario's months and the years that could be asked for
     */
    private void checkHeadlineYear(List<Scenario> scenarios) throws UserError {
        if (headlineYear == null) {
            return;
        }
        for (Scenario s : scenarios) {
            int firstWhole = s.firstWholeYear();
            int lastWhole = s.lastWholeYear();
            if (headlineYear < firstWhole || headlineYear > lastWhole) {
                String whole = firstWhole > lastWhole ? "it simulates no whole calendar year; leave the option out"
                        : "give " + (firstWhole == lastWhole ? Integer.toString(firstWhole)
                        : "a year from " + firstWhole + " to " + lastWhole) + ", or leave the option out for the last";
                throw new UserError("--headline-year " + headlineYear + " is not a year " + s.name()
                        + " simulates in full: it runs from " + s.start() + " to " + s.end() + "; " + whole);
            }
        }
    }

    /** Every replication's parameter draw can be made, before anything is claimed or simulated. */
    private void checkDraws(List<Scenario> scenarios) throws UserError {
        if (parameterDraws == null) {
            return;
        }
        for (Scenario s : scenarios) {
            for (int r = 0; r < settings.replications(); r++) {
                try {
                    parameterDraws.forReplication(s, r);
                } catch (IllegalArgumentException e) {
                    throw new UserError("cannot draw parameters from " + parameterDrawsSource + ": "
                            + e.getMessage());
                }
            }
        }
    }

    /**
     * The default output folder's name before its date: the scenario's name, or for a comparison the policies'
     * names and the baseline's ({@code russia-crackdown-2026-vs-baseline}), shortened to {@value #LONGEST_NAME}
     * characters.
     */
    static String folderName(List<Scenario> scenarios, boolean compare) {
        List<String> names = scenarios.stream().map(Scenario::name).toList();
        String name = compare ? String.join("-and-", names.subList(1, names.size())) + "-vs-" + names.get(0)
                : names.get(0);
        return name.length() <= LONGEST_NAME ? name : name.substring(0, LONGEST_NAME);
    }

    /** The longest scenario part of a default output folder's name. */
    private static final int LONGEST_NAME = 100;

    /**
     * Loads {@code refs} as {@link #execute} will, to find a scenario that cannot be loaded before anything slow
     * starts.
     *
     * @throws ScenarioFileException every problem of every scenario, as {@link #execute} would report them
     */
    public void checkLoadable(List<String> refs) throws ScenarioFileException {
        load(loader, refs);
    }

    /**
     * Every scenario in {@code refs}, read by {@code loader}.
     *
     * @throws ScenarioFileException with every problem of every file that could not be read
     */
    public static List<LoadedScenario> load(ScenarioLoader loader, List<String> refs) throws ScenarioFileException {
        List<LoadedScenario> loaded = new ArrayList<>();
        List<ScenarioFileException.Part> failures = new ArrayList<>();
        for (String ref : refs) {
            try {
                loaded.add(loader.load(ref));
            } catch (ScenarioFileException e) {
                failures.add(new ScenarioFileException.Part(ref, e));
            }
        }
        if (!failures.isEmpty()) {
            throw ScenarioFileException.combine(failures);
        }
        return loaded;
    }

    /**
     * What one execution runs and writes; {@code warnings}, each scenario's (the loader's and the run's), go in the
     * report and the manifest.
     */
    private record Job(String command, List<Scenario> scenarios, List<LoadedScenario> loaded,
                       List<List<String>> warnings, List<YearMonth> shocksLeftOut, Path target, boolean compare,
                       ExtraFiles extra) {
    }

    private int runAndWrite(Job job, CtrlC ctrlC) throws IOException, UserError {
        BooleanSupplier stop = () -> ctrlC.getAsBoolean() || stopWhen.getAsBoolean();
        try {
            Instant started = Instant.now();
            List<List<RunResult>> results = simulate(job.scenarios(), stop);
            if (starts != null) {
                messages.startsKept(starts);
            }
            RunInfo info = new RunInfo(job.command(), commandLine, version, settings.seed(), settings.replications(),
                    settings.threads(), started, Instant.now(), job.loaded().stream().map(LoadedScenario::inputs)
                    .toList(), job.warnings(), job.shocksLeftOut(), parameterDrawsSource);
            IntervalKind intervals = parameterDraws == null ? IntervalKind.MONTE_CARLO : IntervalKind.PARAMETERS;
            List<ScenarioRuns> runs = new ArrayList<>();
            for (int i = 0; i < job.scenarios().size(); i++) {
                runs.add(new ScenarioRuns(job.scenarios().get(i), results.get(i), intervals, headlineYear));
            }
            List<String> files = OutputTarget.write(job.target(), settings.force(), staging -> {
                job.extra().write(staging, runs);
                List<String> written = Outputs.write(staging, runs, job.compare(), info);
                if (stop.getAsBoolean()) {
                    throw new StoppedException(0, 0);
                }
                return written;
            });
            messages.done(job.target(), files, info);
            return 0;
        } catch (StoppedException e) {
            messages.stopped(e, job.target(), ctrlC.getAsBoolean());
            return STOPPED;
        } catch (FileAlreadyExistsException e) {
            throw new UserError("the output folder " + job.target() + " appeared while the scenarios ran; nothing "
                    + "was written (use --force to replace it)");
        }
    }

    /** Every replication of every scenario, in core's pool, with a progress bar on a terminal. */
    private List<List<RunResult>> simulate(List<Scenario> scenarios, BooleanSupplier stop) throws StoppedException {
        int runs = scenarios.size() * settings.replications();
        if (settings.quiet() || System.console() == null) {
            return replicate(scenarios, runs, MonthProgress.NONE, stop);
        }
        try (ConsoleProgress bar = new ConsoleProgress(System.err, ConsoleProgress.TERMINAL_WIDTH)) {
            return replicate(scenarios, runs, bar, stop);
        }
    }

    private List<List<RunResult>> replicate(List<Scenario> scenarios, int runs, MonthProgress progress,
                                            BooleanSupplier stop) throws StoppedException {
        return simulator.replicate(scenarios, settings.runOptions(runs), settings.replications(),
                settings.parallelRuns(runs), progress, stop,
                parameterDraws == null ? ScenarioVariation.NONE : parameterDraws);
    }

    /**
     * Whether scenarios can be compared: distinct names, the same months, and paired draws: the same share of
     * households, warm-up and first simulated month, so that replication k of each shares the baseline's households
     * and every draw the policy does not change (common random numbers); else the differences would mix in those of
     * two unrelated samples, with intervals that still read as paired.
     */
    private static final class Comparability {
        private Comparability() {
        }

        static void check(List<Scenario> scenarios) throws UserError {
            Scenario base = scenarios.get(0);
            List<String> names = new ArrayList<>();
            Map<String, String> byFile = new HashMap<>();
            for (Scenario s : scenarios) {
                if (names.contains(s.name())) {
                    throw new UserError("two scenarios are named '" + s.name() + "'; compare needs distinct names "
                            + "(set \"name\" in the files)");
                }
                names.add(s.name());
                String file = Outputs.resolvedFileName(s.name(), true);
                int bytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                if (bytes > OutputTarget.MAX_NAME_BYTES) {
                    throw new UserError("the scenario name '" + shortened(s.name()) + "' makes its file "
                            + file.length() + " characters long (" + shortened(file) + "); a file's name may have at "
                            + "most " + OutputTarget.MAX_NAME_BYTES + " bytes: give the scenario a shorter \"name\" "
                            + "(at most "
                            + (OutputTarget.MAX_NAME_BYTES - Outputs.resolvedFileName("", true).length())
                            + " characters)");
                }
                // a file system that ignores case (macOS's, Windows') would write one over the other
                String other = byFile.putIfAbsent(file.toLowerCase(Locale.ROOT), s.name());
                if (other != null) {
                    throw new UserError("'" + other + "' and '" + s.name() + "' would both be written to " + file
                            + " (a scenario's file name keeps its name's letters A to Z and a to z, digits, '.', '_' "
                            + "and '-', and writes '_' for any other character; names that differ only in capitals "
                            + "are one file on many systems); give them names that differ there (set \"name\" in the "
                            + "files)");
                }
                if (!s.start().equals(base.start()) || s.months() != base.months()) {
                    throw new UserError("'" + s.name() + "' runs " + s.start() + " to " + s.end()
                            + " but the baseline '" + base.name() + "' runs " + base.start() + " to " + base.end()
                            + "; compared scenarios must cover the same months");
                }
                checkPaired(base, s);
            }
        }

        /** {@code text}, or its first 40 characters and an ellipsis. */
        private static String shortened(String text) {
            return text.length() <= 40 ? text : text.substring(0, 40) + "\u2026";
        }

        private static void checkPaired(Scenario base, Scenario s) throws UserError {
            String unpaired = "replication k of each would then not share its households and draws with the "
                    + "baseline's, so their differences would not be paired";
            if (s.population().sampleFraction() != base.population().sampleFraction()) {
                throw new UserError("'" + s.name() + "' simulates " + Numbers.csv(s.population().sampleFraction())
                        + " of households and the baseline '" + base.name() + "' "
                        + Numbers.csv(base.population().sampleFraction()) + " (a file's population.sampleFraction); "
                        + unpaired + ": give --sample (or --full) to run them all at one share, or remove "
                        + "population.sampleFraction from the file");
            }
            if (!s.firstSimulatedMonth().equals(base.firstSimulatedMonth())
                    || s.warmUpMonths() != base.warmUpMonths()) {
                throw new UserError("'" + s.name() + "' simulates from " + s.firstSimulatedMonth() + " after a "
                        + s.warmUpMonths() + "-month warm-up, the baseline '" + base.name() + "' from "
                        + base.firstSimulatedMonth() + " after " + base.warmUpMonths() + " months; " + unpaired
                        + ": give both the same historyStart and warmUpMonths");
            }
        }
    }
}
