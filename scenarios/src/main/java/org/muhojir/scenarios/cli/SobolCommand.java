package org.muhojir.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.BooleanSupplier;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.SobolDesign;
import org.muhojir.core.calibration.SobolIndex;
import org.muhojir.core.calibration.SobolResult;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.ensemble.Factors;
import org.muhojir.scenarios.ensemble.LocalEngine;
import org.muhojir.scenarios.ensemble.SobolStudy;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.StudyRun;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code muhojir sobol}: Sobol global sensitivity of chosen outcomes to the free parameters and, if asked, the
 * assumed inputs. Runs on this machine; the cluster module's launcher runs the same command on Apache Spark.
 */
@Command(name = "sobol", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Sensitivity.class,
        header = "Share the variance of outcomes among the parameters (Sobol indices, Saltelli design).",
        description = {"",
            "Moves every chosen parameter over its bounds at once on a Saltelli design (base samples N, so "
                    + "N x (parameters + 2) points), runs the scenario with replications at each point (the same "
                    + "random numbers everywhere), and estimates each parameter's first-order index (the share of "
                    + "an outcome's variance it explains alone) and total index (alone and with others), with "
                    + "bootstrap 95%% intervals. Writes sobol.csv (the indices) and sobol-points.csv (every point "
                    + "and its outcomes); prints the top parameters per outcome. Screen first with 'muhojir "
                    + "sensitivity' (Morris), which is far cheaper; run large designs on a cluster "
                    + "(docs/ensembles.md).", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir sobol --base-samples 32",
            "      # the free parameters, remittances, migrants abroad and poverty in the scenario's second year",
            "  ./muhojir sobol --outcomes departures \\",
            "      --parameters behaviour.considerRate,behaviour.returnHazard",
            "  ./muhojir sobol --assumptions --list-factors      # every factor with its bounds"})
