package org.muhojir.scenarios.cli;

import org.muhojir.scenarios.ensemble.EnsembleEngine;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code muhojir compare}: a baseline and policies with common random numbers, and their paired differences. */
@Command(name = "compare", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Batch.class,
        header = "Compare policy scenarios with a baseline.",
        description = {"",
            "Runs BASELINE and each POLICY with the same seed and replication numbers, so that replication k of "
                    + "every scenario uses the same random draws (common random numbers). The differences "
                    + "(policy minus baseline) are computed replication by replication and reported with 95%% "
                    + "intervals: far narrower than those of two independent sets of runs.",
            "",
            "Writes the files of 'muhojir run' for all the scenarios together (monthly.csv and summary.csv have "
                    + "a scenario column; one scenario.NAME.resolved.json each), plus differences.csv; "
                    + "report.html shows the differences first. The scenarios must cover the same months.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir compare baseline no-crackdown-2024",
            "      # the world without 2024's crackdown",
            "  ./muhojir compare baseline russia-crackdown-2026",
            "  ./muhojir compare baseline diversification cheaper-transfers",
            "  ./muhojir compare russia-crackdown-2026 pressure-plus-diversification -r 10",
            "  ./muhojir compare baseline my-policy.json --sample 0.05 --out results/policy"})
final class CompareCommand extends BatchCommand {
    CompareCommand() {
    }

    /** The command running its replications on the engines {@code engines} opens. */
    CompareCommand(EnsembleEngine.Factory engines) {
        super(engines);
    }

    @Parameters(index = "0", paramLabel = "BASELINE", description = "The scenario to compare with (name or file).")
    String baseline;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "POLICY",
            description = "One or more policy scenarios (names or files).")
    List<String> policies;

    @Override
    public Integer call() throws Exception {
        List<String> all = new ArrayList<>();
        all.add(baseline);
        all.addAll(policies);
        return execute("compare", all);
    }
}
