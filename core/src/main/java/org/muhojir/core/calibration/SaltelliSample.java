package org.muhojir.core.calibration;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a {@link SobolDesign} on the unit cube, in the order the estimator reads them: for each base row j,
 * first A_j, then B_j, then AB_j^1 ... AB_j^k. Row j of A is the first k coordinates of point j of a 2k-dimensional
 * Sobol sequence, from its first point (the origin, every factor at its lower bound) on, row j of B the last k: for a
 * power-of-two N the N points are then a (t, m, s)-net, each column stratified over N equal intervals, as Owen
 * (2020, "On dropping the first Sobol' point") recommends against skipping the origin. (Until 2026-12-06 the design
 * began at point 2, which left some of those intervals empty and others doubled.)
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
        int n = design.baseSamples();
        double[][] points = new double[design.evaluations(factors)][];
        for (int j = 0; j < n; j++) {
            double[] ab = sequence.nextVector();
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
