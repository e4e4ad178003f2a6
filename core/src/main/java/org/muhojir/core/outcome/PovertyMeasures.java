package org.muhojir.core.outcome;

import java.io.Serializable;

/**
 * Poverty of one population group in one month, as shares of persons (0..1), and the persons it is measured on.
 *
 * @param fgt0        headcount ratio: share of persons below the national poverty line
 * @param fgt1        poverty gap index against the national line
 * @param fgt2        squared poverty gap (severity) against the national line
 * @param extremeFgt0 share of persons below the extreme poverty line
 * @param oldMethodologyFgt0 share of persons below the national line of the old methodology (TajStat's series to
 *                    2019), whose figures the history's years before 2023 are compared with
 * @param persons     persons at home in the group, the measures' denominator (persons, scaled to national totals in
 *                    a model's outcomes): a measure times it is its numerator (poor persons, or persons times their
 *                    gap or squared gap), which does not move when persons who are not poor come home or leave
 */
public record PovertyMeasures(double fgt0, double fgt1, double fgt2, double extremeFgt0,
                              double oldMethodologyFgt0, double persons)
        implements Serializable {
}
