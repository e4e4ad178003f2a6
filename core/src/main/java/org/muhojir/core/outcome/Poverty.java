package org.muhojir.core.outcome;

/**
 * Poverty and inequality measures on explicit vectors: the Foster-Greer-Thorbecke family (Foster, Greer and
 * Thorbecke, 1984) and the Gini coefficient, each with person weights. The model uses the streaming forms
 * ({@link PovertyAccumulator}, {@link GiniHistogram}); these exact forms define them and test them.
 */
public final class Poverty {
    private Poverty() {
    }

    /**
     * FGT(alpha) = sum of w_i * ((z - y_i) / z)^alpha over the poor (y_i &lt; z), divided by the sum of all
     * weights. Alpha 0 is the headcount ratio, 1 the poverty gap, 2 the severity.
     *
     * @param y     consumption (any unit, the same as z)
     * @param w     person weights, non-negative
     * @param z     poverty line, positive
     * @param alpha 0, 1 or 2 (any non-negative value works)
     */
    public static double fgt(double[] y, double[] w, double z, double alpha) {
        double poor = 0;
        double total = 0;
        for (int i = 0; i < y.length; i++) {
            total += w[i];
            if (y[i] < z) {
                poor += w[i] * Math.pow((z - y[i]) / z, alpha);
            }
        }
        return total > 0 ? poor / total : 0;
    }

    /**
     * Weighted Gini coefficient of non-negative values: 0 when all are equal, approaching 1 when one holds all.
     * Computed exactly by sorting: G = 1 - sum_i w_i (S_{i-1} + S_i) / (W * S_n), with S the cumulative sum of
     * w * y in ascending order of y and W the total weight.
     */
    public static double gini(double[] y, double[] w) {
        Integer[] order = new Integer[y.length];
        for (int i = 0; i < y.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(y[a], y[b]));
        double totalWeight = 0;
        double totalIncome = 0;
        for (int i = 0; i < y.length; i++) {
            totalWeight += w[i];
            totalIncome += w[i] * y[i];
        }
        if (totalIncome <= 0 || totalWeight <= 0) {
            return 0;
        }
        double cumulative = 0;
        double area = 0;
        for (int i : order) {
            double next = cumulative + w[i] * y[i];
            area += w[i] * (cumulative + next);
            cumulative = next;
        }
        return 1 - area / (totalWeight * totalIncome);
    }
}
