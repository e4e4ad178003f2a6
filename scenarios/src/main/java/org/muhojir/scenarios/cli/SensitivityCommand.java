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
import org.muhojir.core.calibration.MorrisDesign;
import org.muhojir.core.calibration.MorrisEffect;
import org.muhojir.core.calibration.MorrisResult;
import org.muhojir.core.calibration.MorrisScreening;
import org.muhojir.core.calibration.SimulationSettings;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.calibrate.ParameterNames;
import org.muhojir.scenarios.load.LoadedScenario;
import org.muhojir.scenarios.load.ScenarioLoader;
import org.muhojir.scenarios.load.Suggest;
import org.muhojir.scenarios.output.Csv;
import org.muhojir.scenarios.output.Manifest;
import org.muhojir.scenarios.output.Numbers;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.OutputTarget;
import org.muhojir.scenarios.run.RunSettings;
import org.muhojir.scenarios.run.StopNotice;
import org.muhojir.scenarios.run.StudyRun;
import org.muhojir.scenarios.run.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code muhojir sensitivity}: Morris elementary-effects screening of the free parameters. */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, sortOptions = false, showDefaultValues = true,
        defaultValueProvider = FrontEndDefaults.Sensitivity.class,
        header = "Rank the free parameters by their effect on headline outcomes (Morris screening).",
        description = {"",
            "Moves the free parameters one at a time along random trajectories on a grid between their bounds "
                    + "(Morris elementary effects), runs the scenario with replications at each point (the same "
                    + "random numbers every time), and writes morris.csv (and morris-points.csv, manifest.json): for each outcome and parameter mu* "
                    + "(importance, in the outcome's unit per full range of the parameter), mu (direction), sigma "
                    + "(interactions or non-linearity), mu* relative to the outcome's mean, and the rank. Prints "
                    + "the top parameters per outcome. Runs trajectories x (parameters + 1) points.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  ./muhojir sensitivity",
            "      # 10 trajectories, 4 levels, remittances, migrants abroad and poverty in 2024, 1%% sample",
            "  ./muhojir sensitivity --trajectories 20 --outcomes departures,gini \\",
            "      --year 2025 --out results/morris"})
final class SensitivityCommand implements Callable<Integer> {
    @Option(names = "--scenario", paramLabel = "SCENARIO", defaultValue = "baseline",
            description = "The scenario screened: a bundled name or a file.")
    String scenario;

    @Option(names = "--trajectories", paramLabel = "R", defaultValue = "10",
            description = "Morris trajectories (2 or more).")
    int trajectories;

    @Option(names = "--levels", paramLabel = "P", defaultValue = "4",
            description = "Grid levels per parameter: an even number, 4 or more.")
    int levels;

    @Mixin
    OutcomeOptions outcomes;

    @Option(names = "--parameters", paramLabel = "NAME", split = ",",
            description = "Free parameters screened, comma separated (default: all of them).")
    List<String> parameters;

    @Mixin
    BatchOptions options;

    @Option(names = "--top", paramLabel = "N", defaultValue = "3",
            description = "Parameters printed per outcome.")
    int top;

    @Spec
    CommandSpec spec;

    /** Refuses a design Morris screening cannot have, naming the option, what it allows and the value. */
    private void checkDesign() throws UserError {
        RunSettings.checkAtLeast("--trajectories", trajectories, 2);
        if (levels < 4 || levels % 2 != 0) {
            throw new UserError("--levels must be an even number, 4 or more, was " + levels);
        }
        RunSettings.checkAtLeast("--top", top, 1);
    }

    /** Most points (simulations) of one screening. */
    static final long MAX_POINTS = 1_000_000L;

    @Override
    public Integer call() throws Exception {
        RunSettings settings = options.settings(FrontEnd.SENSITIVITY);
        checkDesign();
        LoadedScenario loaded = ScenarioLoader.standard().load(scenario);
        Scenario s = settings.resolve(loaded);
        List<YearMoment> outs = outcomes.moments(s);
        OutcomeOptions.checkYears(settings, s, outs);
        List<FreeParameter> params = parameters();
        long points = (long) trajectories * (params.size() + 1);
        if (points > MAX_POINTS) {
            throw new UserError(String.format(Locale.ROOT, "--trajectories %,d with %d parameters is %,d points, "
                    + "each a simulation; a screening may have at most %,d (10 to 50 trajectories are usual)",
                    trajectories, params.size(), points, MAX_POINTS));
        }
        Path target = options.output.claim("sensitivity");
        if (!settings.quiet()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf(Locale.ROOT, "muhojir sensitivity: %s, %d parameters, %d outcomes, %d points%n",
                    s.name(), params.size(), outs.size(), points);
            err.flush();
        }
        MorrisResult r;
        try (StopNotice notice = new StopNotice(spec.commandLine().getErr(), target,
                () -> String.format(Locale.ROOT, " while screening %,d points", points))) {
            int runs = settings.replications();
            r = MorrisScreening.screen(s, params, outs, new MorrisDesign(trajectories, levels, settings.seed()),
                    new SimulationSettings(settings.runOptions(runs), runs, settings.parallelRuns(runs)));
        } catch (IllegalArgumentException e) {
            throw new UserError("cannot screen: " + e.getMessage());
        }
        OutputTarget.write(target, settings.force(), staging -> {
            write(staging.resolve("morris.csv"), r);
            writePoints(staging.resolve("morris-points.csv"), r, params);
            Manifest.writeStudy(staging.resolve("manifest.json"), manifest(s, loaded, params, outs, settings));
            return null;
        });
        if (settings.quiet()) {
            spec.commandLine().getOut().println(target); // quiet: the result's path alone
            spec.commandLine().getOut().flush();
        } else {
            print(r, target);
        }
        return 0;
    }

    /** What {@code manifest.json} records of this screening, so that it can be repeated. */
    private Map<String, Object> manifest(Scenario s, LoadedScenario loaded, List<FreeParameter> params,
                                         List<YearMoment> outs, RunSettings settings) {
        Map<String, Object> m = StudyRun.manifest(Version.get(), "sensitivity",
                spec.commandLine().getParseResult().originalArgs(), s, loaded.inputs(), settings);
        m.put("trajectories", trajectories);
        m.put("levels", levels);
        m.put("parameters", params.stream().map(FreeParameter::name).toList());
        m.put("outcomes", outs.stream().map(YearMoment::label).toList());
        return m;
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

    /**
     * Every point evaluated, so that the screening can be recomputed from the command's output: trajectory, step,
     * each parameter's value in its own unit, each outcome's value there.
     */
    static void writePoints(Path file, MorrisResult r, List<FreeParameter> params) throws java.io.IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            List<String> header = new ArrayList<>(List.of("trajectory", "step"));
            header.addAll(r.factors());
            header.addAll(r.outcomes());
            w.write(String.join(",", header.stream().map(Csv::cell).toList()) + "\n");
            for (MorrisResult.Point p : r.points()) {
                StringBuilder line = new StringBuilder().append(p.trajectory()).append(',').append(p.step());
                double[] unit = p.unit();
                for (int i = 0; i < unit.length; i++) {
                    line.append(',').append(Numbers.csv(params.get(i).fromUnit(unit[i])));
                }
                for (double y : p.outcomes()) {
                    line.append(',').append(Numbers.csv(y));
                }
                w.write(line.append('\n').toString());
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
        out.println("wrote " + target.resolve("morris.csv") + " and morris-points.csv");
        out.flush();
    }

}
