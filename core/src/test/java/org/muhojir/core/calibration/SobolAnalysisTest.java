package org.muhojir.core.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Sobol estimator against the Ishigami function (Ishigami and Homma, 1990), whose indices are known in closed
 * form: f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3, with a = 7, b = 0.1.
 */
class SobolAnalysisTest {
    private static final double A = 7;
    private static final double B = 0.1;
    private static final List<String> FACTORS = List.of("x1", "x2", "x3");

    private static double ishigami(double[] unit) {
        double x1 = -Math.PI + 2 * Math.PI * unit[0];
        double x2 = -Math.PI + 2 * Math.PI * unit[1];
        double x3 = -Math.PI + 2 * Math.PI * unit[2];
        return Math.sin(x1) + A * Math.pow(Math.sin(x2), 2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    /** The closed-form partial variances (Sobol and Levitan, 1999). */
    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double PI8 = Math.pow(Math.PI, 8);
    private static final double V1 = 0.5 * Math.pow(1 + B * PI4 / 5, 2);
    private static final double V2 = A * A / 8;
    private static final double V13 = B * B * PI8 * (1.0 / 18 - 1.0 / 50);
    private static final double V = V1 + V2 + V13;

    private static SobolResult analyse(int n, int bootstrap) {
        return analyse(n, bootstrap, 0, 0);
    }

    /**
     * The analysis of Ishigami's function plus {@code offset}, which changes no index, plus Gaussian noise of
     * standard deviation {@code noise} at each point (a simulation's Monte Carlo noise; the same at every offset).
     */
    private static SobolResult analyse(int n, int bootstrap, double offset, double noise) {
        SobolDesign design = new SobolDesign(n, bootstrap, 7);
        double[][] points = SaltelliSample.points(3, design);
        double[][] y = new double[points.length][];
        java.util.Random rng = new java.util.Random(11);
        for (int p = 0; p < points.length; p++) {
            y[p] = new double[] {offset + ishigami(points[p]) + noise * rng.nextGaussian()};
        }
        return SobolAnalysis.estimate(FACTORS, List.of("ishigami"), y, design);
    }

    private static SobolIndex index(SobolResult r, String factor) {
        return r.ranking("ishigami").stream().filter(i -> i.factor().equals(factor)).findFirst().orElseThrow();
    }

    @Test
    void recoversIshigamisKnownIndices() {
        SobolResult r = analyse(8192, 0);
        assertEquals(V1 / V, index(r, "x1").first(), 0.02, "S1 = 0.314");
        assertEquals(V2 / V, index(r, "x2").first(), 0.02, "S2 = 0.442");
        assertEquals(0, index(r, "x3").first(), 0.02, "S3 = 0");
        assertEquals((V1 + V13) / V, index(r, "x1").total(), 0.02, "ST1 = 0.558");
        assertEquals(V2 / V, index(r, "x2").total(), 0.02, "ST2 = 0.442");
        assertEquals(V13 / V, index(r, "x3").total(), 0.02, "ST3 = 0.244");
        assertEquals(V, r.variances()[0], 0.02 * V, "the variance over A and B");
        assertEquals(List.of("x1", "x2", "x3"), r.ranking("ishigami").stream().map(SobolIndex::factor).toList(),
                "ranked by total index");
    }

    @Test
    void anOutcomeFarFromZeroHasTheSameIndicesAsNearZero() {
        // a poverty rate of 0.2 moved by 0.01, remittances of billions moved by millions: the mean is many times the
        // spread, which an estimator that does not centre the outcome multiplies with the simulation's noise
        // (first-order indices of -1.2 for a single factor at 8 base samples); adding a constant changes no index,
        // and the estimates must not change
        SobolResult near = analyse(64, 50, 0, 0.5);
        SobolResult far = analyse(64, 50, 1000, 0.5);
        for (String x : FACTORS) {
            SobolIndex n = index(near, x);
            SobolIndex f = index(far, x);
            assertEquals(n.first(), f.first(), 1e-6, x + " first-order");
            assertEquals(n.firstLow(), f.firstLow(), 1e-6, x + " first-order, low end");
            assertEquals(n.firstHigh(), f.firstHigh(), 1e-6, x + " first-order, high end");
            assertEquals(n.total(), f.total(), 1e-6, x + " total");
        }
    }

    @Test
    void bootstrapIntervalsHoldTheTrueValuesAndNarrowWithTheSample() {
        SobolResult small = analyse(512, 400);
        SobolResult large = analyse(4096, 400);
        double[] trueFirst = {V1 / V, V2 / V, 0};
        double[] trueTotal = {(V1 + V13) / V, V2 / V, V13 / V};
        for (int i = 0; i < 3; i++) {
            SobolIndex s = index(large, FACTORS.get(i));
            assertTrue(s.firstLow() <= trueFirst[i] + 0.01 && trueFirst[i] - 0.01 <= s.firstHigh(),
                    "S of " + s.factor() + " in " + s.firstLow() + ".." + s.firstHigh());
            assertTrue(s.totalLow() <= trueTotal[i] + 0.01 && trueTotal[i] - 0.01 <= s.totalHigh(),
                    "ST of " + s.factor() + " in " + s.totalLow() + ".." + s.totalHigh());
            SobolIndex t = index(small, FACTORS.get(i));
            assertTrue(s.totalHigh() - s.totalLow() < t.totalHigh() - t.totalLow(),
                    "eight times the rows, a narrower interval for " + s.factor());
        }
    }

    @Test
    void designHasNTimesKPlusTwoPointsWithOneColumnSwappedInEachMixedRow() {
        SobolDesign design = new SobolDesign(16, 0, 1);
        double[][] p = SaltelliSample.points(3, design);
        assertEquals(16 * 5, p.length);
        for (int j = 0; j < 16; j++) {
            double[] a = p[SaltelliSample.rowA(j, 3)];
            double[] b = p[SaltelliSample.rowB(j, 3)];
            for (int i = 0; i < 3; i++) {
                double[] ab = p[SaltelliSample.rowAB(j, i, 3)];
                for (int c = 0; c < 3; c++) {
                    assertEquals(c == i ? b[c] : a[c], ab[c]);
                }
            }
        }
    }

    @Test
    void noRowOfAAndBSharesAFactorsValue() {
        // the unscrambled sequence's first points (the origin, then the centre) had A = B in every column, and later
        // rows some columns equal: such a row adds nothing to a factor's indices and biases them down
        int factors = 19;
        double[][] p = SaltelliSample.points(factors, new SobolDesign(64, 0, 7));
        for (int j = 0; j < 64; j++) {
            double[] a = p[SaltelliSample.rowA(j, factors)];
            double[] b = p[SaltelliSample.rowB(j, factors)];
            for (int i = 0; i < factors; i++) {
                assertNotEquals(a[i], b[i], "row " + j + ", factor " + i);
            }
        }
    }

    @Test
    void factorsAreRankedByTheirTotalIndexWhateverTheirOrder() {
        // f = x0 + 10 x1 with the factors named small and big, in that order: big's share of the variance is
        // 100 / 101, small's 1 / 101, so big ranks first
        SobolDesign design = new SobolDesign(256, 0, 5);
        double[][] p = SaltelliSample.points(2, design);
        double[][] y = new double[p.length][];
        for (int r = 0; r < p.length; r++) {
            y[r] = new double[] {p[r][0] + 10 * p[r][1]};
        }
        List<SobolIndex> ranking = SobolAnalysis.estimate(List.of("small", "big"), List.of("y"), y, design)
                .ranking("y");
        assertEquals(List.of("big", "small"), ranking.stream().map(SobolIndex::factor).toList());
        assertEquals(List.of(1, 2), ranking.stream().map(SobolIndex::rank).toList());
        assertEquals(100.0 / 101, ranking.get(0).total(), 0.05);
        assertEquals(1.0 / 101, ranking.get(1).total(), 0.05);
    }

    @Test
    void aConstantOutcomeHasItsMeanNoVarianceAndNoIndices() {
        SobolDesign design = new SobolDesign(8, 0, 3);
        double[][] y = new double[SaltelliSample.points(2, design).length][];
        for (int r = 0; r < y.length; r++) {
            y[r] = new double[] {5};
        }
        SobolResult result = SobolAnalysis.estimate(List.of("a", "b"), List.of("y"), y, design);
        assertEquals(5, result.means()[0], 1e-12);
        assertEquals(0, result.variances()[0], 1e-12);
        assertTrue(Double.isNaN(result.ranking("y").get(0).total()));
        // a stock of persons the same at every point (a sobol run's migrants abroad): the mean of sixteen equal values
        // rounds an ulp away from them, which left a variance of about 1e-19 and a factor ranked with a total of 0
        for (double[] row : y) {
            row[0] = 1490478.005623263;
        }
        SobolResult stock = SobolAnalysis.estimate(List.of("a", "b"), List.of("y"), y, design);
        assertTrue(Double.isNaN(stock.ranking("y").get(0).total()), "no variance, no index: " + stock.ranking("y"));
    }

    @Test
    void aModelOfOneFactorHasAllItsVarianceInThatFactor() {
        // f(x) = x: S = S_T = 1 exactly; the design's equal rows gave 0.71 at N = 8 before the shift
        SobolDesign design = new SobolDesign(8, 0, 3);
        double[][] p = SaltelliSample.points(1, design);
        double[][] y = new double[p.length][];
        for (int r = 0; r < p.length; r++) {
            y[r] = new double[] {p[r][0]};
        }
        SobolIndex s = SobolAnalysis.estimate(List.of("x"), List.of("y"), y, design).ranking("y").get(0);
        assertEquals(1, s.total(), 0.2, "total index");
        assertEquals(1, s.first(), 0.2, "first-order index");
    }

    @Test
    void eachColumnOfAAndBHasOnePointInEachOfNEqualIntervals() {
        // N = 8, a power of two: the sequence's first eight points are a net, so every column of A and of B has one
        // point in each eighth of [0, 1) (skipping points breaks this: one eighth empty, another with two)
        double[][] p = SaltelliSample.points(3, new SobolDesign(8, 0, 1));
        for (int c = 0; c < 3; c++) {
            int[] inA = new int[8];
            int[] inB = new int[8];
            for (int j = 0; j < 8; j++) {
                inA[(int) (p[SaltelliSample.rowA(j, 3)][c] * 8)]++;
                inB[(int) (p[SaltelliSample.rowB(j, 3)][c] * 8)]++;
            }
            for (int e = 0; e < 8; e++) {
                assertEquals(1, inA[e], "column " + c + " of A in eighth " + e);
                assertEquals(1, inB[e], "column " + c + " of B in eighth " + e);
            }
        }
    }

    @Test
    void refusesValuesThatDoNotMatchTheDesign() {
        SobolDesign design = new SobolDesign(8, 0, 1);
        assertThrows(IllegalArgumentException.class,
                () -> SobolAnalysis.estimate(FACTORS, List.of("y"), new double[39][1], design));
        assertThrows(IllegalArgumentException.class, () -> new SobolDesign(4, 0, 1));
    }
}
