package org.muhojir.core.outcome;

import java.util.Arrays;

/** Quantiles of samples (for bootstrap intervals and the spread of ensembles). */
public final class Quantiles {
    private Quantiles() {
    }

    /**
     * The q-quantile (0..1) of the finite values, linear between order statistics (Hyndman and Fan's type 7, as R's
     * and NumPy's default); NaN if there are none.
     */
    public static double of(double[] values, double q) {
        double[] v = Arrays.stream(values).filter(Double::isFinite).sorted().toArray();
        if (v.length == 0) {
            return Double.NaN;
        }
        double pos = q * (v.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(v.length - 1, lo + 1);
        return v[lo] + (pos - lo) * (v[hi] - v[lo]);
    }
}
