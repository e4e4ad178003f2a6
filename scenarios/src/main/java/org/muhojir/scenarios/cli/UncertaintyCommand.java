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
import org.muhojir.core.calibration.ParameterDraws;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.calibrate.UncertaintyFile;
import org.muhojir.scenarios.ensemble.Draws;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.ensemble.LocalEngine;
import org.muhojir.scenarios.ensemble.RunRecord;
import org.muhojir.scenarios.ensemble.UncertaintyStudy;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.StudyRun;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code muhojir uncertainty}: a scenario run over draws of its parameters (a file of draws, or a normal
 * distribution's mean and covariance), on this machine; the cluster module's launcher runs it on Apache Spark.
 */
@Command(name = "uncertainty", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Sensitivity.class,
        header = "Run a scenario over draws of its parameters (parameter uncertainty).",
        description = {"",
            "Runs SCENARIO at every draw of the parameters, with replications at each (the same random numbers "
                    + "at every draw), and writes draws.csv (the draws), runs.csv (every run's yearly value of "
                    + "every metric and group) and uncertainty.csv (per year, metric and group, across the draws' "
                    + "means: mean, sd, 2.5%%, 50%% and 97.5%% quantiles). The draws come from a CSV file "
                    + "(--draws: a header of parameter names, one draw a row), from a normal distribution "
                    + "truncated to the parameters' bounds (--normal: rows 'parameter,mean,covariance row'; see "
                    + "docs/ensembles.md), or from the calibration's parameter uncertainty (--posterior).", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir uncertainty baseline --draws draws.csv",
            "  ./muhojir uncertainty baseline --normal posterior.csv --samples 200 -r 2",
            "  ./muhojir uncertainty baseline --posterior --samples 100     # the bundled calibration's uncertainty"})
public final class UncertaintyCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A bundled scenario's name or the path of a scenario file.")
    String scenario;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Where the draws come from: one of the two. */
    static final class Source {
        @Option(names = "--draws", paramLabel = "FILE", description = "A CSV file of draws.")
        Path draws;

        @Option(names = "--normal", paramLabel = "FILE",
                description = "A CSV file of a normal distribution's mean and covariance.")
        Path normal;

        @Option(names = "--posterior", arity = "0..1", paramLabel = "FILE",
                fallbackValue = ParameterDrawsOption.BUNDLED,
                description = "A parameter-uncertainty.json of 'muhojir calibrate --uncertainty' (without FILE, the "
                        + "bundled present-day one): draws as 'run --parameter-draws' makes them.")
        String posterior;
    }

    @Option(names = "--samples", paramLabel = "M", defaultValue = "100",
            description = "Draws taken from --normal or --posterior.")
    int samples;

    @Mixin
    BatchOptions options;

    @Spec
    CommandSpec spec;

    private final EnsembleEngine.Factory engines;

    /** The command on this machine's pool. */
    public UncertaintyCommand() {
        this(LocalEngine::new);
    }

    /** The command on the engines {@code engines} opens (the cluster module's Spark engine). */
    public UncertaintyCommand(EnsembleEngine.Factory engines) {
        this.engines = engines;
    }

    @Override
    public Integer call() throws Exception {
        RunSettings settings = options.settings(FrontEnd.SENSITIVITY);
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new UserError("need --samples from 1 to " + MAX_SAMPLES + ", was " + samples);
        }
        if (source.draws != null && spec.commandLine().getParseResult().hasMatchedOption("--samples")) {
            throw new UserError("--samples does not apply to --draws " + source.draws + ": every row of the file is a "
                    + "draw; leave --samples out, or draw that many with --normal FILE or --posterior");
        }
        LoadedScenario loaded = ScenarioLoader.standard().load(scenario);
        Scenario s = settings.resolve(loaded);
        settings.warnOfShocksCutOff(spec.commandLine().getErr(), loaded, s.end());
        UncertaintyStudy study;
        ParameterDrawsOption.Named posterior = source.posterior == null ? null
                : ParameterDrawsOption.named(source.posterior);
        try {
            Draws draws = source.draws != null ? Draws.read(source.draws, s)
                    : source.normal != null ? Draws.normal(source.normal, s, samples, settings.seed())
                    : posteriorDraws(posterior.file(), s, settings.seed());
            study = UncertaintyStudy.of(s, draws, settings.replications(), settings.seed());
        } catch (Draws.FileProblem e) {
            throw new UserError((source.draws != null ? "--draws " : "--normal ") + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot run the draws: " + e.getMessage());
        }
        Path target = options.output.claim(s.name() + "-uncertainty");
        PrintWriter err = spec.commandLine().getErr();
        try (EnsembleEngine engine = engines.open(settings.parallelRuns(Integer.MAX_VALUE))) {
            if (!settings.quiet()) {
                err.printf(Locale.ROOT, "muhojir uncertainty: %s, %d parameters, %,d draws x %d replications = %,d "
                        + "runs on %s%n", s.name(), study.draws().names().size(), study.ensemble().pointCount(),
                        settings.replications(), study.ensemble().size(), engine.describe());
                err.flush();
            }
            java.util.Map<String, Object> manifest = StudyRun.manifest(Version.get(), "uncertainty",
                    spec.commandLine().getParseResult().originalArgs(), s, loaded.inputs(), settings);
            manifest.put("draws", study.draws().values().length);
            manifest.put("parameters", study.draws().names());
            manifest.put("drawsFrom", source.draws != null ? source.draws.toString()
                    : source.normal != null ? "normal: " + source.normal
                    : "posterior: " + posterior.shownAs());
            manifest.put("engine", engine.describe());
            int code = StudyRun.execute(target, settings, spec.commandLine().getOut(), err,
                    new Run(study, engine, manifest));
            if (code == 0) {
                spec.commandLine().getOut().println(settings.quiet() ? target.toString()
                        : "wrote draws.csv, runs.csv and uncertainty.csv in " + target);
                spec.commandLine().getOut().flush();
            }
            return code;
        }
    }

    /**
     * {@code --samples} draws of the calibrated parameters from a parameter-uncertainty file: draw k is the one that
     * replication k of {@code run --parameter-draws} runs with the same seed.
     */
    private Draws posteriorDraws(UncertaintyFile file, Scenario s, long seed) throws UserError {
        ParameterDraws draws = file.draws(seed);
        double[] centre = file.parameters().stream().mapToDouble(p -> p.valueIn(s)).toArray();
        double[][] values = new double[samples][];
        for (int k = 0; k < samples; k++) {
            try {
                values[k] = draws.values(centre, k);
            } catch (IllegalArgumentException e) {
                throw new UserError("cannot draw parameters for '" + s.name() + "': " + e.getMessage());
            }
        }
        return new Draws(file.parameters().stream().map(FreeParameter::name).toList(), values);
    }

    /** The study on an engine. */
    private record Run(UncertaintyStudy study, EnsembleEngine engine, java.util.Map<String, Object> manifest)
            implements StudyRun.Study<List<RunRecord>> {
        @Override
        public List<RunRecord> run(BooleanSupplier stop) throws StoppedException {
            return study.run(engine, stop);
        }

        @Override
        public List<String> write(Path staging, List<RunRecord> records) throws IOException {
            List<String> files = new ArrayList<>(study.write(staging, records));
            files.addAll(engine.writeLarge(staging, study.ensemble(), records));
            return files;
        }
    }

    /** Most draws of one uncertainty run: a thousand times what a 95% range needs, and within memory. */
    static final int MAX_SAMPLES = 100_000;
}
