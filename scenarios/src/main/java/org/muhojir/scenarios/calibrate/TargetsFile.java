package org.muhojir.scenarios.calibrate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.muhojir.core.calibration.CalibrationSettings;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.Moments;
import org.muhojir.core.calibration.Target;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.load.Suggest;
import org.muhojir.scenarios.run.FrontEnd;
import org.muhojir.scenarios.run.RunSettings;

/**
 * A calibration targets file (format in {@code docs/calibration.md}): the anchor scenario, the targets (each a
 * moment of one simulated year with its observed value, tolerance, weight and source), the free parameters with
 * optional bounds, and the search settings. Read strictly: every problem is reported at once, with its line and
 * column, and unknown fields, moments and parameters get a "did you mean".
 *
 * @param description what the file calibrates (free text)
 * @param anchor      the anchor scenario: a bundled scenario's name or a path (relative to the targets file)
 * @param targets     the targets, ids unique
 * @param parameters  the free parameters, with the file's bounds applied
 * @param settings    how the search runs
 */
public record TargetsFile(String description, String anchor, List<Target> targets, List<FreeParameter> parameters,
                          Settings settings) {
    /** Where the default file is packed in the jar (kept in the repository at scenarios/calibration/). */
    public static final String BUNDLED = "calibration/targets-history.json";

    static final List<String> TOP = List.of("description", "note", "anchor", "targets", "freeParameters",
            "settings");
    static final List<String> TARGET = List.of("id", "description", "year", "moment", "value", "tolerance",
            "weight", "source");
    static final List<String> PARAMETER = List.of("name", "lower", "upper");
    static final List<String> SETTINGS = List.of("sample", "replications", "parallel", "evaluations", "optimiser",
            "seed", "optimiserSeed", "initialStep");
    /** The most evaluations a search may make (at a second or more each, a budget of weeks). */
    static final int MAX_EVALUATIONS = 1_000_000;
    /** The optimisers by name, in alphabetical order (messages list them so, the same on every start). */
    static final Map<String, CalibrationSettings.Method> OPTIMISERS = Collections.unmodifiableMap(new TreeMap<>(
            Map.of("cma-es", CalibrationSettings.Method.CMA_ES, "bobyqa", CalibrationSettings.Method.BOBYQA)));

    /**
     * An optimiser's name as a targets file gives it ({@code cma-es}, {@code bobyqa}), so that what an output says
     * ran can be given back in a file's settings.
     */
    public static String optimiserName(CalibrationSettings.Method method) {
        return OPTIMISERS.entrySet().stream().filter(e -> e.getValue() == method).findFirst().orElseThrow().getKey();
    }

    public TargetsFile {
        targets = List.copyOf(targets);
        parameters = List.copyOf(parameters);
    }

    /**
     * How the search runs.
     *
     * @param sample        share of households simulated (more than 0, at most 1)
     * @param replications  replications per evaluation (common random numbers across evaluations)
     * @param parallel      replications run at once
     * @param evaluations   the most objective evaluations
     * @param optimiser     CMA-ES or BOBYQA
     * @param seed          master seed of the simulations
     * @param optimiserSeed seed of the optimiser's own draws (CMA-ES)
     * @param initialStep   the optimiser's initial step on the parameters scaled to 0..1 between their bounds
     *                      (CMA-ES's sigma, BOBYQA's initial trust-region radius), more than 0 and at most 0.5
     */
    public record Settings(double sample, int replications, int parallel, int evaluations,
                           CalibrationSettings.Method optimiser, long seed, long optimiserSeed, double initialStep) {
        /** The same settings with some replaced (null keeps a value). */
        public Settings with(Double newSample, Integer newReplications, Integer newEvaluations, Long newSeed,
                             Integer newParallel) {
            return new Settings(newSample != null ? newSample : sample,
                    newReplications != null ? newReplications : replications,
                    newParallel != null ? newParallel : parallel,
                    newEvaluations != null ? newEvaluations : evaluations, optimiser,
                    newSeed != null ? newSeed : seed, optimiserSeed, initialStep);
        }
    }

    /** The text of the bundled default targets file. */
    public static String bundledText() {
        return BundledText.of(BUNDLED);
    }

    /**
     * Reads a targets file.
     *
     * @param shownAs how the file is named in messages
     * @throws CalibrationFileException listing every problem, if there is any
     */
    public static TargetsFile read(String shownAs, String text) throws CalibrationFileException {
        FileProblems p = new FileProblems();
        Json.Obj top = p.top(shownAs, text, "a targets file", TOP);
        String description = p.text(top, "description", false, "");
        String anchor = p.text(top, "anchor", true, null);
        List<Target> targets = targets(top, p);
        List<FreeParameter> parameters = parameters(top, p);
        Settings settings = settings(top, p);
        if (!p.all().isEmpty()) {
            throw new CalibrationFileException(shownAs, p.all());
        }
        return new TargetsFile(description, anchor, targets, parameters, settings);
    }

    private static List<Target> targets(Json.Obj top, FileProblems p) {
        List<Target> out = new ArrayList<>();
        Json v = top.get("targets");
        if (!(v instanceof Json.Arr a) || a.items().isEmpty()) {
            p.add(v == null ? top : v, "\"targets\" must be a non-empty array of targets");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (Json item : a.items()) {
            Json.Obj o = p.object(item, "a target");
            if (o == null) {
                continue;
            }
            p.onlyKnown(o, TARGET);
            int before = p.all().size();
            String id = p.text(o, "id", true, null);
            String description = p.text(o, "description", false, "");
            long year = p.whole(o, "year", true, 0, 1900);
            String moment = p.text(o, "moment", true, null);
            double value = p.number(o, "value", true, 0);
            double tolerance = p.number(o, "tolerance", true, 0);
            double weight = p.number(o, "weight", false, 1);
            String source = p.text(o, "source", true, null);
            if (id != null && !ids.add(id)) {
                p.add(o.get("id"), "target id \"" + id + "\" appears twice");
            }
            if (moment != null && !Moments.all().containsKey(moment)) {
                p.add(o.get("moment"), "unknown moment \"" + moment + "\"." + Suggest.didYouMean(moment,
                        Moments.all().keySet()) + " Known moments: " + String.join(", ", Moments.all().keySet()));
            }
            // a value not a number (NaN) has had its problem said already
            if (!Double.isNaN(tolerance) && !(tolerance > 0)) {
                p.add(o.get("tolerance") == null ? o : o.get("tolerance"), "\"tolerance\" must be more than 0 "
                        + "(absolute, in the moment's unit)");
            }
            if (!Double.isNaN(weight) && !(weight >= 0)) {
                p.add(o.get("weight"), "\"weight\" must be 0 or more (0 reports a target without fitting it)");
            }
            if (value == 0) {
                p.add(o.get("value"), "\"value\" must not be 0: errors are relative to it");
            }
            if (p.all().size() == before) {
                out.add(Target.of(id, description, (int) year, moment, value, tolerance, weight, source));
            }
        }
        return out;
    }

    private static List<FreeParameter> parameters(Json.Obj top, FileProblems p) {
        List<FreeParameter> out = new ArrayList<>();
        Json v = top.get("freeParameters");
        if (!(v instanceof Json.Arr a) || a.items().isEmpty()) {
            p.add(v == null ? top : v, "\"freeParameters\" must be a non-empty array of names, or of objects "
                    + "{\"name\": ..., \"lower\": ..., \"upper\": ...}");
            return out;
        }
        Map<String, FreeParameter> known = ParameterNames.all();
        Set<String> seen = new HashSet<>();
        for (Json item : a.items()) {
            String name;
            double lower = Double.NaN;
            double upper = Double.NaN;
            if (item instanceof Json.Str s) {
                name = s.value();
            } else if (item instanceof Json.Obj o) {
                p.onlyKnown(o, PARAMETER);
                name = p.text(o, "name", true, null);
                lower = p.number(o, "lower", false, Double.NaN);
                upper = p.number(o, "upper", false, Double.NaN);
            } else {
                p.add(item, "a free parameter is a name or an object with \"name\" and optional \"lower\" and "
                        + "\"upper\"; found " + Json.show(item));
                continue;
            }
            if (name == null) {
                continue;
            }
            FreeParameter fp = known.get(name);
            if (fp == null) {
                p.add(item, "unknown free parameter \"" + name + "\"." + Suggest.didYouMean(name, known.keySet())
                        + " Known: " + String.join(", ", known.keySet()));
                continue;
            }
            if (!seen.add(fp.name())) {
                p.add(item, "free parameter \"" + name + "\" appears twice");
                continue;
            }
            double lo = Double.isNaN(lower) ? fp.lower() : lower;
            double hi = Double.isNaN(upper) ? fp.upper() : upper;
            if (!(lo < hi)) {
                p.add(item, "bounds of \"" + name + "\" must have lower < upper, were " + lo + " and " + hi);
                continue;
            }
            out.add(fp.withBounds(lo, hi));
        }
        return out;
    }

    private static Settings settings(Json.Obj top, FileProblems p) {
        Json v = top.get("settings");
        Json.Obj o = v == null ? new Json.Obj(top.source(), Map.of()) : p.object(v, "the settings");
        if (o == null) {
            return null;
        }
        p.onlyKnown(o, SETTINGS);
        double sample = p.number(o, "sample", false, FrontEnd.CALIBRATION.sample());
        if (!Double.isNaN(sample) && !(sample >= RunSettings.MIN_SAMPLE && sample <= 1)) {
            p.add(o.get("sample"), "\"sample\" must be a share of households from " + RunSettings.MIN_SAMPLE
                    + " to 1, was " + sample);
        }
        int replications = (int) p.whole(o, "replications", false, FrontEnd.CALIBRATION.replications(), 1,
                RunSettings.MAX_REPLICATIONS);
        int parallel = (int) p.whole(o, "parallel", false, 2, 1, RunSettings.MAX_THREADS);
        int evaluations = (int) p.whole(o, "evaluations", false, 400, 1, MAX_EVALUATIONS);
        String optimiser = p.text(o, "optimiser", false, "cma-es");
        CalibrationSettings.Method method = optimiser == null ? null
                : OPTIMISERS.get(optimiser.toLowerCase(Locale.ROOT));
        if (optimiser != null && method == null) {
            p.add(o.get("optimiser"), "unknown optimiser \"" + optimiser + "\"." + Suggest.didYouMean(optimiser,
                    OPTIMISERS.keySet()) + " Expected cma-es or bobyqa");
        }
        long seed = p.whole(o, "seed", false, FrontEnd.CALIBRATION.seed(), 0);
        long optimiserSeed = p.whole(o, "optimiserSeed", false, 1, 0);
        double initialStep = p.number(o, "initialStep", false, CalibrationSettings.DEFAULT_INITIAL_STEP);
        if (!(initialStep > 0 && initialStep <= 0.5)) {
            p.add(o.get("initialStep"), "\"initialStep\" must be more than 0 and at most 0.5 (a share of each free "
                    + "parameter's range), was " + initialStep);
        }
        return new Settings(sample, replications, parallel, evaluations, method, seed, optimiserSeed, initialStep);
    }
}
