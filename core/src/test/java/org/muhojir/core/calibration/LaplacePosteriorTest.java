package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LaplacePosteriorTest {
    private static final String MOMENT = Moments.all().keySet().iterator().next();
    /** Observed 100 with tolerance z(0.975) = 1.95996...: the figure's own error has a relative sd of 0.01. */
    private static final Target TARGET = Target.of("t", "", 2023, MOMENT, 100, 1.959963984540054, 1, "test");
    private static final FreeParameter P = parameter("p");
    private static final FreeParameter Q = parameter("q");

    private static FreeParameter parameter(String name) {
        return new FreeParameter(name, "", 0, 1, s -> 0.5, (s, v) -> s, List.of());
    }

    /**
     * A model whose moment is {@code 100 (1 + 2 (p - 0.5))} whatever q is, each replication {@code noise} above or
     * below it: relative error {@code 2 (p - 0.5)}, so the Jacobian is 2 for p and 0 for q.
     */
    private static Evaluation model(double[] x, double noise, Target... extra) {
        double m = 100 * (1 + 2 * (x[0] - 0.5));
        List<TargetFit> fits = new ArrayList<>();
        fits.add(new TargetFit("a", TARGET, List.of(m - noise, m + noise)));
        for (Target t : extra) {
            fits.add(new TargetFit("a", t, List.of(t.value(), t.value())));
        }
        List<Double> values = new ArrayList<>();
        for (double v : x) {
            values.add(v);
        }
        return new Evaluation(values, fits);
    }

    @Test
    void aLinearModelsPosteriorMatchesTheTextbookFormula() {
        // precision = G^2 / sigma^2 + prior precision = 4 / 1e-4 + 12 (uniform on 0..1 has variance 1/12)
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> model(x, 0, new Target[0]),
                new double[] {0.5}, 0.05, e -> { });
        assertEquals(1 / Math.sqrt(40_012), post.uncertainty().standardError(0), 1e-9);
        assertEquals(1 - 12.0 / 40_012, post.identified(0), 1e-9);
        assertEquals(List.of("t"), post.targets());
    }

    @Test
    void monteCarloNoiseOfTheMeanWidensThePosterior() {
        // replications 100 +- 1: relative variance across the two 2e-4 (n - 1 = 1), of their mean 1e-4;
        // with the figure's own 1e-4 the evidence has variance 2e-4, so precision = 4 / 2e-4 + 12 = 20,012
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> model(x, 1, new Target[0]),
                new double[] {0.5}, 0.05, e -> { });
        assertEquals(1 / Math.sqrt(20_012), post.uncertainty().standardError(0), 1e-9);
    }

    @Test
    void theMonteCarloVarianceOfTheMeanDividesByTheReplicationsLessOne() {
        // replications 99, 100 and 101: relative variance across them (0.01^2 + 0 + 0.01^2) / (3 - 1) = 1e-4, of
        // their mean 1e-4 / 3; with the figure's own 1e-4 the evidence has 4e-4 / 3: precision 4 / (4e-4 / 3) + 12
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> {
            double m = 100 * (1 + 2 * (x[0] - 0.5));
            return new Evaluation(List.of(x[0]), List.of(new TargetFit("a", TARGET, List.of(m - 1, m, m + 1))));
        }, new double[] {0.5}, 0.05, e -> { });
        assertEquals(1 / Math.sqrt(30_012), post.uncertainty().standardError(0), 1e-9);
    }

    @Test
    void oneReplicationGivesNoMonteCarloVariance() {
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> new Evaluation(List.of(x[0]),
                List.of(new TargetFit("a", TARGET, List.of(100 * (1 + 2 * (x[0] - 0.5)))))), new double[] {0.5}, 0.05,
                e -> { });
        assertEquals(1 / Math.sqrt(40_012), post.uncertainty().standardError(0), 1e-9);
    }

    @Test
    void aParameterOffTheUnitIntervalHasItsOwnPriorAndSteps() {
        // bounds 1 to 3: the uniform prior's sd is 2 / sqrt(12), its precision 3; the relative error
        // 2 (p - 2) + 100 (p - 2)^3 differenced at p = 2 with steps of 5% of the range (0.1) has the slope
        // (e(2.1) - e(1.9)) / 0.2 = (0.3 + 0.3) / 0.2 = 3, so precision = 9 / 1e-4 + 3
        FreeParameter wide = new FreeParameter("w", "", 1, 3, s -> 2.0, (s, v) -> s, List.of());
        LaplacePosterior post = LaplacePosterior.estimate(List.of(wide), x -> {
            double d = x[0] - 2;
            double m = 100 * (1 + 2 * d + 100 * d * d * d);
            return new Evaluation(List.of(x[0]), List.of(new TargetFit("a", TARGET, List.of(m, m))));
        }, new double[] {2}, 0.05, e -> { });
        assertEquals(2 / Math.sqrt(12), post.priorSd().get(0), 1e-12);
        assertEquals(1 / Math.sqrt(90_003), post.uncertainty().standardError(0), 1e-9);
    }

    @Test
    void aTargetOfHalfTheWeightIsHalfTheEvidence() {
        // weight 0.5: the figure's relative variance 1e-4 / 0.5 = 2e-4, so precision = 4 / 2e-4 + 12 = 20,012
        Target half = TARGET.withWeight(0.5);
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> new Evaluation(List.of(x[0]),
                List.of(new TargetFit("a", half, List.of(100 * (1 + 2 * (x[0] - 0.5)), 100 * (1 + 2 * (x[0] - 0.5)))))),
                new double[] {0.5}, 0.05, e -> { });
        assertEquals(1 / Math.sqrt(20_012), post.uncertainty().standardError(0), 1e-9);
    }

    @Test
    void aFitWorseThanItsTargetsErrorsWidensThePosteriorByTheMisfitsDispersion() {
        // two more targets the parameter does not move, each missed by 10% against a relative sd of 1%: the misfit's
        // chi-squared is 2 x (0.1 / 0.01)^2 = 200 on 3 - 1 = 2 degrees of freedom, a dispersion of 100, so
        // precision = (4 / 1e-4) / 100 + 12 = 412
        LaplacePosterior post = withTwoUnmovedTargets(110, 90);
        assertEquals(1 / Math.sqrt(412), post.uncertainty().standardError(0), 1e-9);
        // a fit within its errors is not narrowed: the dispersion is at least 1
        LaplacePosterior exact = withTwoUnmovedTargets(100, 100);
        assertEquals(1 / Math.sqrt(40_012), exact.uncertainty().standardError(0), 1e-9);
    }

    /**
     * The posterior of P on {@link #TARGET} and two more targets of 100 (relative sd 1%) that P does not move,
     * simulated at {@code second} and {@code third}.
     */
    private static LaplacePosterior withTwoUnmovedTargets(double second, double third) {
        Target other = Target.of("o", "", 2023, MOMENT, 100, 1.959963984540054, 1, "test");
        Target another = Target.of("o2", "", 2023, MOMENT, 100, 1.959963984540054, 1, "test");
        return LaplacePosterior.estimate(List.of(P), x -> {
            double m = 100 * (1 + 2 * (x[0] - 0.5));
            return new Evaluation(List.of(x[0]), List.of(new TargetFit("a", TARGET, List.of(m, m)),
                    new TargetFit("a", other, List.of(second, second)),
                    new TargetFit("a", another, List.of(third, third))));
        }, new double[] {0.5}, 0.05, e -> { });
    }

    @Test
    void aParameterNoTargetMovesKeepsItsPriorSpread() {
        int[] evaluations = {0};
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P, Q), x -> model(x, 0, new Target[0]),
                new double[] {0.5, 0.5}, 0.05, e -> evaluations[0] = e);
        assertEquals(Math.sqrt(1 / 12.0), post.uncertainty().standardError(1), 1e-9);
        assertEquals(0, post.identified(1), 1e-9);
        assertEquals(0, post.uncertainty().covariance().get(0).get(1), 1e-12);
        assertEquals(5, evaluations[0], "1 + 2 x 2 evaluations");
    }

    @Test
    void unweightedTargetsAreNotEvidence() {
        Target reported = TARGET.withWeight(0);
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> model(x, 0,
                Target.of("u", "", 2023, MOMENT, 5, 1, 0, "test")), new double[] {0.5}, 0.05, e -> { });
        assertEquals(List.of("t"), post.targets());
        assertThrows(IllegalArgumentException.class, () -> LaplacePosterior.estimate(List.of(P),
                x -> new Evaluation(List.of(x[0]), List.of(new TargetFit("a", reported, List.of(1.0, 1.0)))),
                new double[] {0.5}, 0.05, e -> { }));
    }

    @Test
    void stepsAtABoundAreOneSided() {
        // at p = 1 the step up is cut at the bound; the slope is still 2
        LaplacePosterior post = LaplacePosterior.estimate(List.of(P), x -> model(x, 0, new Target[0]),
                new double[] {1}, 0.05, e -> { });
        assertEquals(1 / Math.sqrt(40_012), post.uncertainty().standardError(0), 1e-9);
    }
}
