package org.muhojir.core.calibration;

/**
 * The elementary effects of one factor on one outcome, summarised. An elementary effect is the change in the
 * outcome when the factor alone moves by delta, divided by delta, with the factor scaled to 0..1 between its
 * bounds: so effects are in the outcome's unit per full range of the factor.
 *
 * @param outcome  the outcome's label
 * @param factor   the factor's name
 * @param muStar   mean of the absolute elementary effects (Campolongo, Cariboni and Saltelli, 2007): the
 *                 factor's importance
 * @param mu       mean of the elementary effects (Morris, 1991): its sign says the direction when effects agree
 * @param sigma    standard deviation of the elementary effects (n - 1): large when the effect depends on the
 *                 other factors (interactions) or is non-linear
 * @param relativeMuStar {@code muStar} over the absolute mean of the outcome over the design's points, so that
 *                 outcomes of different units can be compared; NaN if that mean is 0
 * @param rank     rank of the factor by {@code muStar} for this outcome, 1 the most important
 */
public record MorrisEffect(String outcome, String factor, double muStar, double mu, double sigma,
                           double relativeMuStar, int rank) {
}
