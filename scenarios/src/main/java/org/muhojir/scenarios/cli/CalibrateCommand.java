package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.muhojir.core.calibration.Anchor;
import org.muhojir.core.calibration.CalibrationResult;
import org.muhojir.core.calibration.CalibrationSettings;
import org.muhojir.core.calibration.Calibrator;
import org.muhojir.core.calibration.EvaluationRecord;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.LaplacePosterior;
import org.muhojir.core.calibration.ParameterUncertainty;
import org.muhojir.core.calibration.SimulationSettings;
import org.muhojir.core.calibration.TargetFit;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.calibrate.AnchorCheck;
import org.muhojir.scenarios.calibrate.CalibrationFileException;
import org.muhojir.scenarios.calibrate.CalibrationOutputs;
import org.muhojir.scenarios.calibrate.TargetsFile;
import org.muhojir.scenarios.calibrate.UncertaintyFile;
import org.muhojir.scenarios.load.FileText;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.Manifest;
import org.muhojir.scenarios.run.OutputTarget;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.StopNotice;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code muhojir calibrate}: fits free parameters to a targets file by the simulated method of moments. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        resourceBundle = "org.muhojir.scenarios.cli.CalibrateHelp", sortOptions = false,
        header = "Fit the free behavioural parameters to observed figures (simulated method of moments).",
        description = {"",
            "Reads TARGETS (a targets file; without it the bundled scenarios/calibration/targets-history.json), runs "
                    + "the anchor scenario with replications at each trial point (the same random numbers every "
                    + "time), and searches with CMA-ES or BOBYQA for the values that bring the simulated moments "
                    + "nearest the targets. Writes into a new output folder:",
            "  fitted-parameters.json    name, unit, fitted value, bounds, start, where the search began",
            "  objective-history.csv     every evaluation: objective and parameter values",
            "  fit-table.csv             target, observed, simulated mean, 95%% interval, error, pass",
            "  calibrated-scenario.json  the anchor with the fitted values (muhojir run it)",
            "  targets.json              the targets file as read",
            "  manifest.json             what ran: version, model, targets file, the settings used",
            "  parameter-uncertainty.json  with --uncertainty: estimates and their covariance",
            "",
            "Without --sample, --replications, --evaluations, --seed or --threads, the targets file's settings "
                    + "(sample, replications, evaluations, seed, parallel) apply: in the "
                    + "bundled targets a 1%% sample, 4 replications, 150 evaluations, seed 20130101 and 1 thread "
                    + "(docs/calibration.md gives the format of a targets file and its defaults). The folder appears "
                    + "only when complete.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir calibrate",
            "      # the bundled targets of 2010-2023 on the history from 2010: 1%% sample, 4 replications",
            "  ./muhojir calibrate my-targets.json --evaluations 200 --out results/fit",
            "  ./muhojir run results/fit/calibrated-scenario.json"})
