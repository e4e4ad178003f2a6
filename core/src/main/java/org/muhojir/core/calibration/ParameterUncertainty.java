package org.muhojir.core.calibration;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * What is not known about calibrated parameters: their estimates and the covariance of the estimates' error, in the
 * parameters' own units. Made by {@link LaplacePosterior} from a calibration's targets; read by
 * {@link ParameterDraws}, which runs each replication of a scenario at a draw from it.
 *
 * @param names      the free parameters' names, as in {@link FreeParameters#byName} (each once)
 * @param estimate   the calibrated values, in the parameters' units, in the names' order
 * @param covariance the covariance of the estimates, a symmetric positive semi-definite matrix, rows and columns in
 *                   the names' order, in the product of the two parameters' units
 * @param method     how the covariance was obtained, in words (shown in reports)
 */
public record ParameterUncertainty(List<String> names, List<Double> estimate, List<List<Double>> covariance,
                                   String method) implements Serializable {
    /** Relative tolerance of the symmetry and semi-definiteness checks. */
    private static final double TOLERANCE = 1e-9;

    /**
     * Copies the lists; a null method becomes empty.
     *
     * @throws IllegalArgumentException if there is no parameter, a name appears twice, the estimates or the
     *                                  covariance do not have one row and column per name, an estimate or a
     *                                  covariance is not finite, or the covariance is not symmetric or not positive
     *                                  semi-definite (to a relative tolerance of 1e-9)
     */
    public ParameterUncertainty {
        names = List.copyOf(names);
        estimate = List.copyOf(estimate);
        covariance = covariance.stream().map(List::copyOf).toList();
        method = method == null ? "" : method;
        checkShape(names, estimate, covariance);
        checkMatrix(names, matrix(covariance));
    }

    /** An uncertainty from arrays (copied). */
    public static ParameterUncertainty of(List<String> names, double[] estimate, double[][] covariance,
                                          String method) {
        List<List<Double>> rows = new ArrayList<>();
        for (double[] row : covariance) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new ParameterUncertainty(names, java.util.Arrays.stream(estimate).boxed().toList(), rows, method);
    }

    /** Number of parameters. */
    public int size() {
        return names.size();
    }

    /** The standard error of parameter {@code i}: the square root of its variance, in its unit. */
    public double standardError(int i) {
        return Math.sqrt(covariance.get(i).get(i));
    }

    /** The correlation of the errors of parameters {@code i} and {@code j} (-1..1); NaN if either is exact. */
    public double correlation(int i, int j) {
        return covariance.get(i).get(j) / (standardError(i) * standardError(j));
    }

    /** The covariance as a Commons Math matrix (a copy). */
    public RealMatrix covarianceMatrix() {
        return matrix(covariance);
    }

    private static RealMatrix matrix(List<List<Double>> rows) {
        double[][] a = new double[rows.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = rows.get(i).stream().mapToDouble(Double::doubleValue).toArray();
        }
        return MatrixUtils.createRealMatrix(a.length == 0 ? new double[1][1] : a);
    }

    private static void checkShape(List<String> names, List<Double> estimate, List<List<Double>> covariance) {
        int n = names.size();
        if (n == 0) {
            throw new IllegalArgumentException("parameter uncertainty needs at least one parameter");
        }
        if (new HashSet<>(names).size() != n) {
            throw new IllegalArgumentException("parameter uncertainty: a parameter is named twice in " + names);
        }
        if (estimate.size() != n || covariance.size() != n) {
            throw new IllegalArgumentException("parameter uncertainty: " + n + " names need " + n + " estimates and "
                    + n + " covariance rows, were " + estimate.size() + " and " + covariance.size());
        }
        for (int i = 0; i < n; i++) {
            if (covariance.get(i).size() != n) {
                throw new IllegalArgumentException("parameter uncertainty: covariance row " + (i + 1) + " ("
                        + names.get(i) + ") has " + covariance.get(i).size() + " values, needs " + n);
            }
            if (!Double.isFinite(estimate.get(i))) {
                throw new IllegalArgumentException("parameter uncertainty: the estimate of " + names.get(i)
                        + " is not a finite number");
            }
        }
    }

    private static void checkMatrix(List<String> names, RealMatrix c) {
        int n = names.size();
        double scale = 0;
        for (int i = 0; i < n; i++) {
            scale = Math.max(scale, Math.abs(c.getEntry(i, i)));
            for (int j = 0; j < n; j++) {
                if (!Double.isFinite(c.getEntry(i, j))) {
                    throw new IllegalArgumentException("parameter uncertainty: covariance of " + names.get(i)
                            + " and " + names.get(j) + " is not a finite number");
                }
            }
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                double a = c.getEntry(i, j);
                double b = c.getEntry(j, i);
                if (Math.abs(a - b) > TOLERANCE * Math.max(scale, Math.max(Math.abs(a), Math.abs(b)))) {
                    throw new IllegalArgumentException("parameter uncertainty: the covariance is not symmetric ("
                            + names.get(i) + ", " + names.get(j) + ": " + a + " against " + b + ")");
                }
            }
        }
        checkSemiDefinite(names, c);
    }

    /** Each standard error squared must be 0 or more and no combination of parameters may have negative variance. */
    private static void checkSemiDefinite(List<String> names, RealMatrix c) {
        double[] eigenvalues = new EigenDecomposition(c).getRealEigenvalues();
        double largest = java.util.Arrays.stream(eigenvalues).map(Math::abs).max().orElse(0);
        for (double e : eigenvalues) {
            if (e < -TOLERANCE * Math.max(largest, Double.MIN_NORMAL)) {
                throw new IllegalArgumentException("parameter uncertainty: the covariance of " + names + " is not "
                        + "positive semi-definite (an eigenvalue is " + e + "): some combination of the "
                        + "parameters would have a negative variance");
            }
        }
    }
}
