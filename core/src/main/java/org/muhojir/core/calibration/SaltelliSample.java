package org.muhojir.core.calibration;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a {@link SobolDesign} on the unit cube, in the order the estimator reads them: for each base row j,
 * first A_j, then B_j, then AB_j^1 ... AB_j^k. Row j of A is the first k coordinates of point j of a 2k-dimensional
 * Sobol sequence, from its first point on, row j of B the last k, each coordinate with a random digital shift (its
 * 52 binary digits XORed with a draw of the design's seed, one draw a coordinate; Owen, 2020, "On dropping the first
 * Sobol' point"). The shift keeps the net's strata: for a power-of-two N every column of A and of B has one point in
 * each of N equal intervals. Without it the unscrambled sequence gave A and B equal coordinates in some rows (its
 * first two points, the origin and the centre, in every column), rows that add nothing to either index and bias
 * both down (until 2026-12-06: with the rate of considering as the only factor, whose outcomes are then a function
 * of it alone, its total index read 0.46 at N = 8 and 0.96 at 64 instead of 1; for f(x) = x, 0.71 at N = 8).
 */
public final class SaltelliSample {
    private SaltelliSample() {
    }

    /** The design's N (k + 2) points for {@code factors} factors, each a k-vector of values in [0, 1). */
    public static double[][] points(int factors, SobolDesign design) {
        if (factors < 1) {
            throw new IllegalArgumentException("a Sobol analysis needs at least one factor");
        }
        SobolSequenceGenerator sequence = new SobolSequenceGenerator(2 * factors);
        long[] shift = digitalShift(2 * factors, design.seed());
        int n = design.baseSamples();
        double[][] points = new double[design.evaluations(factors)][];
        for (int j = 0; j < n; j++) {
            double[] ab = shifted(sequence.nextVector(), shift);
            double[] a = java.util.Arrays.copyOfRange(ab, 0, factors);
            double[] b = java.util.Arrays.copyOfRange(ab, factors, 2 * factors);
            int row = j * (factors + 2);
            points[row] = a;
            points[row + 1] = b;
            for (int i = 0; i < factors; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                points[row + 2 + i] = mixed;
            }
        }
        return points;
    }

    /** Digits of a point's coordinates: Commons Math's Sobol sequence gives multiples of 2^-52. */
    private static final int DIGITS = 52;

    /** One random shift of {@link #DIGITS} binary digits a coordinate, drawn from {@code seed}. */
    static long[] digitalShift(int dimensions, long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        long[] shift = new long[dimensions];
        for (int d = 0; d < dimensions; d++) {
            shift[d] = random.nextLong() >>> (Long.SIZE - DIGITS);
        }
        return shift;
    }

    /** {@code point} with each coordinate's binary digits XORed with its shift (exact: the digits are whole). */
    private static double[] shifted(double[] point, long[] shift) {
        double scale = 0x1.0p52;
        double[] out = new double[point.length];
        for (int d = 0; d < point.length; d++) {
            out[d] = (((long) (point[d] * scale)) ^ shift[d]) / scale;
        }
        return out;
    }

    /** Index of A_j among the points. */
    static int rowA(int j, int factors) {
        return j * (factors + 2);
    }

    /** Index of B_j among the points. */
    static int rowB(int j, int factors) {
        return j * (factors + 2) + 1;
    }

    /** Index of AB_j^i among the points. */
    static int rowAB(int j, int i, int factors) {
        return j * (factors + 2) + 2 + i;
    }
}
