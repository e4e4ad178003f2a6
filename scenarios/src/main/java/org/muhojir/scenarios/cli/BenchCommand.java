package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.muhojir.core.Muhojir;
import org.muhojir.scenarios.bench.Bench;
import org.muhojir.scenarios.bench.BenchResult;
import org.muhojir.scenarios.bench.BenchScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code muhojir bench}: times the whole population over a decade and reports the speed and the heap. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        resourceBundle = "org.muhojir.scenarios.cli.BenchHelp",
        defaultValueProvider = FrontEndDefaults.Bench.class,
        header = "Time the model: every household, 120 months, one replication.",
        description = {"",
            "Builds the population and simulates the default scenario with five shocks in force throughout (raids "
                    + "x2 in Russia, tightened rules, a South Korea quota, a skills programme in Khatlon and Sughd, "
                    + "a 1%% transfer fee), one replication, and reports: the time to build the population, the "
                    + "wall time of the months (JIT warm-up included), household-months per second, nanoseconds "
                    + "per household-month, the heap's peak (the JVM's heap pools' peak usage since a garbage "
                    + "collection before the build; garbage included) and the live heap once built, the CPU time "
                    + "used meanwhile, a SHA-256 digest of the outcomes (the same for any thread count: compare "
                    + "--threads 1 with --threads 2) and the machine (cores, JVM, max heap). Nothing is written "
                    + "to disk.",
            "",
            "The full population needs a few GB of heap to run comfortably: the JVM's default (a quarter of the "
                    + "memory) is usually enough; set MUHOJIR_JAVA_OPTS=-Xmx1g to check it fits in 1 GB. Other "
                    + "jobs on the machine slow it down: compare figures taken on a quiet machine. See "
                    + "docs/performance.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir bench                              # every household, 120 months, 1 thread",
            "  ./muhojir bench --threads 2                  # the same on 2 threads",
            "  ./muhojir bench --sample 0.1 --months 24     # a quicker look",
            "  ./muhojir bench --json                       # one line of JSON, for scripts",
            "  ./muhojir bench --scenario baseline          # time a bundled scenario, or a file, instead"})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    SimulationOptions simulation;

    @Mixin
    MonthsOption months;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Time this scenario (a bundled name or a JSON file) instead of the benchmark scenario: "
                    + "its shocks from its own start, for --months.")
    String scenario;

    @Option(names = "--json", description = "Print the figures as one line of JSON (seconds, rates and bytes as "
            + "numbers) instead of text.")
    boolean json;

    @Mixin
    ProgressOption progressOption;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserError, JsonProcessingException, ScenarioFileException {
        RunSettings settings = new RunSettings(FrontEnd.BENCH, simulation.sample(), simulation.seed(), simulation.threads(), 1,
                months.months(), null, false, progressOption.quiet()).checked();
        PrintWriter out = spec.commandLine().getOut();
        Consumer<String> progress = progressOption.messages("bench", spec.commandLine().getErr());
        BenchResult r = scenario == null
                ? Bench.run(BenchScenario.of(settings.sampleWithoutFile(), settings.monthsOr(
                        Muhojir.defaultScenario().months())), BenchScenario.DESCRIPTION, settings, progress)
                : Bench.run(settings.resolve(ScenarioLoader.standard().load(scenario)), scenario, settings, progress);
        out.print(json ? new ObjectMapper().writeValueAsString(r.fields()) + System.lineSeparator() : r.text());
        out.flush();
        return 0;
    }
}
