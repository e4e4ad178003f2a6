package org.muhojir.core.calibration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultivariateOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.random.MersenneTwister;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;

/**
 * Calibration by the simulated method of moments. The objective at a point is
 * {@code sum over targets of weight * ((simulated - observed) / tolerance)^2}, where "simulated" is the mean of
 * the target's moment over the replications of its anchor's scenario with the free parameters applied: each
 * figure's error counted in its own tolerance, the unit in which it passes or fails and the error that
 * {@link LaplacePosterior} reads the tolerance as (a diagonal weighting of the moments by their precision). Every
 * evaluation runs the same seed and replication numbers (common random numbers), so the objective is a
 * deterministic function of the parameters and differences between points are not drowned in sampling noise.
 *
 * <p>The optimiser (CMA-ES by default, or BOBYQA; both from Commons Math 3) works on the parameters scaled to 0..1
 * between their bounds, so one step size fits all. BOBYQA needs two parameters or more: a single one is searched
 * by Brent's method instead. It stops at {@code maxEvaluations} or when it converges; the
 * best point evaluated is the result.
 *
 * <pre>{@code
 * Calibrator c = new Calibrator(List.of(CalibrationTargets.present2023(0.01)), FreeParameters.defaults(),
 *         CalibrationSettings.cmaes(SimulationSettings.of(42, 2), 300));
 * CalibrationResult r = c.calibrate(e -> System.out.println(e));
 * }</pre>
 *
 * <p>Each anchor's scenario is run only to the end of its last target year. Evaluations run replications in
 * parallel ({@link SimulationSettings#parallel()}); the optimiser itself is sequential.
 */
public final class Calibrator {
    private final List<Anchor> anchors;
    private final List<FreeParameter> parameters;
    private final CalibrationSettings settings;

    /**
     * @throws IllegalArgumentException if parameter names repeat, a parameter applies to no anchor, a scenario's
     *                                  value lies outside a parameter's bounds, or a bound makes a scenario invalid
     */
    public Calibrator(List<Anchor> anchors, List<FreeParameter> parameters, CalibrationSettings settings) {
        if (anchors == null || anchors.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one anchor");
        }
        if (parameters == null || settings == null) {
            throw new IllegalArgumentException("free parameters and settings are required");
        }
        this.anchors = List.copyOf(anchors.stream().map(Calibrator::trimmed).toList());
        this.parameters = List.copyOf(parameters);
        this.settings = settings;
        checkParameters();
    }

    /** The anchor with its scenario cut at the end of its last target year. */
    private static Anchor trimmed(Anchor a) {
        Scenario s = a.scenario();
        int months = (a.lastTargetYear() - s.start().getYear()) * 12 + 13 - s.start().getMonthValue();
        return months < s.months() ? a.withScenario(s.withPeriod(s.start(), months)) : a;
    }

    private void checkParameters() {
        Set<String> names = new HashSet<>();
        for (FreeParameter p : parameters) {
            if (!names.add(p.label())) {
                throw new IllegalArgumentException("free parameter '" + p.label() + "' appears twice");
            }
            if (anchors.stream().noneMatch(a -> p.appliesTo(a.name()))) {
                throw new IllegalArgumentException("free parameter '" + p.label() + "' applies to no anchor");
            }
            for (Anchor a : anchors) {
                if (p.appliesTo(a.name())) {
                    checkBounds(p, a);
                }
            }
        }
    }

    private static void checkBounds(FreeParameter p, Anchor a) {
        if (!p.startsWithinBounds(a.scenario())) {
            throw new IllegalArgumentException("free parameter '" + p.name() + "' is " + p.valueIn(a.scenario())
                    + " in anchor '" + a.name() + "', outside its bounds " + p.lower() + " to " + p.upper());
        }
        for (double bound : new double[] {p.lower(), p.upper()}) {
            try {
                p.apply(a.scenario(), bound);
            } catch (InvalidScenarioException e) {
                throw new IllegalArgumentException("free parameter '" + p.name() + "' at its bound " + bound
                        + " makes anchor '" + a.name() + "' invalid: " + e.getMessage(), e);
            }
        }
    }

    /** The free parameters, in order. */
    public List<FreeParameter> parameters() {
        return parameters;
    }

    /** The anchors as run (each cut at the end of its last target year). */
    public List<Anchor> anchors() {
        return anchors;
    }

    /** The free parameters' values in the anchors' scenarios (each from the first anchor it applies to). */
    public double[] startingValues() {
        double[] x = new double[parameters.size()];
        for (int i = 0; i < x.length; i++) {
            FreeParameter p = parameters.get(i);
            Anchor first = anchors.stream().filter(a -> p.appliesTo(a.name())).findFirst().orElseThrow();
            x[i] = p.valueIn(first.scenario());
        }
        return x;
    }

    /** Each anchor's scenario with the values applied (in the parameters' order). */
    public List<Scenario> scenariosAt(double[] values) {
        checkLength(values);
        List<Scenario> out = new ArrayList<>();
        for (Anchor a : anchors) {
            Scenario s = a.scenario();
            for (int i = 0; i < values.length; i++) {
                if (parameters.get(i).appliesTo(a.name())) {
                    s = parameters.get(i).apply(s, values[i]);
                }
            }
            out.add(s);
        }
        return out;
    }

