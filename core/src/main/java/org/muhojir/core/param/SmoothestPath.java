package org.muhojir.core.param;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;

/**
 * The smoothest monthly path through annual averages and fixed months: the months that minimise the sum of squared
 * month-to-month changes, subject to each year's twelve months averaging its figure and every fixed month keeping its
 * value (Denton, 1971, Journal of the American Statistical Association 66(333), 99-102, the additive first-difference
 * method, as the IMF's Quarterly National Accounts Manual, 2017 edition, chapter 6, recommends for benchmarking; with
 * no indicator it is Boot, Feibes and Lisman's, 1967). The path has no jump at New Year that the figures do not
 * ask for, and it flattens towards its ends rather than carrying a trend beyond them. A year whose months are all
 * fixed keeps them, whatever its average; a year without an average takes its fixed months and is otherwise
 * interpolated.
 *
 * <p>Solved exactly from the optimum's linear conditions (the Lagrange system of the free months and one multiplier
 * a year), in time of the order of the months times the years. Every run of free months borders a fixed month or
 * lies in a year with an average (the months run from January of the first year to December of the last), so the
 * system always has one solution.
 */
final class SmoothestPath {
    private SmoothestPath() {
    }

    /**
     * The path from January of the first year (of an average or a fixed month) to December of the last.
     *
     * @param fixed         months whose values the path keeps
     * @param averageByYear each year's average of its twelve months
     * @throws IllegalArgumentException if there is neither an average nor a fixed month, or a value is not finite
     */
    static TreeMap<YearMonth, Double> of(Map<YearMonth, Double> fixed, Map<Integer, Double> averageByYear) {
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (int year : averageByYear.keySet()) {
            firstYear = Math.min(firstYear, year);
            lastYear = Math.max(lastYear, year);
        }
        for (YearMonth m : fixed.keySet()) {
            firstYear = Math.min(firstYear, m.getYear());
            lastYear = Math.max(lastYear, m.getYear());
        }
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("a path needs at least one average or fixed month");
        }
        if (!allFinite(fixed.values()) || !allFinite(averageByYear.values())) {
            throw new IllegalArgumentException("a path's averages and fixed months must be finite numbers");
        }
        YearMonth start = YearMonth.of(firstYear, 1);
        int months = 12 * (lastYear - firstYear + 1);
        double[] value = new double[months];
        int[] free = new int[months]; // the unknown's index of a free month, -1 for a fixed one
        int unknowns = 0;
        for (int t = 0; t < months; t++) {
            Double v = fixed.get(start.plusMonths(t));
            if (v != null) {
                value[t] = v;
                free[t] = -1;
            } else {
                free[t] = unknowns++;
            }
        }
        List<Integer> constrained = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            if (averageByYear.containsKey(year) && freeMonths(free, 12 * (year - firstYear)) > 0) {
                constrained.add(year);
            }
        }
        int[][] rows = new int[constrained.size()][];
        double[] targets = new double[constrained.size()];
        for (int k = 0; k < rows.length; k++) {
            int year = constrained.get(k);
            int from = 12 * (year - firstYear);
            rows[k] = new int[freeMonths(free, from)];
            double target = 12 * averageByYear.get(year);
            int n = 0;
            for (int t = from; t < from + 12; t++) {
                if (free[t] < 0) {
                    target -= value[t];
                } else {
                    rows[k][n++] = free[t];
                }
            }
            targets[k] = target;
        }
        if (unknowns > 0) {
            double[] x = solve(free, value, unknowns, rows, targets);
            for (int t = 0; t < months; t++) {
                if (free[t] >= 0) {
                    value[t] = x[free[t]];
                }
            }
        }
        TreeMap<YearMonth, Double> path = new TreeMap<>();
        for (int t = 0; t < months; t++) {
            path.put(start.plusMonths(t), value[t]);
        }
        return path;
    }

    private static boolean allFinite(Collection<Double> values) {
        return values.stream().allMatch(Double::isFinite);
    }

    private static int freeMonths(int[] free, int from) {
        int n = 0;
        for (int t = from; t < from + 12; t++) {
            n += free[t] >= 0 ? 1 : 0;
        }
        return n;
    }

    /**
     * The free months minimising the squared changes, each constrained year's free months summing to its target:
     * the optimum's conditions {@code Q x + A'mu = c, A x = b} ({@code Q} from the changes, tridiagonal), solved
     * with {@code A'A} added to {@code Q} (which changes no solution that meets {@code A x = b}, and makes the
     * matrix positive definite, as every run of free months is pinned) by a banded Cholesky factorisation and the
     * small system of the multipliers.
     */
    private static double[] solve(int[] free, double[] value, int unknowns, int[][] rows, double[] targets) {
        double[][] h = new double[unknowns][];
        int band = 0;
        for (int[] row : rows) {
            band = Math.max(band, row.length == 0 ? 0 : row[row.length - 1] - row[0]);
        }
        band = Math.max(band, 1);
        for (int i = 0; i < unknowns; i++) {
            h[i] = new double[band + 1]; // h[i][d] is the matrix's (i, i - d)
        }
        double[] c = new double[unknowns];
        addChanges(free, value, h, c);
        for (int k = 0; k < rows.length; k++) {
            for (int p : rows[k]) {
                c[p] += targets[k];
                for (int q : rows[k]) {
                    if (q <= p) {
                        h[p][p - q] += 1;
                    }
                }
            }
        }
        choleskyInPlace(h);
        double[] g = solveFactored(h, c);
        double[][] z = new double[rows.length][];
        for (int k = 0; k < rows.length; k++) {
            double[] column = new double[unknowns];
            for (int p : rows[k]) {
                column[p] = 1;
            }
            z[k] = solveFactored(h, column);
        }
        double[][] s = new double[rows.length][rows.length];
        double[] r = new double[rows.length];
        for (int k = 0; k < rows.length; k++) {
            r[k] = -targets[k];
            for (int p : rows[k]) {
                r[k] += g[p];
                for (int l = 0; l < rows.length; l++) {
                    s[k][l] += z[l][p];
                }
            }
        }
        double[] mu = rows.length == 0 ? r : new LUDecomposition(new Array2DRowRealMatrix(s, false)).getSolver()
                .solve(new ArrayRealVector(r, false)).toArray();
        for (int k = 0; k < rows.length; k++) {
            for (int i = 0; i < unknowns; i++) {
                g[i] -= z[k][i] * mu[k];
            }
        }
        return g;
    }

    /** Factorises a symmetric positive definite banded matrix ({@code h[i][d]} its (i, i - d)) into {@code L L'}. */
    private static void choleskyInPlace(double[][] h) {
        int band = h.length == 0 ? 0 : h[0].length - 1;
        for (int i = 0; i < h.length; i++) {
            for (int d = Math.min(i, band); d >= 0; d--) {
                int j = i - d;
                double sum = h[i][d];
                for (int k = Math.max(0, i - band); k < j; k++) {
                    if (j - k <= band) {
                        sum -= h[i][i - k] * h[j][j - k];
                    }
                }
                if (d == 0) {
                    h[i][0] = Math.sqrt(sum);
                } else {
                    h[i][d] = sum / h[j][0];
                }
            }
        }
    }

    /** Solves {@code L L' x = b} with the factor of {@link #choleskyInPlace}. */
    private static double[] solveFactored(double[][] l, double[] b) {
        int n = b.length;
        int band = n == 0 ? 0 : l[0].length - 1;
        double[] y = b.clone();
        for (int i = 0; i < n; i++) {
            for (int k = Math.max(0, i - band); k < i; k++) {
                y[i] -= l[i][i - k] * y[k];
            }
            y[i] /= l[i][0];
        }
        for (int i = n - 1; i >= 0; i--) {
            for (int k = i + 1; k <= Math.min(n - 1, i + band); k++) {
                y[i] -= l[k][k - i] * y[k];
            }
            y[i] /= l[i][0];
        }
        return y;
    }

    /**
     * The optimum's conditions from the squared changes, into the banded matrix: for each pair of consecutive
     * months, the change's derivative in each free month of the pair (a fixed month's value moves to the right-hand
     * side).
     */
    private static void addChanges(int[] free, double[] value, double[][] h, double[] c) {
        for (int t = 1; t < free.length; t++) {
            int a = free[t - 1];
            int b = free[t];
            if (a >= 0 && b >= 0) {
                h[a][0] += 1;
                h[b][0] += 1;
                h[b][b - a] -= 1;
            } else if (a >= 0) {
                h[a][0] += 1;
                c[a] += value[t];
            } else if (b >= 0) {
                h[b][0] += 1;
                c[b] += value[t - 1];
            }
        }
    }
}
