package org.muhojir.core.outcome;

import java.io.Serializable;

/**
 * Sums the FGT numerators and the person weight of a group, one household at a time; partial sums from chunks
 * are merged in a fixed order so results do not depend on thread count.
 */
public final class PovertyAccumulator implements Serializable {
    private static final long serialVersionUID = 1L;

    private double persons;
    private double poor;
    private double gap;
    private double severity;
    private double extreme;
    private double oldMethodology;
    private double consumption;

    /**
     * Adds {@code persons} persons each consuming {@code y}, against lines {@code z}, {@code extremeZ} and the old
     * methodology's {@code oldMethodologyZ}.
     */
    public void add(double y, double persons, double z, double extremeZ, double oldMethodologyZ) {
        double g = Math.max(0, (z - y) / z);
        addSums(persons, persons * y, y < z ? persons : 0, persons * g, persons * g * g, y < extremeZ ? persons : 0,
                y < oldMethodologyZ ? persons : 0);
    }

    /** Adds sums computed elsewhere (see {@link PovertyByCell}). */
    void addSums(double persons, double consumption, double poor, double gap, double severity, double extreme,
                 double oldMethodology) {
        this.persons += persons;
        this.consumption += consumption;
        this.poor += poor;
        this.gap += gap;
        this.severity += severity;
        this.extreme += extreme;
        this.oldMethodology += oldMethodology;
    }

    /** Adds another accumulator's sums. */
    public void merge(PovertyAccumulator o) {
        persons += o.persons;
        poor += o.poor;
        gap += o.gap;
        severity += o.severity;
        extreme += o.extreme;
        oldMethodology += o.oldMethodology;
        consumption += o.consumption;
    }

    /** Sets every sum to 0, the persons counted included. */
    public void clear() {
        persons = poor = gap = severity = extreme = oldMethodology = consumption = 0;
    }

    /** Persons counted (sample units, before weighting). */
    public double persons() {
        return persons;
    }

    /** Mean consumption per person counted. */
    public double meanConsumption() {
        return persons > 0 ? consumption / persons : 0;
    }

    /** The measures as shares of persons, on the persons counted. */
    public PovertyMeasures measures() {
        return measures(1);
    }

    /** The measures as shares of persons, on the persons counted times {@code weight} (persons a sample unit is). */
    public PovertyMeasures measures(double weight) {
        if (persons == 0) {
            return new PovertyMeasures(0, 0, 0, 0, 0, 0);
        }
        return new PovertyMeasures(poor / persons, gap / persons, severity / persons, extreme / persons,
                oldMethodology / persons, persons * weight);
    }
}
