package org.muhojir.core.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.muhojir.core.Muhojir;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;

/**
 * Morris elementary-effects screening (Morris, 1991), summarised by mu* (Campolongo, Cariboni and Saltelli, 2007):
 * which factors move which outcomes, at a cost of {@code r (k + 1)} evaluations for k factors. Each of r
 * trajectories starts at a random point of a p-level grid on the unit cube and moves every factor once, in a
 * random order, by delta up or down; the change in each outcome over delta is one elementary effect of that
 * factor. Trajectories are random but seeded ({@link MorrisDesign#seed()}): the same design gives the same
 * points.
 *
 * <p>For the model, factors are {@link FreeParameter}s (scaled to 0..1 between their bounds) and outcomes are
 * {@link YearMoment}s, each the mean over replications with common random numbers, so an effect is not noise
 * between seeds. The trajectories are not optimised for spread (Campolongo's selection from a larger set is left
 * out); with 10 or more trajectories this matters little for ranking.
 */
public final class MorrisScreening {
    private MorrisScreening() {
    }

    /** A model on the unit cube: the factors' values, each 0..1, to the outcomes' values. */
    @FunctionalInterface
    public interface UnitModel {
        /**
         * The outcomes' values, in outcome order and their units, at {@code unitPoint}: each factor's value, 0..1
         * between its bounds, in factor order.
         */
        double[] evaluate(double[] unitPoint);
    }

    /** The headline outcomes in {@code year}: remittances received (USD), migrants abroad, poverty (FGT0). */
    public static List<YearMoment> headlineOutcomes(int year) {
        return List.of(new YearMoment(Moments.REMITTANCES_RECEIVED_USD, year),
                new YearMoment(Moments.MIGRANTS_ABROAD, year), new YearMoment(Moments.POVERTY_FGT0, year));
    }

    /**
     * Screens the free parameters of a scenario for their effects on moments of its runs.
     *
     * @param base       the scenario (sample fraction as it is to be run); it is run to the end of the last
     *                   outcome year
     * @param parameters the factors, each moved between its bounds; the base scenario's own values are not used
     * @param outcomes   the outcomes
     * @param design     the Morris design
     * @param simulation seed, replications and parallelism of each point
     */
    public static MorrisResult screen(Scenario base, List<FreeParameter> parameters, List<YearMoment> outcomes,
                                      MorrisDesign design, SimulationSettings simulation) {
        int lastYear = outcomes.stream().mapToInt(YearMoment::year).max()
                .orElseThrow(() -> new IllegalArgumentException("a screening needs at least one outcome"));
        int months = (lastYear - base.start().getYear()) * 12 + 13 - base.start().getMonthValue();
        if (months < 12) {
            throw new IllegalArgumentException("outcome year " + lastYear + " is before the scenario's start "
                    + base.start());
        }
        Scenario scenario = base.withPeriod(base.start(), months);
        UnitModel model = unit -> {
            Scenario s = scenario;
            for (int i = 0; i < parameters.size(); i++) {
                s = parameters.get(i).apply(s, parameters.get(i).fromUnit(unit[i]));
            }
            List<RunResult> runs = Muhojir.replicate(s, simulation.options(), simulation.replications(),
                    simulation.parallel());
            double[] y = new double[outcomes.size()];
            for (int o = 0; o < y.length; o++) {
                YearMoment ym = outcomes.get(o);
                for (RunResult r : runs) {
                    y[o] += ym.moment().value(r, ym.year()) / runs.size();
                }
            }
            return y;
        };
        return screen(parameters.stream().map(FreeParameter::name).toList(),
                outcomes.stream().map(YearMoment::label).toList(), model, design);
    }

