package org.muhojir.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.scenarios.catalogue.Catalogue;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.output.EpisodeSeries;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code muhojir backcast}: replays a historical episode from inputs known at the time. */
@Command(name = "backcast", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Batch.class,
        header = "Replay a historical episode (rouble collapse 2014-16, border closure 2020, 2022, crackdown 2024).",
        description = {"",
            "Runs replications of EPISODE (a bundled episode, see --list, or an episode file), built only from "
                    + "what was known at the time: exchange rates, fees, GDP and dated policy events. The model "
                    + "gets to the outcomes through its mechanisms. Writes everything 'run' writes (report.html "
                    + "with its charts, monthly.csv, summary.csv, ...) and:",
            "  episode-annual.csv   per year: remittances received (USD), departures, migrants abroad, "
                    + "deportations, poverty; remittances sent (all, from Russia) and poverty on the old national "
                    + "line, as the published figures measure them; departures to and migrants in Russia, returns "
                    + "by choice, re-entry bans in force; mean and 95%% interval",
            "  episode-monthly.csv  the same per month",
            "  episode-inputs.csv   per year: the dated inputs used (exchange rates, wages, prices, the patent, "
                    + "GDP, population) and their source, from memory, or beyond the data; the dated rules, events "
                    + "and shocks in force", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir backcast --list",
            "  ./muhojir backcast rouble-collapse-2014",
            "  ./muhojir backcast crackdown-2024 --replications 10 --out results/crackdown"})
final class BackcastCommand extends BatchCommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "EPISODE",
            description = "A bundled episode's name (see --list) or the path of an episode file.")
    String episode;

    @Option(names = "--list", description = "List the bundled episodes and exit (as 'muhojir list --episodes').")
    boolean list;

    @Override
    public Integer call() throws Exception {
        Catalogue episodes = Catalogue.episodes();
        if (list) {
            print(episodes, spec.commandLine().getOut());
            return 0;
        }
        if (episode == null) {
            throw new UserError("name an episode (one of " + String.join(", ", episodes.names())
                    + "; see muhojir list --episodes)");
        }
        ScenarioLoader loader = new ScenarioLoader(episodes, Path.of("").toAbsolutePath());
        warnIfNotOnlyInputs(loader.load(episode).scenario());
        return service().loadingWith(loader)
                .execute("backcast", List.of(episode), (folder, runs) -> EpisodeSeries.write(folder, runs.get(0)));
    }

    /**
     * Warns when {@code s} changes more than its months: an episode that sets a behavioural or economic value, the
     * population, the macro paths, a destination or the world's events, or adds shocks, is not a window of the one
     * history (docs/calibration.md, section 12), so its backcast says how another world would have gone.
     */
    private void warnIfNotOnlyInputs(Scenario s) {
        List<String> changed = changedFromTheWorld(s);
        if (!changed.isEmpty() && !options.output.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("muhojir: warning: episode '" + s.name() + "' changes " + String.join(", ", changed)
                    + ", not only its months: it is not a window of the one history (docs/calibration.md, section 12)");
            err.flush();
        }
    }

    /** The sections of {@code s} that differ from the baseline's world (its sample aside). */
    static List<String> changedFromTheWorld(Scenario s) {
        Scenario world = TajikistanDefaults.baseline().withSampleFraction(s.population().sampleFraction());
        List<String> changed = new java.util.ArrayList<>();
        if (!world.population().equals(s.population())) {
            changed.add("population");
        }
        if (!world.economy().equals(s.economy())) {
            changed.add("economy");
        }
        if (!world.behaviour().equals(s.behaviour())) {
            changed.add("behaviour");
        }
        if (!world.macro().equals(s.macro())) {
            changed.add("macro");
        }
        if (!world.destinations().equals(s.destinations())) {
            changed.add("destinations");
        }
        if (world.warmUpMonths() != s.warmUpMonths()) {
            changed.add("warmUpMonths");
        }
        if (!world.events().equals(s.events())) {
            changed.add("events");
        }
        if (!s.shocks().isEmpty()) {
            changed.add("shocks");
        }
        return changed;
    }

    /** Each episode of {@code episodes}: its name and months, then the first sentence of its story. */
    static void print(Catalogue episodes, PrintWriter out) throws Exception {
        ScenarioLoader loader = new ScenarioLoader(episodes, Path.of("").toAbsolutePath());
        for (String name : episodes.names()) {
            var s = loader.load(name).scenario();
            String d = s.description();
            int dot = d.indexOf(". ");
            out.println(name + "  (" + s.start() + " to " + s.end() + ")");
            out.println("    " + (dot > 0 ? d.substring(0, dot + 1) : d));
        }
        out.flush();
    }
}
