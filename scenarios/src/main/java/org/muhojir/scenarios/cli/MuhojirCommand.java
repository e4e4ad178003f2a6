package org.muhojir.scenarios.cli;

import java.util.List;
import org.muhojir.scenarios.run.RunService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code muhojir} command: runs scenario files and writes reports. */
@Command(name = "muhojir", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {RunCommand.class, CompareCommand.class, ValidateCommand.class, ListCommand.class,
            DescribeCommand.class, SchemaCommand.class, CalibrateCommand.class, SensitivityCommand.class,
            SobolCommand.class, UncertaintyCommand.class,
            BackcastCommand.class, HistoryCommand.class, CheckResponsesCommand.class, BenchCommand.class, GuiCommand.class, picocli.CommandLine.HelpCommand.class},
        synopsisSubcommandLabel = "COMMAND",
        header = "Simulates labour migration from Tajikistan under policy scenarios and reports remittances, "
                + "migration and poverty.",
        description = {"",
            "A scenario is a JSON file (or the name of a bundled one, see './muhojir list'). Run one, compare "
                    + "policies with a baseline, or check files before running them; watch one in the "
                    + "visualizer ('./muhojir gui'), or time the model at full scale ('./muhojir bench').", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir run baseline                        # a quick run of the present-day baseline",
            "  ./muhojir run russia-crackdown-2026 --full    # a second crackdown at full scale",
            "  ./muhojir compare baseline no-crackdown-2024  # what the 2024 crackdown did",
            "  ./muhojir compare baseline diversification cheaper-transfers",
            "  ./muhojir validate my-policy.json             # check a file, print every problem",
            "  ./muhojir list                                # the bundled scenarios",
            "  ./muhojir describe russia-crackdown-2026      # what a scenario does",
            "  ./muhojir gui russia-crackdown-2026           # watch it in the visualizer",
            "                                                # (MASON Console; needs a display)",
            "  ./muhojir bench --threads 2                   # time 10 years of every household",
            "  ./muhojir calibrate                           # fit the free parameters on the history 2010-2023",
            "  ./muhojir sensitivity                         # Morris screening of the main parameters",
            "  ./muhojir sobol                               # Sobol indices of the free parameters",
            "  ./muhojir uncertainty baseline --draws d.csv  # a scenario over draws of its parameters",
            "  ./muhojir backcast covid-closure-2020         # replay a historical episode from its inputs",
            "  ./muhojir check-responses                     # the policy responses economics can sign, checked",
            "",
            "Exit codes: 0 done; 1 internal error (a bug); 2 a problem with the command, a scenario file or the "
                    + "output folder (nothing is written); 3 an expectation of check-responses failed; 130 stopped "
                    + "with Ctrl-C (SIGINT) and 143 stopped by SIGTERM (kill, a job scheduler), after cleaning up: "
                    + "nothing is written.",
            "Limits: scenario files up to 16 MiB, UTF-8; --sample 0.001 to 1; --replications 1 to 1000; "
                    + "--threads 1 to 256; --months 1 to 1200. --force replaces only an empty folder or an "
                    + "earlier muhojir output.",
            "Bundled scenario files: scenarios/catalogue/. Reference: docs/scenario-reference.md."})
public final class MuhojirCommand implements Runnable {
    /** Exit code of a user's mistake. */
    public static final int USER_ERROR = 2;
    /** Exit code after Ctrl-C. */
    public static final int STOPPED = RunService.STOPPED;

    private final List<String> args;

    @Spec
    private CommandSpec spec;

    MuhojirCommand(String[] args) {
        this.args = List.of(args);
    }

    /** The command line as given, for the manifest. */
    List<String> args() {
        return args;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
