package org.muhojir.core.scenario;

import java.util.List;

/** Copying and validation helpers for the lists of numbers in scenario records. */
public final class Lists {
    private static final double SUM_TOLERANCE = 1e-6;

    private Lists() {
    }

    /** An unmodifiable copy, or null for null; null elements are kept so that validation can report them. */
    static <T> List<T> copy(List<T> values) {
        return values == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
    }

    /** The values as a fresh primitive array. */
    public static double[] toArray(List<Double> values) {
        double[] a = new double[values.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = values.get(i);
        }
        return a;
    }

    /** A list of the given values. */
    public static List<Double> of(double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }

    /** Requires {@code length} shares, each in 0..1. */
    static boolean shares(Problems p, String path, List<Double> values, int length) {
        if (!sized(p, path, values, length)) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            p.probability(path + "[" + i + "]", values.get(i));
        }
        return true;
    }

    /** Requires {@code length} shares in 0..1 that sum to 1. */
    static void distribution(Problems p, String path, List<Double> values, int length) {
        if (shares(p, path, values, length)) {
            double sum = values.stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                p.add(path, "shares must sum to 1, summed to " + sum);
            }
        }
    }

    /** Requires {@code length} non-negative weights that average 1 (a seasonal profile over 12 months). */
    static void profile(Problems p, String path, List<Double> values, int length) {
        if (!sized(p, path, values, length)) {
            return;
        }
        for (int i = 0; i < length; i++) {
            p.nonNegative(path + "[" + i + "]", values.get(i));
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).sum() / length;
        if (Math.abs(mean - 1) > 1e-3) {
            p.add(path, "monthly weights must average 1, averaged " + mean);
        }
    }

    /** Requires {@code length} positive values. */
    static void positives(Problems p, String path, List<Double> values, int length) {
        if (sized(p, path, values, length)) {
            for (int i = 0; i < length; i++) {
                p.positive(path + "[" + i + "]", values.get(i));
            }
        }
    }

    private static boolean sized(Problems p, String path, List<Double> values, int length) {
        if (!p.present(path, values)) {
            return false;
        }
        if (values.size() != length) {
            p.add(path, "needs " + length + " values, had " + values.size());
            return false;
        }
        if (values.stream().anyMatch(java.util.Objects::isNull)) {
            p.add(path, "has an empty value");
            return false;
        }
        return true;
    }
}
