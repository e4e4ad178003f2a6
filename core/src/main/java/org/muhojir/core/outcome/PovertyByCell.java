package org.muhojir.core.outcome;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The sums of {@link PovertyAccumulator} for several cells of a population at once (for the model, region by
 * urban/rural), against a poverty line, an extreme-poverty line and the national line of the old methodology, all set by
 * {@link #setLines}. This is the form the
 * model's inner loop uses: one flat array, no division and no branch per household. Partial sums from chunks are
 * merged in a fixed order so results do not depend on thread count.
 */
public final class PovertyByCell implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int PERSONS = 0;
    private static final int CONSUMPTION = 1;
    private static final int POOR = 2;
    private static final int GAP = 3;
    private static final int SEVERITY = 4;
    private static final int EXTREME = 5;
    private static final int OLD_METHODOLOGY = 6;
    private static final int FIELDS = 7;

    private double z;
    private double extremeZ;
    private double oldMethodologyZ;
    private double perZ;
    private final double[] sums;

    /**
     * @param cells    number of cells (0 to cells - 1)
     * @param z        poverty line, in the unit of consumption
     * @param extremeZ extreme-poverty line, same unit
     * @param oldMethodologyZ the national poverty line of the old methodology, same unit
     */
    public PovertyByCell(int cells, double z, double extremeZ, double oldMethodologyZ) {
        this.sums = new double[cells * FIELDS];
        setLines(z, extremeZ, oldMethodologyZ);
    }

    /** The lines households added from now on are measured against (they move with prices), same unit as before. */
    public void setLines(double z, double extremeZ, double oldMethodologyZ) {
        this.z = z;
        this.extremeZ = extremeZ;
        this.oldMethodologyZ = oldMethodologyZ;
        this.perZ = 1 / z;
    }

    /** Adds {@code persons} persons of {@code cell}, each consuming {@code y}. */
    public void add(int cell, double y, int persons) {
        int i = cell * FIELDS;
        // the poverty gap is (z - y) / z for the poor, 0 for the others; whether a household is poor is as good as
        // random to the processor, so the indicator is computed rather than branched on
        int poor = below(y, z) * persons;
        double gap = 1 - y * perZ;
        addTerms(sums, i, persons, persons * y, poor, poor * gap, poor * gap * gap, below(y, extremeZ) * persons,
                below(y, oldMethodologyZ) * persons);
    }

    /**
     * Adds {@code persons} persons of {@code cell}, each consuming {@code y}, to these sums and to {@code other}'s
     * (same cells and lines): the same as {@code add} on each, with the terms computed once.
     */
    public void addToBoth(PovertyByCell other, int cell, double y, int persons) {
        int i = cell * FIELDS;
        int poor = below(y, z) * persons;
        double gap = 1 - y * perZ;
        double consumption = persons * y;
        double gaps = poor * gap;
        double severity = poor * gap * gap;
        int extreme = below(y, extremeZ) * persons;
        int oldMethodology = below(y, oldMethodologyZ) * persons;
        addTerms(sums, i, persons, consumption, poor, gaps, severity, extreme, oldMethodology);
        addTerms(other.sums, i, persons, consumption, poor, gaps, severity, extreme, oldMethodology);
    }

    private static void addTerms(double[] sums, int i, int persons, double consumption, int poor, double gaps,
                                 double severity, int extreme, int oldMethodology) {
        sums[i + PERSONS] += persons;
        sums[i + CONSUMPTION] += consumption;
        sums[i + POOR] += poor;
        sums[i + GAP] += gaps;
        sums[i + SEVERITY] += severity;
        sums[i + EXTREME] += extreme;
        sums[i + OLD_METHODOLOGY] += oldMethodology;
    }

    /** Adds another instance's sums, cell by cell (same cells and lines). */
    public void merge(PovertyByCell o) {
        for (int i = 0; i < sums.length; i++) {
            sums[i] += o.sums[i];
        }
    }

    /** Sets every cell's sums to 0; the lines stay. */
    public void clear() {
        Arrays.fill(sums, 0);
    }

    /** Adds the sums of {@code cell} to an accumulator. */
    public void addTo(int cell, PovertyAccumulator into) {
        int i = cell * FIELDS;
        into.addSums(sums[i + PERSONS], sums[i + CONSUMPTION], sums[i + POOR], sums[i + GAP], sums[i + SEVERITY],
                sums[i + EXTREME], sums[i + OLD_METHODOLOGY]);
    }

    /** 1 if {@code y < line}, else 0, without a branch: the sign bit of y - line (finite values). */
    private static int below(double y, double line) {
        return (int) (Double.doubleToRawLongBits(y - line) >>> 63);
    }
}
