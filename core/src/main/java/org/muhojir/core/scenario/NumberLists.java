package org.muhojir.core.scenario;

import java.util.List;

/** Copying and conversion helpers for the lists of numbers in scenario records. */
public final class NumberLists {
    private NumberLists() {
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
}
