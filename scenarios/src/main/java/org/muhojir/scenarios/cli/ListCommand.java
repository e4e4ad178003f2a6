package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code muhojir list}: the bundled scenarios, one line each. */
@Command(name = "list", mixinStandardHelpOptions = true,
        header = "List the bundled scenarios (or, with --episodes, the historical episodes of 'muhojir backcast').",
        description = {"",
            "Prints each bundled scenario's name and the first sentence of its story. Their files are in "
                    + "scenarios/catalogue/ (copy one to start your own); 'muhojir describe NAME' tells the "
                    + "whole story.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  ./muhojir list", "  ./muhojir list --episodes", "  ./muhojir describe rouble-devaluation"})
final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--episodes", description = "List the historical episodes that 'muhojir backcast' replays, "
            + "with their months.")
    boolean episodes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (episodes) {
            BackcastCommand.print(Catalogue.episodes(), out);
            return 0;
        }
        Catalogue catalogue = Catalogue.bundled();
        ScenarioLoader loader = ScenarioLoader.standard();
        int width = catalogue.names().stream().mapToInt(String::length).max().orElse(10);
        for (String name : catalogue.names()) {
            LoadedScenario l = loader.load(name);
            List<String> lines = DescribeCommand.wrap(DescribeCommand.firstSentence(l.scenario().description()),
                    Math.max(40, 100 - width - 2));
            for (int i = 0; i < lines.size(); i++) {
                out.printf("%-" + width + "s  %s%n", i == 0 ? name : "", lines.get(i));
            }
        }
        out.flush();
        return 0;
    }
}
