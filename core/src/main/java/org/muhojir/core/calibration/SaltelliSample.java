package org.muhojir.core.calibration;

import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * The points of a {@link SobolDesign} on the unit cube, in the order the estimator reads them: for each base row j,
 * first A_j, then B_j, then AB_j^1 ... AB_j^k. Row j of A is the first k coordinates of the (j + 1)-th point of a
 * 2k-dimensional Sobol sequence (its first point, the origin, is skipped), row j of B the last k.
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
        sequence.skipTo(1);
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