    /** Simulates every anchor at {@code values} (in the parameters' order, in their units) and fits its targets. */
    public Evaluation evaluate(double[] values) {
        List<Scenario> scenarios = scenariosAt(values);
        SimulationSettings sim = settings.simulation();
        List<TargetFit> fits = new ArrayList<>();
        for (int a = 0; a < anchors.size(); a++) {
            List<RunResult> runs = Muhojir.replicate(scenarios.get(a), sim.options(), sim.replications(),
                    sim.parallel());
            fits.addAll(fit(anchors.get(a), runs));
        }
        return new Evaluation(toList(values), fits);
    }

    /** The fit of an anchor's targets to the moments of its runs (one run per replication). */
    public static List<TargetFit> fit(Anchor anchor, List<RunResult> runs) {
        List<TargetFit> fits = new ArrayList<>();
        for (Target t : anchor.targets()) {
            List<Double> values = new ArrayList<>(runs.size());
            for (RunResult r : runs) {
                values.add(t.moment().value(r, t.year()));
            }
            fits.add(new TargetFit(anchor.name(), t, values));
        }
        return fits;
    }

    /** Runs the search; see {@link #calibrate(Consumer)}. */
    public CalibrationResult calibrate() {
        return calibrate(e -> { });
    }

    /**
     * Runs the search from the anchors' own values.
     *
     * @param progress receives each evaluation as it is made (for a progress line or a log)
     */
    public CalibrationResult calibrate(Consumer<EvaluationRecord> progress) {
        long started = System.nanoTime();
        Search search = new Search(progress);
        double[] start = startingValues();
        Evaluation initial = search.evaluateAndRecord(start);
        if (settings.maxEvaluations() > 1) {
            optimise(search, toUnit(start));
        }
        Evaluation fitted = search.best;
        return new CalibrationResult(parameters, initial, fitted, search.history, settings,
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void optimise(Search search, double[] startUnit) {
        int n = parameters.size();
        if (n == 1 && settings.method() == CalibrationSettings.Method.BOBYQA) {
            optimiseAlone(search, startUnit[0]);
            return;
        }
        double[] lower = new double[n];
        double[] upper = new double[n];
        java.util.Arrays.fill(upper, 1);
        ObjectiveFunction f = new ObjectiveFunction(u -> search.evaluateAndRecord(fromUnit(u)).objective());
        // the start has been evaluated; the optimiser's own evaluations count against the rest of the budget
        MaxEval budget = new MaxEval(settings.maxEvaluations() - 1);
        try {
            optimiser(n).optimize(budget, f, GoalType.MINIMIZE, new InitialGuess(startUnit),
                    new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigmas(n)),
                    new CMAESOptimizer.PopulationSize(populationSize(n)));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best point so far is the result
        }
    }

    /**
     * A single free parameter under BOBYQA (which needs two): Brent's method on the parameter's bounds (scaled to
     * 0..1), from its starting value, within the same budget of evaluations.
     */
    private void optimiseAlone(Search search, double startUnit) {
        UnivariateObjectiveFunction f = new UnivariateObjectiveFunction(
                u -> search.evaluateAndRecord(fromUnit(new double[] {u})).objective());
        try {
            new BrentOptimizer(1e-4, 1e-6).optimize(new MaxEval(settings.maxEvaluations() - 1), f,
                    GoalType.MINIMIZE, new SearchInterval(0, 1, startUnit));
        } catch (TooManyEvaluationsException e) {
            // the budget is spent: the best point so far is the result
        }
    }

    private MultivariateOptimizer optimiser(int n) {
        return switch (settings.method()) {
            case CMA_ES -> new CMAESOptimizer(Integer.MAX_VALUE, 0, true, 0, 0,
                    new MersenneTwister(settings.optimiserSeed()), false, null);
            case BOBYQA -> new BOBYQAOptimizer(2 * n + 1, settings.initialStep(), 1e-4);
        };
    }

    private double[] sigmas(int n) {
        double[] s = new double[n];
        java.util.Arrays.fill(s, settings.initialStep());
        return s;
    }

    private int populationSize(int n) {
        return settings.populationSize() > 0 ? settings.populationSize() : 4 + (int) (3 * Math.log(n));
    }

    private double[] toUnit(double[] x) {
        double[] u = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            u[i] = parameters.get(i).toUnit(x[i]);
        }
        return u;
    }

    private double[] fromUnit(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            // optimisers may step a rounding error past a bound
            x[i] = parameters.get(i).fromUnit(Math.min(1, Math.max(0, u[i])));
        }
        return x;
    }

    private void checkLength(double[] values) {
        if (values.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " parameter values, got "
                    + values.length);
        }
    }

    private static List<Double> toList(double[] values) {
        List<Double> l = new ArrayList<>(values.length);
        for (double v : values) {
            l.add(v);
        }
        return l;
    }

    /** The evaluations of one search: history, best so far, progress. */
    private final class Search {
        private final Consumer<EvaluationRecord> progress;
        private final List<EvaluationRecord> history = new ArrayList<>();
        private Evaluation best;

        Search(Consumer<EvaluationRecord> progress) {
            this.progress = progress;
        }

        Evaluation evaluateAndRecord(double[] values) {
            Evaluation e = evaluate(values);
            EvaluationRecord r = new EvaluationRecord(history.size() + 1, e.objective(), e.values());
            history.add(r);
            if (best == null || e.objective() < best.objective()) {
                best = e;
            }
            progress.accept(r);
            return e;
        }
    }
}
