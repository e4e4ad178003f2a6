package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code muhojir validate}: checks scenario files and prints every problem, without running anything. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        header = "Check scenario files and print every problem.",
        description = {"",
            "Reads each SCENARIO and every scenario it extends, and prints every problem at once, one per line: "
                    + "file:line:column: JSON path: what is wrong, what was expected and what was found. "
                    + "A misspelt field name gets a suggestion. Nothing is run or written.",
            "",
            "Exit code 0 when every file is valid, 2 when any has a problem. Without SCENARIO, checks every "
                    + "bundled scenario.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir validate my-policy.json",
            "  ./muhojir validate scenarios/catalogue/*.json",
            "  ./muhojir validate                      # every bundled scenario"})
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario files or bundled names.")
    List<String> scenarios = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> refs = scenarios.isEmpty() ? Catalogue.bundled().names() : scenarios;
        ScenarioLoader loader = ScenarioLoader.standard();
        int bad = 0;
        for (String ref : refs) {
            try {
                LoadedScenario l = loader.load(ref);
                out.println("ok: " + ref + " (scenario '" + l.scenario().name() + "', " + l.scenario().start()
                        + " to " + l.scenario().end() + ", " + shocks(l.scenario().shocks()) + warnings(l) + ")");
                l.warningLines().forEach(w -> out.println("  warning: " + w));
            } catch (ScenarioFileException e) {
                bad++;
                err.println("error: " + e.report());
            }
        }
        out.flush();
        err.flush();
        if (bad > 0 && refs.size() > 1) {
            err.println(bad + " of " + refs.size() + " scenarios have problems");
        }
        return bad == 0 ? 0 : MuhojirCommand.USER_ERROR;
    }

    private static String warnings(LoadedScenario l) {
        int n = l.warnings().size();
        return n == 0 ? "" : ", " + n + " warning" + (n == 1 ? "" : "s");
    }

    private static String shocks(List<ScheduledShock> shocks) {
        return shocks.size() + " shock" + (shocks.size() == 1 ? "" : "s");
    }
}
