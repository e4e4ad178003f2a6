package org.muhojir.scenarios.ensemble;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.Muhojir;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.calibration.YearMoment;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.MetricValue;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.replication.ScenarioVariation;
import org.muhojir.core.scenario.Scenario;

/**
 * A set of independent runs: every scenario at every parameter point, replications 0 to n-1 each, all with one
 * seed, so that replication k of every scenario and point shares its random draws (common random numbers) and a
 * run's results depend only on its work item, never on the machine, thread or order it runs in. An
 * {@link EnsembleEngine} runs the items (here or on a cluster); each run returns a compact {@link RunRecord}.
 */
public final class Ensemble {
    private final List<Scenario> scenarios;
    private final List<String> factorNames;
    private final List<List<FreeParameter>> factors;
    private final double[][] points;
    private final int replications;
    private final long seed;
    private final List<YearMoment> moments;
    private final Detail detail;
    /** Per scenario, the scenario each replication runs; null when every replication runs the scenario itself. */
    private final List<List<Scenario>> variants;

    /**
     * @param scenarios    the scenarios, resolved as they are to run (sample, period)
     * @param factorNames  the factors the points set ({@link Factors}); empty for none
     * @param points       the parameter points, each a value per factor in the factor's unit; one empty point
     *                     when there are no factors
     * @param replications replications of every scenario at every point (1 or more)
     * @param seed         the master seed of every run
     * @param moments      the moments every run reports
     * @param detail       what else every run reports
     * @throws IllegalArgumentException if a factor is unknown, a point has the wrong length or a value is out of
     *                                  its factor's bounds
     */
    public Ensemble(List<Scenario> scenarios, List<String> factorNames, double[][] points, int replications,
                    long seed, List<YearMoment> moments, Detail detail) {
        if (scenarios.isEmpty() || points.length == 0 || replications < 1) {
            throw new IllegalArgumentException("an ensemble needs a scenario, a point and a replication");
        }
        this.scenarios = List.copyOf(scenarios);
        this.factorNames = List.copyOf(factorNames);
        this.factors = scenarios.stream().map(s -> Factors.named(s, factorNames)).toList();
        this.points = new double[points.length][];
        for (int p = 0; p < points.length; p++) {
            this.points[p] = checked(points[p], p);
        }
        this.replications = replications;
        this.seed = seed;
        this.moments = List.copyOf(moments);
        this.detail = detail;
        this.variants = null;
    }

    private Ensemble(Ensemble e, List<List<Scenario>> variants) {
        this.scenarios = e.scenarios;
        this.factorNames = e.factorNames;
        this.factors = e.factors;
        this.points = e.points;
        this.replications = e.replications;
        this.seed = e.seed;
        this.moments = e.moments;
        this.detail = e.detail;
        this.variants = variants.stream().map(List::copyOf).toList();
    }