final class CalibrateCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGETS",
            description = "A targets file (default: the bundled targets of 2010-2023).")
    Path targets;

    @Option(names = {"-e", "--evaluations"}, paramLabel = "N",
            description = "Most objective evaluations (default: the targets file's settings.evaluations).")
    Integer evaluations;

    @Option(names = "--uncertainty", description = "Also estimate what the targets say about the parameters (a "
            + "Laplace approximation of their posterior around the fitted values; 1 + 2 x parameters more "
            + "evaluations) and write parameter-uncertainty.json, for 'muhojir run --parameter-draws FILE'.")
    boolean uncertainty;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    ReplicationsOption replications;

    @Mixin
    OutputOptions output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Job job = prepare(err);
        Calibrator calibrator = calibrator(job.file(), job.settings(), job.anchorScenario());
        refuseNothingToFit(job);
        Path target = output.claim("calibrate");
        announce(err, job);
        Fit fit = fit(err, target, calibrator, job.settings());
        List<String> files = OutputTarget.write(target, output.force(), staging -> write(staging, target, job, fit));
        summary(err, fit.result());
        if (fit.posterior() != null) {
            uncertaintySummary(err, fit.posterior());
        }
        if (!output.quiet()) {
            err.println("wrote " + String.join(", ", files) + " in " + target);
            err.flush();
        }
        spec.commandLine().getOut().println(target);
        spec.commandLine().getOut().flush();
        return 0;
    }

    /**
     * A fit as the command line and the targets file ask for it, checked before anything runs.
     *
     * @param shownAs      how messages name the targets file
     * @param text         the targets file's text
     * @param file         the targets file as read
     * @param settings     its settings, the command line's in their place
     * @param anchor       the anchor scenario as the targets file names it
     * @param anchorLoaded the anchor scenario as loaded
     * @param warnings     what the targets and anchor warn of (printed unless quiet; recorded in the manifest)
     */
    private record Job(String shownAs, String text, TargetsFile file, TargetsFile.Settings settings,
                       AnchorRef anchor, LoadedScenario anchorLoaded, List<String> warnings) {
        Scenario anchorScenario() {
            return anchorLoaded.scenario();
        }
    }

    /**
     * What the search found: the calibration and, with {@code --uncertainty}, the posterior around its fitted values
     * (else null).
     */
    private record Fit(Calibrator calibrator, CalibrationResult result, LaplacePosterior posterior) {
    }

    /** Reads the targets file and the anchor, checks them and prints their warnings (unless quiet). */
    private Job prepare(PrintWriter err) throws UserError {
        String shownAs = targets == null ? "bundled " + TargetsFile.BUNDLED : targets.toString();
        String text = readTargets();
        TargetsFile file = parse(shownAs, text);
        TargetsFile.Settings settings = checked(file.settings().with(simulation.sample(), replications.replications(),
                evaluations, simulation.seed(), simulation.threads()));
        AnchorRef anchor = anchorRef(file.anchor());
        AnchorCheck check = new AnchorCheck(file, shownAs, text);
        LoadedScenario anchorLoaded = loadAnchor(anchor, check, shownAs);
        List<String> warnings = new java.util.ArrayList<>(check.warnings());
        String parent = anchor.unreachableFromHere();
        if (parent != null) {
            warnings.add(parent);
        }
        if (!output.quiet()) {
            warnings.forEach(w -> err.println("warning: " + w));
        }
        return new Job(shownAs, text, file, settings, anchor, anchorLoaded, warnings);
    }

    private static TargetsFile parse(String shownAs, String text) throws UserError {
        try {
            return TargetsFile.read(shownAs, text);
        } catch (CalibrationFileException e) {
            throw new UserError(e.getMessage());
        }
    }

    /** The anchor scenario, refused with every problem the targets file has with it. */
    private static LoadedScenario loadAnchor(AnchorRef anchor, AnchorCheck check, String shownAs) throws UserError {
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.standard().load(anchor.load());
        } catch (ScenarioFileException e) {
            throw new UserError(check.anchorProblem(e.report()));
        }
        List<String> problems = check.problems(loaded.scenario());
        if (!problems.isEmpty()) {
            throw new UserError(new CalibrationFileException(shownAs, problems).getMessage());
        }
        return loaded;
    }

    /** Refuses a search, or an uncertainty estimate, when no target has a weight above 0. */
    private void refuseNothingToFit(Job job) throws UserError {
        boolean nothingFitted = job.file().targets().stream().noneMatch(t -> t.weight() > 0);
        if (job.settings().evaluations() > 1 && nothingFitted) {
            throw new UserError("every target of " + job.shownAs() + " has weight 0, so the objective is 0 everywhere "
                    + "and there is nothing to fit: give the targets to fit a weight above 0, or run with "
                    + "--evaluations 1 for the fit table alone");
        }
        if (uncertainty && nothingFitted) {
            throw new UserError("--uncertainty needs at least one target with a weight more than 0 in "
                    + job.shownAs() + ": the fitted targets are the evidence the parameters' uncertainty is estimated "
                    + "from");
        }
    }

    /** The line that says what is about to run (unless quiet). */
    private void announce(PrintWriter err, Job job) {
        if (output.quiet()) {
            return;
        }
        TargetsFile.Settings settings = job.settings();
        err.printf(Locale.ROOT, "muhojir calibrate: %d targets, %d free parameters, anchor %s at %s of "
                        + "households, %d replications, up to %d evaluations (%s), seed %d%n",
                job.file().targets().size(), job.file().parameters().size(), job.anchorScenario().name(),
                settings.sample(), settings.replications(), settings.evaluations(),
                TargetsFile.optimiserName(settings.optimiser()),
                settings.seed());
        err.flush();
    }

    /** The search, and with {@code --uncertainty} the posterior; a stop says how many evaluations were done. */
    private Fit fit(PrintWriter err, Path target, Calibrator calibrator, TargetsFile.Settings settings) {
        AtomicInteger evaluated = new AtomicInteger();
        Consumer<EvaluationRecord> progress = progress(err, settings.evaluations());
        try (StopNotice notice = new StopNotice(err, target, () -> String.format(Locale.ROOT,
                " after %d of at most %d evaluations", evaluated.get(), settings.evaluations()))) {
            CalibrationResult r = calibrator.calibrate(e -> {
                evaluated.set(e.evaluation());
                progress.accept(e);
            });
            return new Fit(calibrator, r, uncertainty ? posterior(err, calibrator, r) : null);
        }
    }

    /** Writes the fit's files into {@code staging}, which becomes {@code target}; their names. */
    private List<String> write(Path staging, Path target, Job job, Fit fit) throws java.io.IOException {
        if (fit.posterior() != null) {
            UncertaintyFile.write(staging.resolve("parameter-uncertainty.json"), fit.posterior(),
                    fit.calibrator().parameters(), job.shownAs());
        }
        List<String> written = new java.util.ArrayList<>(CalibrationOutputs.write(staging, fit.result(),
                job.anchor().extendsFrom(target), job.anchorScenario(), job.text(), job.shownAs()));
        Manifest.writeStudy(staging.resolve("manifest.json"), manifest(job));
        written.add("manifest.json");
        return written;
    }

    /**
     * What {@code manifest.json} records: the program's version, the command line, the targets file and the SHA-256 of
     * its text (as in {@code targets.json}), the anchor as the targets file names it (a bundled name, or a path
     * from the targets file's folder) and the files it was read from with their SHA-256,
     * the anchor, the settings the fit ran with (the targets file's, with the command line's in their place), and the
     * warnings of targets in years held out for replaying history.
     */
    private java.util.Map<String, Object> manifest(Job job) {
        TargetsFile.Settings s = job.settings();
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("version", Version.get());
        m.put("command", "calibrate");
        m.put("commandLine", List.copyOf(spec.commandLine().getParseResult().originalArgs()));
        m.put("targets", job.shownAs());
        m.put("targetsSha256", ScenarioLoader.sha256(job.text()));
        m.put("anchor", job.anchor().given());
        m.put("anchorFiles", Manifest.files(job.anchorLoaded().inputs()));
        m.put("sampleFraction", s.sample());
        m.put("replications", s.replications());
        m.put("evaluations", s.evaluations());
        m.put("optimiser", TargetsFile.optimiserName(s.optimiser()));
        m.put("seed", s.seed());
        m.put("optimiserSeed", s.optimiserSeed());
        m.put("initialStep", s.initialStep());
        m.put("threads", s.parallel());
        m.put("uncertainty", uncertainty);
        m.put("warnings", job.warnings()); // targets of years held out for replaying history, if any
        return m;
    }

    private String readTargets() throws UserError {
        if (targets == null) {
            return TargetsFile.bundledText();
        }
        try {
            return FileText.read(targets).text();
        } catch (FileText.Refused e) {
            throw new UserError("cannot read the targets file " + targets + ": " + e.getMessage());
        }
    }

    /** The settings checked as run checks its own, each out-of-range value named with its option and range. */
    private static TargetsFile.Settings checked(TargetsFile.Settings s) throws UserError {
        RunSettings.checkSample(s.sample());
        RunSettings.checkRange("--replications", s.replications(), 1, RunSettings.MAX_REPLICATIONS);
        RunSettings.checkAtLeast("--evaluations", s.evaluations(), 1);
        RunSettings.checkRange("--threads", s.parallel(), 1, RunSettings.MAX_THREADS);
        return s;
    }

    /** The anchor as the loader needs it, and how the calibrated scenario's "extends" names it. */
    private record AnchorRef(String given, Path file) {
        String load() {
            return file == null ? given : file.toString();
        }

        /**
         * A warning if the calibrated scenario, which extends the anchor file, could not be run from this working
         * folder: a scenario may extend only a file in its own folder or the working folder, or below either (the
         * output folder holds no anchor), or null.
         */
        String unreachableFromHere() {
            if (file == null) {
                return null;
            }
            Path here = Path.of("").toAbsolutePath().normalize();
            if (real(file).startsWith(real(here))) {
                return null;
            }
            return "the anchor " + file + " is outside the working folder (" + here + "), so 'muhojir run' of the "
                    + "calibrated-scenario.json this writes, which extends it, works only from a folder that contains "
                    + "the anchor (" + file.getParent() + "): run it from there, or keep the anchor below the folder "
                    + "you work in";
        }

        private static Path real(Path p) {
            try {
                return p.toRealPath();
            } catch (java.io.IOException e) {
                return p.toAbsolutePath().normalize();
            }
        }

        String extendsFrom(Path folder) {
            if (file == null) {
                return given;
            }
            try {
                return folder.relativize(file).toString().replace('\\', '/');
            } catch (IllegalArgumentException otherRoot) {
                return file.toString();
            }
        }
    }

    /** A path is resolved from the targets file's folder (the current folder for the bundled file). */
    private AnchorRef anchorRef(String anchor) {
        boolean path = anchor.endsWith(".json") || anchor.contains("/") || anchor.contains("\\");
        if (!path) {
            return new AnchorRef(anchor, null);
        }
        Path base = targets == null ? Path.of("") : targets.toAbsolutePath().getParent();
        return new AnchorRef(anchor, base.resolve(anchor).toAbsolutePath().normalize());
    }

    private static Calibrator calibrator(TargetsFile file, TargetsFile.Settings s, Scenario anchor)
            throws UserError {
        try {
            Anchor a = new Anchor(anchor.name(), anchor.withSampleFraction(s.sample()), file.targets());
            CalibrationSettings cs = new CalibrationSettings(new SimulationSettings(RunOptions.seed(s.seed()),
                    s.replications(), Math.min(s.parallel(), s.replications())), s.optimiser(), s.evaluations(),
                    s.optimiserSeed(), s.initialStep(), 0);
            return new Calibrator(List.of(a), file.parameters(), cs);
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot calibrate: " + e.getMessage());
        }
    }


    /** One line, rewritten in place on a terminal; about twenty lines otherwise. */
    private Consumer<EvaluationRecord> progress(PrintWriter err, int budget) {
        if (output.quiet()) {
            return e -> { };
        }
        boolean console = System.console() != null;
        int every = Math.max(1, budget / 20);
        double[] best = {Double.POSITIVE_INFINITY};
        return e -> {
            best[0] = Math.min(best[0], e.objective());
            if (console || e.evaluation() % every == 0 || e.evaluation() == 1) {
                err.printf(Locale.ROOT, "%sevaluation %d of at most %d: objective %.5g, best %.5g%s",
                        console ? "\r" : "", e.evaluation(), budget, e.objective(), best[0], console ? "" : "\n");
                err.flush();
            }
        };
    }

    private LaplacePosterior posterior(PrintWriter err, Calibrator calibrator, CalibrationResult r) {
        int evaluations = 1 + 2 * calibrator.parameters().size();
        if (!output.quiet()) {
            err.printf(Locale.ROOT, "%nmuhojir calibrate: estimating the parameters' uncertainty (%d evaluations)%n",
                    evaluations);
            err.flush();
        }
        double[] fitted = r.fitted().values().stream().mapToDouble(Double::doubleValue).toArray();
        return LaplacePosterior.estimate(calibrator, fitted, LaplacePosterior.DEFAULT_STEP_SHARE, e -> {
            if (!output.quiet() && System.console() != null) {
                err.printf(Locale.ROOT, "\revaluation %d of %d", e, evaluations);
                err.flush();
            }
        });
    }

    private void uncertaintySummary(PrintWriter err, LaplacePosterior posterior) {
        if (output.quiet()) {
            return;
        }
        ParameterUncertainty u = posterior.uncertainty();
        err.printf(Locale.ROOT, "parameter uncertainty (identified: share of the prior's variance the targets "
                + "remove)%n");
        for (int i = 0; i < u.size(); i++) {
            err.printf(Locale.ROOT, "  %-50s %-12.6g ± %-12.4g identified %.2f%n", u.names().get(i),
                    u.estimate().get(i), 1.96 * u.standardError(i), posterior.identified(i));
        }
        err.flush();
    }

    private void summary(PrintWriter err, CalibrationResult r) {
        if (output.quiet()) {
            return;
        }
        err.printf(Locale.ROOT, "%nmuhojir calibrate: %d evaluations in %.1f s; objective %.5g at the start, %.5g "
                        + "fitted; %d of %d targets within tolerance%n", r.evaluations(),
                r.elapsed().toMillis() / 1000.0, r.initial().objective(), r.fitted().objective(),
                r.fitted().passing(), r.fitTable().size());
        for (TargetFit f : r.fitTable()) {
            err.printf(Locale.ROOT, "  %-34s observed %-12.6g simulated %-12.6g %+.3f  %s%n", f.target().id(),
                    f.target().value(), f.mean(), f.relativeError(), f.passes() ? "pass" : "FAIL");
        }
        movedStarts(err, r);
        err.flush();
    }

    /**
     * Says which starting values the optimiser moved before its search began (BOBYQA, for values within its initial
     * step of a bound), so that a search "from the fitted values" that begins elsewhere is not a surprise.
     */
    private static void movedStarts(PrintWriter err, CalibrationResult r) {
        List<FreeParameter> moved = r.movedAtSearchStart();
        if (moved.isEmpty()) {
            return;
        }
        err.printf(Locale.ROOT, "note: %s began its search with %d of the %d parameters moved from their starting "
                        + "values,%n  as they lie within its initial step (%s of their range) of a bound. The starting "
                        + "values are%n  evaluation 1, so the fit is never worse than they are; a smaller "
                        + "settings.initialStep in the%n  targets file moves fewer (docs/calibration.md, section 5):%n",
                r.settings().method(), moved.size(), r.parameters().size(), sixDigits(r.settings().initialStep()));
        for (FreeParameter p : moved) {
            int i = r.parameters().indexOf(p);
            err.printf(Locale.ROOT, "  %-50s %s -> %s%n", p.name(), sixDigits(r.initial().values().get(i)),
                    sixDigits(r.searchStart().get(i)));
        }
    }

    private static String sixDigits(double v) {
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
