package org.muhojir.scenarios.cli;

import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.Moments;
import org.muhojir.core.calibration.MorrisDesign;
import org.muhojir.core.calibration.MorrisEffect;
import org.muhojir.core.calibration.MorrisResult;
import org.muhojir.core.calibration.MorrisScreening;
import org.muhojir.core.calibration.SimulationSettings;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.calibrate.ParameterNames;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.load.Suggest;
import org.muhojir.scenarios.output.Csv;
import org.muhojir.scenarios.output.Numbers;
import org.muhojir.scenarios.output.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code muhojir sensitivity}: Morris elementary-effects screening of the free parameters. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Rank the free parameters by their effect on headline outcomes (Morris screening).",
        description = {"",
            "Moves the free parameters one at a time along random trajectories on a grid between their bounds "
                    + "(Morris elementary effects), runs the scenario with replications at each point (the same "
                    + "random numbers every time), and writes morris.csv: for each outcome and parameter mu* "
                    + "(importance, in the outcome's unit per full range of the parameter), mu (direction), sigma "
                    + "(interactions or non-linearity), mu* relative to the outcome's mean, and the rank. Prints "
                    + "the top parameters per outcome. Runs trajectories x (parameters + 1) points.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  muhojir sensitivity",
            "      10 trajectories, 4 levels, remittances, migrants abroad and poverty in 2024, 1%% sample",
            "  muhojir sensitivity --trajectories 20 --outcomes departures,gini --year 2025 --out results/morris"})
final class SensitivityCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "The scenario screened: a bundled name or a file (default: ${DEFAULT-VALUE}).")
    String scenario;

    @Option(names = "--trajectories", paramLabel = "R", defaultValue = "10",
            description = "Morris trajectories (default: ${DEFAULT-VALUE}).")
    int trajectories;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4",
            description = "Grid levels per parameter, even (default: ${DEFAULT-VALUE}).")
    int levels;

    @Option(names = "--outcomes", paramLabel = "MOMENT", split = ",",
            defaultValue = "remittances_received_usd,migrants_abroad,poverty_fgt0",
            description = "Outcomes: moment names, comma separated (default: ${DEFAULT-VALUE}).")
    List<String> outcomes;

    @Option(names = "--year", paramLabel = "YEAR",
            description = "Calendar year of the outcomes (default: the scenario's second year).")
    Integer year;

    @Option(names = "--parameters", paramLabel = "NAME", split = ",",
            description = "Free parameters screened, comma separated (default: all of them).")
    List<String> parameters;

    @Option(names = {"-s", "--sample"}, paramLabel = "FRACTION", defaultValue = "0.01",
            description = "Share of households simulated (default: ${DEFAULT-VALUE}).")
    double sample;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "2",
            description = "Replications per point (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "99",
            description = "Seed of the simulations and of the trajectories (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3",
            description = "Parameters printed per outcome (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Output folder (default: muhojir-output/sensitivity-DATE-TIME).")
    Path out;

    @Option(names = {"-f", "--force"}, description = "Replace the output folder if it exists.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!(sample > 0 && sample <= 1) || replications < 1 || trajectories < 2 || top < 1) {
            throw new UserError("need 0 < --sample <= 1, --replications >= 1, --trajectories >= 2, --top >= 1");
        }
        Scenario s = ScenarioLoader.standard().load(scenario).scenario();
        int y = year != null ? year : s.start().getYear() + 1;
        List<YearMoment> outs = new ArrayList<>();
        for (String o : outcomes) {
            if (!Moments.all().containsKey(o)) {
                throw new UserError("unknown outcome \"" + o + "\"." + Suggest.didYouMean(o, Moments.all().keySet())
                        + " Known moments: " + String.join(", ", Moments.all().keySet()));
            }
            outs.add(new YearMoment(Moments.byName(o), y));
        }
        List<FreeParameter> params = parameters();
        Path target = OutputTarget.claim(out, "sensitivity", force);
        MorrisResult r;
        try {
            MorrisDesign design = new MorrisDesign(trajectories, levels, seed);
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "muhojir sensitivity: %s, %d parameters, %d outcomes in %d, %d points%n",
                    s.name(), params.size(), outs.size(), y, trajectories * (params.size() + 1));
            err.flush();
            r = MorrisScreening.screen(s.withSampleFraction(sample), params, outs, design,
                    new SimulationSettings(RunOptions.seed(seed), replications,
                            Math.min(replications, Runtime.getRuntime().availableProcessors())));
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot screen: " + e.getMessage());
        }
        OutputFolder folder = OutputFolder.begin(target, force);
        try {
            write(folder.staging().resolve("morris.csv"), r);
            folder.commit();
            folder = null;
        } finally {
            if (folder != null) {
                folder.abandon();
            }
        }
        print(r, target);
        return 0;
    }

    private List<FreeParameter> parameters() throws UserError {
        Map<String, FreeParameter> known = ParameterNames.all();
        if (parameters == null) {
            return org.muhojir.core.calibration.FreeParameters.defaults();
        }
        List<FreeParameter> l = new ArrayList<>();
        for (String n : parameters) {
            FreeParameter p = known.get(n);
            if (p == null) {
                throw new UserError("unknown free parameter \"" + n + "\"." + Suggest.didYouMean(n, known.keySet())
                        + " Known: " + String.join(", ", known.keySet()));
            }
            l.add(p);
        }
        return l;
    }

    /** The ranked table: one row per outcome and parameter, by rank within each outcome. */
    static void write(Path file, MorrisResult r) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("outcome,parameter,mu_star,mu,sigma,relative_mu_star,rank\n");
            for (MorrisEffect e : r.effects()) {
                w.write(Csv.cell(e.outcome()) + ',' + Csv.cell(e.factor()) + ',' + Numbers.csv(e.muStar()) + ','
                        + Numbers.csv(e.mu()) + ',' + Numbers.csv(e.sigma()) + ','
                        + Numbers.csv(e.relativeMuStar()) + ',' + e.rank() + '\n');
            }
        }
    }

    private void print(MorrisResult r, Path target) {
        PrintWriter out = spec.commandLine().getOut();
        for (String o : r.outcomes()) {
            out.println(o + ":");
            for (MorrisEffect e : r.ranking(o)) {
                if (e.rank() <= top) {
                    out.printf(Locale.ROOT, "  %d. %-50s mu* %.4g  mu %+.4g  sigma %.4g%n", e.rank(), e.factor(),
                            e.muStar(), e.mu(), e.sigma());
                }
            }
        }
        out.println("wrote " + target.resolve("morris.csv"));
        out.flush();
    }

}