    /**
     * This ensemble with replication k of each scenario running {@code variation.forReplication(scenario, k)} (for
     * example parameters drawn from their uncertainty, {@code run --parameter-draws}); the variants are made here,
     * once, so that they travel as scenarios.
     *
     * @throws IllegalArgumentException if the ensemble has factors, or a scenario cannot be varied
     */
    public Ensemble withVariation(ScenarioVariation variation) {
        if (!factorNames.isEmpty()) {
            throw new IllegalArgumentException("an ensemble with factors cannot vary its scenarios as well");
        }
        List<List<Scenario>> v = new ArrayList<>();
        for (Scenario s : scenarios) {
            List<Scenario> perReplication = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                perReplication.add(variation.forReplication(s, r));
            }
            v.add(perReplication);
        }
        return withVariants(v);
    }

    /** This ensemble with the given variants (per scenario, per replication). */
    Ensemble withVariants(List<List<Scenario>> v) {
        return new Ensemble(this, v);
    }

    /** The variants, per scenario and replication, or null if the replications run their scenario itself. */
    List<List<Scenario>> variants() {
        return variants;
    }

    /** What is wrong with {@code value} for {@code f}, "NAME = V is outside its bounds L to U", or null if nothing. */
    static String outsideBounds(FreeParameter f, double value) {
        return value >= f.lower() && value <= f.upper() ? null
                : f.name() + " = " + value + " is outside its bounds " + f.lower() + " to " + f.upper();
    }

    private double[] checked(double[] point, int p) {
        if (point.length != factorNames.size()) {
            throw new IllegalArgumentException("point " + (p + 1) + " has " + point.length + " values for "
                    + factorNames.size() + " factors");
        }
        for (List<FreeParameter> fs : factors) {
            for (int i = 0; i < point.length; i++) {
                FreeParameter f = fs.get(i);
                String outside = outsideBounds(f, point[i]);
                if (outside != null) {
                    throw new IllegalArgumentException("point " + (p + 1) + ": " + outside);
                }
            }
        }
        return point.clone();
    }

    /** Every work item, scenario by scenario, point by point, replication by replication. */
    public List<WorkItem> items() {
        List<WorkItem> items = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            for (int p = 0; p < points.length; p++) {
                for (int r = 0; r < replications; r++) {
                    items.add(new WorkItem(items.size(), s, p, r));
                }
            }
        }
        return items;
    }

    /** The scenario an item runs: its scenario with its point's values applied (or its replication's variant). */
    public Scenario scenario(WorkItem item) {
        return variants != null ? variants.get(item.scenario()).get(item.replication())
                : scenario(item.scenario(), item.point());
    }

    Scenario scenario(int s, int p) {
        Scenario out = scenarios.get(s);
        for (int i = 0; i < factorNames.size(); i++) {
            out = factors.get(s).get(i).apply(out, points[p][i]);
        }
        return out;
    }

    /** The options of an item's run: the seed, its replication, {@code threads} threads. */
    public RunOptions options(WorkItem item, int threads) {
        return RunOptions.seed(seed).withReplication(item.replication()).withThreads(threads);
    }

    /** Runs one item to its end, stepping its households on {@code threads} threads, and compacts its result. */
    public RunRecord run(WorkItem item, int threads) {
        return record(item, Muhojir.run(scenario(item), options(item, threads)));
    }

    /** The compact record of an item's finished run. */
    public RunRecord record(WorkItem item, RunResult run) {
        double[] m = new double[moments.size()];
        for (int i = 0; i < m.length; i++) {
            m[i] = moments.get(i).moment().value(run, moments.get(i).year());
        }
        double[] annual = detail == Detail.MOMENTS ? new double[0] : annual(run.months());
        return new RunRecord(item, m, annual, detail == Detail.MONTHLY ? run.months() : List.of());
    }

    /** Every tidy row's yearly value, year by year, as the catalogue aggregates it. */
    static double[] annual(List<MonthlyOutcome> months) {
        List<MetricValue> rows = months.get(0).metrics();
        List<List<MonthlyOutcome>> years = AnnualTable.byYear(months);
        double[] out = new double[years.size() * rows.size()];
        for (int y = 0; y < years.size(); y++) {
            for (int k = 0; k < rows.size(); k++) {
                out[y * rows.size() + k] = rows.get(k).metric().annual(years.get(y), rows.get(k).group());
            }
        }
        return out;
    }

    public List<Scenario> scenarios() {
        return scenarios;
    }

    public List<String> factorNames() {
        return factorNames;
    }

    /** Point {@code p}'s values (a copy). */
    public double[] point(int p) {
        return points[p].clone();
    }

    public int pointCount() {
        return points.length;
    }

    public int replications() {
        return replications;
    }

    public long seed() {
        return seed;
    }

    public List<YearMoment> moments() {
        return moments;
    }

    public Detail detail() {
        return detail;
    }

    /** Runs in all. */
    public int size() {
        return scenarios.size() * points.length * replications;
    }

    /** This ensemble in a form that can be sent to other machines (see {@link EnsembleSpec}). */
    public EnsembleSpec spec() {
        return EnsembleSpec.of(this);
    }
}
