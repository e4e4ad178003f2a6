package org.muhojir.core.calibration;

/**
 * The Sobol indices of one factor for one outcome, with bootstrap 95% intervals (NaN when the design has no
 * bootstrap). Indices are shares of the outcome's variance over the design: {@code first} is the share the factor
 * explains alone, {@code total} the share it takes part in, alone or through interactions with other factors. A
 * total near 0 means the factor can be fixed anywhere in its range; {@code total - first} is its share in
 * interactions. Estimates from finite samples can stray a little below 0 or above 1.
 *
 * @param outcome   the outcome's label
 * @param factor    the factor's name
 * @param first     first-order index S_i (Saltelli et al., 2010, table 2 (b))
 * @param firstLow  lower end of S_i's 95% bootstrap interval
 * @param firstHigh upper end of S_i's 95% bootstrap interval
 * @param total     total-order index S_Ti (Jansen, 1999)
 * @param totalLow  lower end of S_Ti's 95% bootstrap interval
 * @param totalHigh upper end of S_Ti's 95% bootstrap interval
 * @param rank      rank of the factor by {@code total} for this outcome, 1 the most important
 */
public record SobolIndex(String outcome, String factor, double first, double firstLow, double firstHigh,
                         double total, double totalLow, double totalHigh, int rank) {
}
