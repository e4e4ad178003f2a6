package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.scenario.Behaviour;

/**
 * Decides where a candidate goes, if anywhere. Implementations must be pure functions of their arguments (no
 * randomness of their own, no shared mutable state): the model draws the outcome from the probabilities.
 */
public interface DestinationChoice extends Serializable {
    /**
     * Fills {@code probabilities[d]} for each destination d and {@code probabilities[Destination.COUNT]} for
     * staying. Ineligible destinations must get 0; the values must sum to 1.
     */
    void probabilities(Candidate candidate, Behaviour behaviour, double[] probabilities);
}
