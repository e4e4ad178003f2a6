package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.ensemble.EnsembleEngine;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code muhojir run}: one scenario, several replications, every output file and the report. */
@Command(name = "run", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Batch.class,
        header = "Run a scenario and write its report.",
        description = {"",
            "Runs replications of SCENARIO (a bundled scenario's name or a scenario file) in parallel and writes "
                    + "into a new output folder:",
            "  report.html             headline table and charts with 95%% bands (one",
            "                          self-contained file: open it offline or mail it)",
            "  monthly.csv             every metric, month and replication, one value a row",
            "  summary.csv             per year, metric and group: mean and 95%% interval",
            "  summary.json            the headline outcomes",
            "  scenario.resolved.json  the scenario as run, every value filled in",
            "  manifest.json           version, seed, input hashes, JVM, times, command line",
            "",
            "The files appear only when all are complete; Ctrl-C stops cleanly and writes nothing. The path of "
                    + "report.html is printed on standard output.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir run baseline",
            "      # a quick run: 2%% of households, 5 replications, all 120 months",
            "  ./muhojir run russia-crackdown-2026 --replications 10 --out results/crackdown",
            "  ./muhojir run my-policy.json --full",
            "      # every household (about 1.65 million): minutes rather than seconds",
            "  ./muhojir run baseline --sample 0.005 --months 24 --seed 7 --out /tmp/quick"})
final class RunCommand extends BatchCommand {
    RunCommand() {
    }

    /** The command running its replications on the engines {@code engines} opens. */
    RunCommand(EnsembleEngine.Factory engines) {
        super(engines);
    }

    @Parameters(index = "0", paramLabel = "SCENARIO",
            description = "A bundled scenario's name (see 'muhojir list') or the path of a scenario file.")
    String scenario;

    @Override
    public Integer call() throws Exception {
        return execute("run", List.of(scenario));
    }
}
