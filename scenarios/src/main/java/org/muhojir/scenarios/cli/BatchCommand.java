package org.muhojir.scenarios.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.muhojir.scenarios.ensemble.EnsembleEngine;
import org.muhojir.scenarios.ensemble.EnsembleSimulator;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.run.FolderStartStore;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunService;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What {@code run}, {@code compare} and {@code backcast} share: their options and the run service they call. */
abstract class BatchCommand implements Callable<Integer> {
    @Mixin
    BatchOptions options;

    @Mixin
    ParameterDrawsOption parameterDraws;

    @Option(names = "--start-cache", paramLabel = "DIR", description = "Keep each replication's state at the first "
            + "reported month in DIR (made if missing; about 135 bytes a simulated household a state) and continue "
            + "from the states kept there by earlier commands with the same months before the start (the same "
            + "scenario up to then, seed, replication and sample): the same results, without simulating the warm-up "
            + "and history again.")
    Path startCache;

    @Option(names = "--headline-year", paramLabel = "YEAR", converter = YearConverter.class, description = "Headline "
            + "the report with YEAR, a year simulated in full, instead of the last one: its headline tables, the "
            + "headlines in summary.json and, in a comparison, its summary in sentences. For a policy in force for a "
            + "few years, one of those years.")
    Integer headlineYear;

    /** A calendar year: {@code 2027}. */
    static final class YearConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a year: write a calendar year "
                        + "such as 2027");
            }
        }
    }

    @ParentCommand
    MuhojirCommand parent;

    @Spec
    CommandSpec spec;

    /** Where the runs go: null for core's pool on this machine, else an engine (the cluster module's Spark). */
    private final EnsembleEngine.Factory engines;

    BatchCommand() {
        this(null);
    }

    BatchCommand(EnsembleEngine.Factory engines) {
        this.engines = engines;
    }

    /** The run service with these options, printing on this command's streams. */
    RunService service() throws UserError {
        RunSettings settings = options.settings(FrontEnd.BATCH);
        RunService service = new RunService(settings, spec.commandLine().getOut(), spec.commandLine().getErr(),
                parent.args(), Version.get()).headlinedBy(headlineYear);
        if (startCache != null) {
            service.keepingStartsIn(new FolderStartStore(startCache, spec.commandLine().getErr()));
        }
        ParameterDrawsOption.Named draws = parameterDraws.read();
        return draws == null ? service
                : service.drawingParameters(draws.file().draws(settings.seed()), draws.shownAs());
    }

    /** Runs {@code refs} as {@code command} and writes the standard files. */
    int execute(String command, List<String> refs) throws UserError, ScenarioFileException, IOException {
        if (engines == null) {
            return service().execute(command, refs, RunService.ExtraFiles.NONE);
        }
        if (startCache != null) {
            throw new UserError("--start-cache keeps states of runs on this machine; leave it out when the runs go to "
                    + "a cluster");
        }
        RunService service = service();
        service.checkLoadable(refs); // a scenario that cannot be loaded is said before the engine (Spark) starts
        try (EnsembleEngine engine = engines.open(options.settings(FrontEnd.BATCH).parallelRuns(Integer.MAX_VALUE))) {
            EnsembleSimulator simulator = new EnsembleSimulator(engine);
            return service.simulatingWith(simulator).execute(command, refs, simulator);
        }
    }
}
