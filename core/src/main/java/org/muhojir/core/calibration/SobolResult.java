package org.muhojir.core.calibration;

import java.util.List;

/**
 * What a Sobol analysis found: the indices of every factor for every outcome, ranked by total index within each
 * outcome, with each outcome's mean and variance over the design's A and B rows.
 *
 * @param design      the design
 * @param factors     the factors' names, in design order
 * @param outcomes    the outcomes' labels
 * @param indices     one row per outcome and factor, outcomes in order, factors by rank
 * @param means       each outcome's mean over the 2N rows of A and B, in the outcome's unit
 * @param variances   each outcome's variance over the same rows, in the outcome's unit squared
 * @param evaluations model evaluations the analysis used
 */
public record SobolResult(SobolDesign design, List<String> factors, List<String> outcomes, List<SobolIndex> indices,
                          double[] means, double[] variances, int evaluations) {
    /**
     * Copies the lists and arrays.
     */
    public SobolResult {
        factors = List.copyOf(factors);
        outcomes = List.copyOf(outcomes);
        indices = List.copyOf(indices);
        means = means.clone();
        variances = variances.clone();
    }

    /** The indices for one outcome, by rank. */
    public List<SobolIndex> ranking(String outcome) {
        return indices.stream().filter(i -> i.outcome().equals(outcome)).toList();
    }

    /** Each outcome's mean over the 2N rows of A and B, in outcome order and the outcome's unit (a copy). */
    @Override
    public double[] means() {
        return means.clone();
    }

    /** Each outcome's variance over the same rows, in outcome order and its unit squared (a copy). */
    @Override
    public double[] variances() {
        return variances.clone();
    }
}