    /**
     * Screens any model on the unit cube.
     *
     * @param factors  the factors' names (k of them; the model receives k values)
     * @param outcomes the outcomes' names (the model returns one value for each)
     */
    public static MorrisResult screen(List<String> factors, List<String> outcomes, UnitModel model,
                                      MorrisDesign design) {
        int k = factors.size();
        int m = outcomes.size();
        if (k < 1 || m < 1) {
            throw new IllegalArgumentException("a screening needs at least one factor and one outcome");
        }
        int r = design.trajectories();
        double[][][] effects = new double[m][k][r];
        double[] outcomeSum = new double[m];
        SplittableRandom rng = new SplittableRandom(design.seed());
        List<MorrisResult.Point> evaluated = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[][] points = trajectory(k, design, rng);
            double[] previous = evaluate(model, points[0], m);
            evaluated.add(new MorrisResult.Point(t, 0, points[0], previous));
            add(outcomeSum, previous);
            for (int step = 1; step <= k; step++) {
                double[] current = evaluate(model, points[step], m);
                evaluated.add(new MorrisResult.Point(t, step, points[step], current));
                add(outcomeSum, current);
                int factor = changedFactor(points[step - 1], points[step]);
                double dx = points[step][factor] - points[step - 1][factor];
                for (int o = 0; o < m; o++) {
                    effects[o][factor][t] = (current[o] - previous[o]) / dx;
                }
                previous = current;
            }
        }
        int evaluations = r * (k + 1);
        List<MorrisEffect> rows = new ArrayList<>();
        for (int o = 0; o < m; o++) {
            rows.addAll(rank(outcomes.get(o), factors, effects[o], outcomeSum[o] / evaluations));
        }
        return new MorrisResult(design, factors, outcomes, rows, evaluations, evaluated);
    }

    /**
     * One trajectory: k + 1 points on the grid, each differing from the one before in one factor by delta.
     * Every factor starts at a random level from which a step of delta stays in 0..1, goes up or down at random,
     * and the factors move in a random order.
     */
    static double[][] trajectory(int k, MorrisDesign design, SplittableRandom rng) {
        int p = design.levels();
        double delta = design.delta();
        double[] low = new double[k];
        boolean[] up = new boolean[k];
        double[] start = new double[k];
        for (int i = 0; i < k; i++) {
            // levels j / (p - 1) with j < p / 2 are those from which +delta stays at most 1
            low[i] = rng.nextInt(p / 2) / (double) (p - 1);
            up[i] = rng.nextBoolean();
            start[i] = up[i] ? low[i] : low[i] + delta;
        }
        int[] order = permutation(k, rng);
        double[][] points = new double[k + 1][];
        points[0] = start;
        for (int step = 1; step <= k; step++) {
            int i = order[step - 1];
            points[step] = points[step - 1].clone();
            points[step][i] = up[i] ? low[i] + delta : low[i];
        }
        return points;
    }

    private static int[] permutation(int k, SplittableRandom rng) {
        int[] order = new int[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        for (int i = k - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int tmp = order[i];
            order[i] = order[j];
            order[j] = tmp;
        }
        return order;
    }

    private static int changedFactor(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return i;
            }
        }
        throw new IllegalStateException("consecutive trajectory points are equal");
    }

    private static double[] evaluate(UnitModel model, double[] point, int outcomes) {
        double[] y = model.evaluate(point.clone());
        if (y == null || y.length != outcomes) {
            throw new IllegalStateException("the model returned " + (y == null ? "null" : y.length + " values")
                    + " for " + outcomes + " outcomes");
        }
        return y;
    }

    private static void add(double[] sum, double[] y) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += y[i];
        }
    }

    private static List<MorrisEffect> rank(String outcome, List<String> factors, double[][] effects,
                                           double outcomeMean) {
        List<MorrisEffect> rows = new ArrayList<>();
        for (int f = 0; f < factors.size(); f++) {
            double[] e = effects[f];
            double mu = 0;
            double muStar = 0;
            for (double v : e) {
                mu += v / e.length;
                muStar += Math.abs(v) / e.length;
            }
            double ss = 0;
            for (double v : e) {
                ss += (v - mu) * (v - mu);
            }
            double sigma = Math.sqrt(ss / (e.length - 1));
            double relative = outcomeMean != 0 ? muStar / Math.abs(outcomeMean) : Double.NaN;
            rows.add(new MorrisEffect(outcome, factors.get(f), muStar, mu, sigma, relative, 0));
        }
        rows.sort(Comparator.comparingDouble(MorrisEffect::muStar).reversed());
        List<MorrisEffect> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            MorrisEffect e = rows.get(i);
            ranked.add(new MorrisEffect(e.outcome(), e.factor(), e.muStar(), e.mu(), e.sigma(), e.relativeMuStar(),
                    i + 1));
        }
        return ranked;
    }
}
