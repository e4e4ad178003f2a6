package org.muhojir.core.outcome;

import java.io.Serializable;

/**
 * Poverty of one population group in one month, as shares of persons (0..1).
 *
 * @param fgt0        headcount ratio: share of persons below the national poverty line
 * @param fgt1        poverty gap index against the national line
 * @param fgt2        squared poverty gap (severity) against the national line
 * @param extremeFgt0 share of persons below the extreme poverty line
 */
public record PovertyMeasures(double fgt0, double fgt1, double fgt2, double extremeFgt0) implements Serializable {
}
