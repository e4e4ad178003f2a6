package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Provenance;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.JsonWriter;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.Numbers;
import org.muhojir.scenarios.output.ShockDates;
import org.muhojir.scenarios.output.WorldEvents;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code muhojir describe}: the story, period, files, the world's events and the shocks of a scenario. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        header = "Tell what a scenario does.",
        description = {"",
            "Prints a scenario's story, its period, the files it is built from, the values it sets, the world's "
                    + "dated events its months reach (and those it leaves out) and every shock of its own with its "
                    + "dates. With --resolved, prints the whole scenario as JSON with every value filled in (a good "
                    + "starting point for a file of your own).", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  ./muhojir describe russia-crackdown-2026", "  ./muhojir describe my-policy.json",
            "  ./muhojir describe baseline --resolved > everything.json"})
final class DescribeCommand implements Callable<Integer> {
    private static final int WIDTH = 100;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A bundled scenario's name or a file.")
    String scenario;

    @Option(names = "--resolved", description = "Print the scenario as JSON, every value filled in.")
    boolean resolved;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ScenarioFileException {
        PrintWriter out = spec.commandLine().getOut();
        LoadedScenario l = ScenarioLoader.standard().load(scenario);
        Scenario s = l.scenario();
        if (resolved) {
            out.print(JsonWriter.write(TreeWriter.scenario(s, "resolved")));
            out.flush();
            return 0;
        }
        out.println(s.name());
        out.println("=".repeat(s.name().length()));
        wrap(out, s.description().isEmpty() ? "(no description)" : s.description());
        out.println();
        out.println("Period:  " + s.start() + " to " + s.end() + " (" + Numbers.months(s.months()) + ")");
        List<String> files = new ArrayList<>();
        l.inputs().forEach(i -> files.add(i.shownAs()));
        out.println("Files:   " + String.join(" extends ", files) + (files.size() > 0 ? " extends the core "
                + "model's defaults" : ""));
        List<Provenance.Change> changes = Provenance.changes(s);
        out.println("Values:" + (changes.isEmpty() ? "  the core model's defaults" : "  set other than the core "
                + "model's defaults, from the warm-up on"));
        changes.forEach(ch -> out.println("  - " + ch));
        List<String> events = WorldEvents.in(s);
        out.println("Events:" + (events.isEmpty() ? "  none in the simulated months" : "  the world's, in the simulated "
                + "months (history included)"));
        events.forEach(e -> out.println("  - " + e));
        out.println("Shocks:" + (s.shocks().isEmpty() ? "  none" : ""));
        for (ScheduledShock sh : s.shocks()) {
            out.println("  - " + ShockDates.line(ShockDates.firstToLast(sh), sh));
        }
        out.flush();
        return 0;
    }

    /** The text up to and including its first full stop followed by a space (or all of it). */
    static String firstSentence(String text) {
        int i = text.indexOf(". ");
        return i < 0 ? text : text.substring(0, i + 1);
    }

    private static void wrap(PrintWriter out, String text) {
        wrap(text, WIDTH).forEach(out::println);
    }

    /** The text in lines of at most {@code width} characters (longer words stand alone). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