public final class SobolCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "The scenario analysed: a bundled name or a file.")
    String scenario;

    @Option(names = "--base-samples", paramLabel = "N", defaultValue = "64",
            description = "Rows of the design's matrices A and B (8 or more; a power of two is best).")
    int baseSamples;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "500",
            description = "Bootstrap resamples for the 95%% intervals (0 for none).")
    int bootstrap;

    @Mixin
    OutcomeOptions outcomes;

    @Option(names = "--parameters", paramLabel = "NAME", split = ",",
            description = "Factors, comma separated: free parameters or assumed inputs (default: the free "
                    + "parameters).")
    List<String> parameters;

    @Option(names = "--assumptions", description = "Add every assumed scalar input of the scenario to the factors.")
    boolean assumptions;

    @Option(names = "--list-factors", description = "Print the factors with their bounds and stop.")
    boolean listFactors;

    @Mixin
    BatchOptions options;

    @Option(names = "--top", paramLabel = "N", defaultValue = "5", description = "Factors printed per outcome.")
    int top;

    @Spec
    CommandSpec spec;

    private final EnsembleEngine.Factory engines;

    /** The command on this machine's pool. */
    public SobolCommand() {
        this(LocalEngine::new);
    }

    /** The command on the engines {@code engines} opens (the cluster module's Spark engine). */
    public SobolCommand(EnsembleEngine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws Exception {
        RunSettings settings = options.settings(FrontEnd.SENSITIVITY);
        RunSettings.checkAtLeast("--top", top, 1);
        if (bootstrap > MAX_BOOTSTRAP) {
            throw new UserError(String.format(java.util.Locale.ROOT, "--bootstrap %,d is more resamples than a 95%% "
                    + "interval needs; give at most %,d (500 to 2,000 are usual)", bootstrap, MAX_BOOTSTRAP));
        }
        LoadedScenario loaded = ScenarioLoader.standard().load(scenario);
        Scenario s = settings.resolve(loaded);
        List<FreeParameter> factors = factors(s);
        if (listFactors) {
            list(factors);
            return 0;
        }
        List<YearMoment> outs = outcomes.moments(s);
        OutcomeOptions.checkYears(settings, s, outs);
        checkSize(factors.size(), settings.replications());
        settings.warnOfShocksCutOff(spec.commandLine().getErr(), loaded, s.end());
        SobolStudy study;
        try {
            study = SobolStudy.of(s, factors, outs, new SobolDesign(baseSamples, bootstrap, settings.seed()),
                    settings.replications(), settings.seed());
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot analyse: " + e.getMessage());
        }
        Path target = options.output.claim("sobol");
        PrintWriter err = spec.commandLine().getErr();
        int parallel = settings.parallelRuns(Integer.MAX_VALUE);
        try (EnsembleEngine engine = engines.open(parallel)) {
            if (!settings.quiet()) {
                err.printf(Locale.ROOT, "muhojir sobol: %s, %d factors, %d outcomes, %,d points x %d replications "
                        + "= %,d runs on %s%n", s.name(), factors.size(), outs.size(),
                        study.ensemble().pointCount(), settings.replications(), study.ensemble().size(),
                        engine.describe());
                err.flush();
            }
            Run run = new Run(study, engine, manifest(s, loaded, factors, outs, settings, engine));
            int code = StudyRun.execute(target, settings, spec.commandLine().getOut(), err, run);
            if (code == 0 && settings.quiet()) {
                spec.commandLine().getOut().println(target); // quiet: the result's path alone
            } else if (code == 0) {
                print(run.outcome.result());
                spec.commandLine().getOut().println("wrote " + target.resolve("sobol.csv") + " and "
                        + target.resolve("sobol-points.csv"));
            }
            spec.commandLine().getOut().flush();
            return code;
        }
    }

    /** The study on an engine, keeping what it found for the printout. */
    private static final class Run implements StudyRun.Study<SobolStudy.Outcome> {
        private final SobolStudy study;
        private final EnsembleEngine engine;
        private final java.util.Map<String, Object> manifest;
        private SobolStudy.Outcome outcome;

        Run(SobolStudy study, EnsembleEngine engine, java.util.Map<String, Object> manifest) {
            this.study = study;
            this.engine = engine;
            this.manifest = manifest;
        }

        @Override
        public java.util.Map<String, Object> manifest() {
            return manifest;
        }

        @Override
        public SobolStudy.Outcome run(BooleanSupplier stop) throws StoppedException {
            outcome = study.run(engine, stop);
            return outcome;
        }

        @Override
        public List<String> write(Path staging, SobolStudy.Outcome o) throws IOException {
            List<String> files = new ArrayList<>(study.write(staging, o));
            files.addAll(engine.writeLarge(staging, study.ensemble(), o.records()));
            return files;
        }
    }

    /** What {@code manifest.json} records of this analysis. */
    private java.util.Map<String, Object> manifest(Scenario s, LoadedScenario loaded, List<FreeParameter> factors,
                                                   List<YearMoment> outcomes, RunSettings settings,
                                                   EnsembleEngine engine) {
        java.util.Map<String, Object> m = StudyRun.manifest(Version.get(), "sobol",
                spec.commandLine().getParseResult().originalArgs(), s, loaded.inputs(), settings);
        m.put("baseSamples", baseSamples);
        m.put("bootstrap", bootstrap);
        m.put("engine", engine.describe());
        m.put("factors", factors.stream().map(f -> {
            java.util.Map<String, Object> factor = new java.util.LinkedHashMap<>(); // in this order, every time
            factor.put("name", f.name());
            factor.put("lower", f.lower());
            factor.put("upper", f.upper());
            return factor;
        }).toList());
        m.put("outcomes", outcomes.stream().map(YearMoment::label).toList());
        return m;
    }

    private List<FreeParameter> factors(Scenario s) throws UserError {
        try {
            List<String> names = parameters != null ? new ArrayList<>(parameters)
                    : new ArrayList<>(Factors.defaults(s, false));
            if (assumptions) {
                Factors.defaults(s, true).stream().filter(n -> !names.contains(n)).forEach(names::add);
            }
            return Factors.named(s, names.stream().distinct().toList());
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private void list(List<FreeParameter> factors) {
        PrintWriter out = spec.commandLine().getOut();
        for (FreeParameter f : factors) {
            out.printf(Locale.ROOT, "%-60s %12.6g .. %-12.6g %s%n", f.name(), f.lower(), f.upper(), f.unit());
        }
        out.flush();
    }

    private void print(SobolResult r) {
        PrintWriter out = spec.commandLine().getOut();
        for (String o : r.outcomes()) {
            out.println(o + ":");
            if (r.ranking(o).stream().allMatch(i -> Double.isNaN(i.total()))) {
                out.println("  does not vary over the design (the same value at every point): no parameter explains "
                        + "any of it, and sobol.csv leaves its indices and ranks empty");
                continue;
            }
            for (SobolIndex i : r.ranking(o)) {
                if (i.rank() <= top && bootstrap > 0) {
                    out.printf(Locale.ROOT, "  %d. %-50s total %.3f [%.3f, %.3f]  first %.3f [%.3f, %.3f]%n",
                            i.rank(), i.factor(), i.total(), i.totalLow(), i.totalHigh(), i.first(), i.firstLow(),
                            i.firstHigh());
                } else if (i.rank() <= top) { // --bootstrap 0: no intervals to print
                    out.printf(Locale.ROOT, "  %d. %-50s total %.3f  first %.3f%n", i.rank(), i.factor(), i.total(),
                            i.first());
                }
            }
        }
        out.flush();
    }

    /** Most bootstrap resamples of the indices' intervals. */
    static final int MAX_BOOTSTRAP = 100_000;

    /** Most values (points x factors) of one design: 400 MB of doubles, held in memory with their outcomes. */
    static final long MAX_DESIGN_VALUES = 50_000_000L;
    /** Most runs of one design (points x replications) on this machine or a cluster. */
    static final long MAX_RUNS = 100_000_000L;

    private void checkSize(int factors, int replications) throws UserError {
        long points = (long) baseSamples * (factors + 2);
        long runs = points * replications;
        if (points * factors > MAX_DESIGN_VALUES || runs > MAX_RUNS) {
            throw new UserError(String.format(java.util.Locale.ROOT, "--base-samples %,d with %d factors and %d "
                    + "replications is %,d points and %,d runs; a design may have at most %,d values (points x "
                    + "factors) and %,d runs", baseSamples, factors, replications, points, runs, MAX_DESIGN_VALUES,
                    MAX_RUNS));
        }
    }
}
