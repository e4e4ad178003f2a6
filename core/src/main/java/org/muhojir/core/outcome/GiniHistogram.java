package org.muhojir.core.outcome;

import java.io.Serializable;

/**
 * A Gini coefficient in one pass without sorting or logarithms: persons are counted in bins of consumption that
 * are equally spaced on a logarithmic scale to within a factor of two. A bin is the value's float exponent and the
 * top 10 bits of its mantissa, so each bin spans between 0.05% and 0.1% of its value, from 1 to 2^21 (about two
 * million); values below 1 fall in the first bin and values above in the last. The Gini is computed from the bins
 * with each bin's midpoint as its value; its error against the exact {@link Poverty#gini} is below 0.001 for any
 * distribution in the range. The 21,504 counts are ints (84 KB); a histogram holds at most 2^31 - 1 persons.
 * Integer counts merge exactly, so the result does not depend on merge order.
 */
public final class GiniHistogram implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MANTISSA_BITS_DROPPED = 13;
    private static final int FIRST = Float.floatToRawIntBits(1.0f) >> MANTISSA_BITS_DROPPED;
    static final int BINS = (Float.floatToRawIntBits(0x1p21f) >> MANTISSA_BITS_DROPPED) - FIRST;

    private final int[] counts = new int[BINS];

    /** Counts {@code persons} persons each consuming {@code y} (non-negative). */
    public void add(float y, int persons) {
        counts[bin(y)] += persons;
    }

    /** Counts {@code persons} persons each consuming {@code y} here and in {@code other}: {@code add} on each. */
    public void addToBoth(GiniHistogram other, float y, int persons) {
        int bin = bin(y);
        counts[bin] += persons;
        other.counts[bin] += persons;
    }

    private static int bin(float y) {
        int bin = (Float.floatToRawIntBits(y) >> MANTISSA_BITS_DROPPED) - FIRST;
        return Math.max(0, Math.min(BINS - 1, bin));
    }

    /** Adds another histogram's counts: integer sums, so the result does not depend on the order of merges. */
    public void merge(GiniHistogram o) {
        for (int i = 0; i < BINS; i++) {
            counts[i] += o.counts[i];
        }
    }

    /** Empties every bin: no person counted. */
    public void clear() {
        java.util.Arrays.fill(counts, 0);
    }

    /** The Gini coefficient of what was added (0 if nothing). */
    public double gini() {
        double totalWeight = 0;
        double totalIncome = 0;
        for (int i = 0; i < BINS; i++) {
            totalWeight += counts[i];
            totalIncome += counts[i] * midpoint(i);
        }
        if (totalIncome <= 0) {
            return 0;
        }
        double cumulative = 0;
        double area = 0;
        for (int i = 0; i < BINS; i++) {
            if (counts[i] > 0) {
                double next = cumulative + counts[i] * midpoint(i);
                area += counts[i] * (cumulative + next);
                cumulative = next;
            }
        }
        return 1 - area / (totalWeight * totalIncome);
    }

    /** The value at the middle of a bin. */
    static double midpoint(int bin) {
        int bits = ((bin + FIRST) << MANTISSA_BITS_DROPPED) | (1 << (MANTISSA_BITS_DROPPED - 1));
        return Float.intBitsToFloat(bits);
    }
}
