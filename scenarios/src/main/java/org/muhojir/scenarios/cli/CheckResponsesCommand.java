package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.muhojir.scenarios.responses.BatterySettings;
import org.muhojir.scenarios.responses.Check;
import org.muhojir.scenarios.responses.ResponseBattery;
import org.muhojir.scenarios.responses.ResponseDecomposition;
import org.muhojir.scenarios.responses.ResponseTable;
import org.muhojir.scenarios.responses.Verdict;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code muhojir check-responses}: the battery of policy responses, as a table of verdicts. */
@Command(name = "check-responses", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        resourceBundle = "org.muhojir.scenarios.cli.CheckResponsesHelp",
        defaultValueProvider = FrontEndDefaults.Responses.class,
        header = "Check the model's policy responses against what economics expects.",
        description = {"",
            "Runs the present-day baseline from 2023-01 for 36 months and, with the same random numbers, each "
                    + "policy of the battery from 2024-01 (raids, dearer patents, harder exams, bans, an amnesty, "
                    + "exchange rates, closed borders, quotas, visas, training, consular protection, transfer "
                    + "fees, wages), and prints for each expectation the measured response (policy minus baseline, "
                    + "or the relative change), its 95%% interval across replications, and the verdict: pass, "
                    + "fail, or inconclusive when the interval straddles zero where a sign is expected. Exit "
                    + "code 3 if any expectation fails (they are named after the table), 0 if none does; 2 is a "
                    + "mistake in the command and 1 a bug, as for every command.",
            "",
            "The known defects of today's model (expectations it fails, with the issue that owns the fix) are "
                    + "listed in ResponseBatteryTest and explained in docs/ODD.md, section 4.12. "
                    + "--decompose prints the evidence: the puzzling responses by channel, by household and by "
                    + "month since the policy started. See docs/responses.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir check-responses                 # the battery: 2%%, sixteen replications",
            "  ./muhojir check-responses -s 0.05 -r 16   # narrower intervals, slower",
            "  ./muhojir check-responses --decompose     # why the puzzling responses happen"})
final class CheckResponsesCommand implements Callable<Integer> {
    @Mixin
    SimulationOptions simulation;

    @Mixin
    ReplicationsOption replications;

    @Option(names = "--decompose", description = "Print the decomposition of the puzzling responses instead of "
            + "the battery's table.")
    boolean decompose;

    @Mixin
    ProgressOption progress;

    @Spec
    CommandSpec spec;

    /**
     * The exit code when an expectation fails: the model answers a policy against the economics it states. Its own
     * code, so that a script tells it from a mistake in the command (2) and a bug (1).
     */
    static final int FAILED = 3;

    @Override
    public Integer call() throws UserError {
        RunSettings run = new RunSettings(FrontEnd.RESPONSES, simulation.sample(), simulation.seed(),
                simulation.threads(), replications.replications(), null, null, false, false).checked();
        BatterySettings settings = new BatterySettings(run.sampleWithoutFile(), run.replications(), run.seed(),
                run.parallelRuns(run.replications()));
        PrintWriter out = spec.commandLine().getOut();
        if (decompose) {
            ResponseDecomposition.print(settings, out);
            out.flush();
            return 0;
        }
        List<Check> checks = ResponseBattery.standard().run(settings,
                progress.messages("check-responses", spec.commandLine().getErr()));
        ResponseTable.print(checks, out);
        List<String> failed = failed(checks);
        if (!failed.isEmpty()) {
            out.println("failed: " + String.join(", ", failed));
        }
        out.flush();
        return exitCode(checks);
    }

    /** The names of the expectations that failed, in the battery's order. */
    private static List<String> failed(List<Check> checks) {
        return checks.stream().filter(c -> c.verdict() == Verdict.FAIL).map(c -> c.expectation().name()).toList();
    }

    /** {@link #FAILED} if any expectation failed, else 0. */
    static int exitCode(List<Check> checks) {
        return failed(checks).isEmpty() ? 0 : FAILED;
    }
}
