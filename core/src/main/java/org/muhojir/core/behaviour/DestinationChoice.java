package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.scenario.Behaviour;

/**
 * Decides where a candidate goes, if anywhere. Implementations must be pure functions of their arguments (no
 * randomness of their own, no shared mutable state): the model draws the outcome from the probabilities. For a
 * candidate turned away after the choice (a refused visa, a failed entry test, no quota place) the model asks again
 * with the removed destinations ineligible and draws the second choice in proportion to how much each option's
 * probability rises, {@code max(0, without - with)}: for a rule of random utility, such as {@link LogitChoice}, the
 * exact choice of the option best without them given that one of them was best. If no option's probability rises
 * (possible only for a rule that is not of random utility), the candidate stays home.
 */
public interface DestinationChoice extends Serializable {
    /**
     * Fills {@code probabilities[d]} for each destination d and {@code probabilities[Destination.COUNT]} for
     * staying. Ineligible destinations must get 0; the values must sum to 1.
     */
    void probabilities(Candidate candidate, Behaviour behaviour, double[] probabilities);
}
