package org.muhojir.core.outcome;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Persons below each of a few poverty lines (for the international lines of USD 2.15 and 3.65 a day), counted one
 * household at a time against consumption per person; partial counts from chunks are merged in a fixed order so
 * results do not depend on thread count.
 */
public final class HeadcountBelowLines implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[] lines;
    private final double[] below;
    private double persons;

    /** Counts against {@code count} lines, all 0 until {@link #setLines}. */
    public HeadcountBelowLines(int count) {
        lines = new double[count];
        below = new double[count];
    }

    /** The lines households added from now on are measured against, in the unit of consumption. */
    public void setLines(double... values) {
        System.arraycopy(values, 0, lines, 0, lines.length);
    }

    /** Adds {@code n} persons each consuming {@code y}. */
    public void add(double y, int n) {
        persons += n;
        for (int i = 0; i < lines.length; i++) {
            // 1 if y < line, without a branch (the sign bit of y - line; finite values)
            below[i] += (int) (Double.doubleToRawLongBits(y - lines[i]) >>> 63) * n;
        }
    }

    /** Adds another instance's counts (same lines). */
    public void merge(HeadcountBelowLines o) {
        persons += o.persons;
        for (int i = 0; i < below.length; i++) {
            below[i] += o.below[i];
        }
    }

    /** Forgets every person counted; the lines stay. */
    public void clear() {
        persons = 0;
        Arrays.fill(below, 0);
    }

    /** The share of persons counted below each line (0..1), in the order of the lines; 0 if nobody was counted. */
    public double[] shares() {
        double[] s = new double[below.length];
        for (int i = 0; i < s.length; i++) {
            s[i] = persons > 0 ? below[i] / persons : 0;
        }
        return s;
    }
}
