package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;

/** Morris screening on a function whose elementary effects are known, and on the model. */
class MorrisScreeningTest {
    private static final MorrisDesign DESIGN = new MorrisDesign(10, 4, 7);

    /**
     * f = 2a + b^2, c unused, on the unit cube. With p = 4 levels, delta = 4 / 6 = 2/3 and a factor steps between
     * x and x + 2/3 with x in {0, 1/3}. So: a's effect is always 2 (mu* = mu = 2, sigma = 0); b's is
     * ((x + 2/3)^2 - x^2) / (2/3) = 2x + 2/3, which is 2/3 or 4/3 (mu* between them, positive); c's is 0.
     */
    @Test
    void ranksTheFactorsOfAKnownFunction() {
        MorrisResult r = MorrisScreening.screen(List.of("a", "b", "c"), List.of("f"),
                x -> new double[] {2 * x[0] + x[1] * x[1]}, DESIGN);

        List<MorrisEffect> ranking = r.ranking("f");
        assertEquals(List.of("a", "b", "c"), ranking.stream().map(MorrisEffect::factor).toList());
        MorrisEffect a = r.effect("f", "a");
        assertEquals(2, a.muStar(), 1e-12);
        assertEquals(2, a.mu(), 1e-12);
        assertEquals(0, a.sigma(), 1e-12);
        MorrisEffect b = r.effect("f", "b");
        assertTrue(b.muStar() >= 2.0 / 3 - 1e-12 && b.muStar() <= 4.0 / 3 + 1e-12, "b mu* " + b.muStar());
        assertEquals(b.muStar(), b.mu(), 1e-12); // every effect of b is positive
        assertEquals(0, r.effect("f", "c").muStar());
        assertEquals(10 * 4, r.evaluations());
    }

    @Test
    void sigmaIsTheSampleSpreadOfTheEffectsAndMuStarIsRelativeToTheOutcomesMean() {
        MorrisResult r = MorrisScreening.screen(List.of("a", "b"), List.of("f"),
                x -> new double[] {1000 + 2 * x[0] + x[1] * x[1]}, DESIGN);
        // b's ten effects are 2/3 or 4/3 (see above): with n1 of them 4/3, mu* = 2/3 + n1 (2/3) / 10, and the sample
        // standard deviation of two values delta = 2/3 apart, n0 and n1 times, is delta sqrt(n0 n1 / (r (r - 1)))
        MorrisEffect b = r.effect("f", "b");
        double n1 = (b.muStar() - 2.0 / 3) * 10 / (2.0 / 3);
        assertEquals(Math.round(n1), n1, 1e-9);
        double n0 = 10 - n1;
        assertEquals(2.0 / 3 * Math.sqrt(n0 * n1 / (10 * 9)), b.sigma(), 1e-12);
        // a's effect is 2; the outcome's mean over the design's points lies between 1000 and 1003
        double relative = r.effect("f", "a").relativeMuStar();
        assertTrue(relative >= 2.0 / 1003 && relative <= 2.0 / 1000, "relative mu* " + relative);
    }

    @Test
    void trajectoriesMoveEachFactorOnceByDeltaOnTheGrid() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int t = 0; t < 20; t++) {
            double[][] points = MorrisScreening.trajectory(5, DESIGN, rng);
            assertEquals(6, points.length);
            boolean[] moved = new boolean[5];
            for (int step = 1; step < points.length; step++) {
                int changed = 0;
                for (int i = 0; i < 5; i++) {
                    double x = points[step][i];
                    assertTrue(x >= 0 && x <= 1 + 1e-12);
                    // on the grid {0, 1/3, 2/3, 1}
                    assertEquals(0, Math.abs(x * 3 - Math.round(x * 3)), 1e-9);
                    if (x != points[step - 1][i]) {
                        changed++;
                        assertEquals(2.0 / 3, Math.abs(x - points[step - 1][i]), 1e-12);
                        assertTrue(!moved[i], "factor moved twice");
                        moved[i] = true;
                    }
                }
                assertEquals(1, changed);
            }
        }
    }

    @Test
    void thePointsKeptGiveBackEveryElementaryEffect() {
        // from the points alone (what morris-points.csv holds): each step's change of f over the factor's change is
        // an elementary effect, and their mean per factor is the table's mu
        MorrisScreening.UnitModel f = x -> new double[] {3 * x[0] - x[1] + x[0] * x[2]};
        MorrisResult r = MorrisScreening.screen(List.of("x", "y", "z"), List.of("f"), f, DESIGN);
        assertEquals(DESIGN.trajectories() * 4, r.points().size());
        double[] sum = new double[3];
        for (int i = 1; i < r.points().size(); i++) {
            MorrisResult.Point a = r.points().get(i - 1);
            MorrisResult.Point b = r.points().get(i);
            if (b.step() == 0) {
                continue; // a new trajectory
            }
            assertEquals(a.trajectory(), b.trajectory());
            for (int k = 0; k < 3; k++) {
                double dx = b.unit()[k] - a.unit()[k];
                if (dx != 0) {
                    sum[k] += (b.outcomes()[0] - a.outcomes()[0]) / dx;
                }
            }
            assertEquals(f.evaluate(b.unit())[0], b.outcomes()[0], 1e-12, "the outcome kept is the model's there");
        }
        for (int k = 0; k < 3; k++) {
            String factor = List.of("x", "y", "z").get(k);
            assertEquals(sum[k] / DESIGN.trajectories(), r.effect("f", factor).mu(), 1e-12, factor);
        }
    }

    @Test
    void theSameDesignGivesTheSameTable() {
        MorrisScreening.UnitModel f = x -> new double[] {x[0] * x[1] + x[2]};
        List<String> factors = List.of("x", "y", "z");
        assertEquals(MorrisScreening.screen(factors, List.of("f"), f, DESIGN).effects(),
                MorrisScreening.screen(factors, List.of("f"), f, DESIGN).effects());
    }

    /**
     * On the model, with common random numbers: a factor that changes nothing the model reads (here the scenario's
     * description) has no effect at all, and considering migration more often means more departures.
     */
    @Test
    void onTheModelANoOpFactorHasNoEffectAndConsideringMoreRaisesDepartures() {
        Scenario base = TajikistanDefaults.baseline().withSampleFraction(0.005);
        FreeParameter noOp = new FreeParameter("description length", "", 0, 1, s -> 0,
                (s, v) -> s.named(s.name(), "v=" + v), List.of());
        List<FreeParameter> params = List.of(FreeParameters.considerRate(), noOp);
        List<YearMoment> outcomes = List.of(new YearMoment(Moments.DEPARTURES, 2023),
                new YearMoment(Moments.POVERTY_FGT0, 2023));
        MorrisResult r = MorrisScreening.screen(base, params, outcomes, new MorrisDesign(2, 4, 1),
                new SimulationSettings(org.muhojir.core.engine.RunOptions.seed(2), 1, 1));

        assertEquals(0, r.effect("departures_2023", "description length").muStar());
        assertEquals(0, r.effect("poverty_fgt0_2023", "description length").muStar());
        MorrisEffect consider = r.effect("departures_2023", "behaviour.considerRate");
        assertTrue(consider.mu() > 0 && consider.rank() == 1, consider.toString());
    }

    @Test
    void rejectsDesignsMorrisDoesNotDefine() {
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(1, 4, 1));
        assertThrows(IllegalArgumentException.class, () -> new MorrisDesign(10, 5, 1));
    }
}
