package org.muhojir.scenarios.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.bench.Bench;
import org.muhojir.scenarios.bench.BenchResult;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code muhojir bench}: times the whole population over a decade and reports the speed and the heap. */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
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
            "  muhojir bench                              every household, 120 months, 1 thread",
            "  muhojir bench --threads 2                  the same on 2 threads",
            "  muhojir bench --sample 0.1 --months 24     a quicker look",
            "  muhojir bench --json                       one line of JSON, for scripts",
            "  muhojir bench --scenario baseline          time a bundled scenario, or a file, instead"})
final class BenchCommand implements Callable<Integer> {
    @Option(names = {"-s", "--sample"}, paramLabel = "FRACTION", defaultValue = "1.0",
            description = "Share of households simulated, more than 0 and at most 1 (default: ${DEFAULT-VALUE}, "
                    + "every household, about 1.65 million).")
    double sample;

    @Option(names = "--months", paramLabel = "N", defaultValue = "120",
            description = "Months simulated from January 2023 (default: ${DEFAULT-VALUE}).")
    int months;

    @Option(names = {"-t", "--threads"}, paramLabel = "N", defaultValue = "1",
            description = "Worker threads stepping the population (default: ${DEFAULT-VALUE}). Results do not "
                    + "depend on it; the time does.")
    int threads;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "1",
            description = "Master seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scenario", paramLabel = "NAME|FILE",
            description = "Time this scenario (a bundled name or a JSON file) instead of the benchmark scenario: "
                    + "its shocks from its own start, at --sample and for --months.")
    String scenario;

    @Option(names = "--json", description = "Print the figures as one line of JSON (seconds, rates and bytes as "
            + "numbers) instead of text.")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "No progress messages on standard error.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws UserError, JsonProcessingException, ScenarioFileException {
        check();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Consumer<String> progress = message -> {
            if (!quiet) {
                err.println("muhojir bench: " + message);
                err.flush();
            }
        };
        BenchResult r = scenario == null ? Bench.run(sample, months, threads, seed, progress)
                : Bench.run(chosen(), scenario, threads, seed, progress);
        out.print(json ? new ObjectMapper().writeValueAsString(r.fields()) + System.lineSeparator() : r.text());
        out.flush();
        return 0;
    }

    /** The scenario asked for, at the sample and length asked for. */
    private Scenario chosen() throws ScenarioFileException, UserError {
        Scenario s = ScenarioLoader.standard().load(scenario).scenario();
        try {
            return s.withSampleFraction(sample).withPeriod(s.start(), months);
        } catch (InvalidScenarioException e) {
            throw new UserError(scenario + " cannot run " + months + " months: " + e.getMessage());
        }
    }

    private void check() throws UserError {
        if (!(sample > 0 && sample <= 1)) {
            throw new UserError("--sample must be more than 0 and at most 1, was " + sample);
        }
        if (months < 1 || months > 1200) {
            throw new UserError("--months must be between 1 and 1200, was " + months);
        }
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, was " + threads);
        }
    }
}
