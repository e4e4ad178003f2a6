package org.muhojir.core.replication;

import java.io.Serializable;
import org.muhojir.core.scenario.Scenario;

/**
 * The scenario that replication k of a scenario runs: the scenario itself ({@link #NONE}), or a variant of it, for
 * example with its calibrated parameters drawn from their uncertainty
 * ({@link org.muhojir.core.calibration.ParameterDraws}). A variation must be a function of the scenario and the
 * replication number only, so that replication k of a baseline and of a policy get the same variant (common random
 * numbers and common parameters) and results do not depend on the order runs are made in.
 */
@FunctionalInterface
public interface ScenarioVariation extends Serializable {
    /** No variation: every replication runs the scenario as given. */
    ScenarioVariation NONE = (scenario, replication) -> scenario;

    /**
     * The scenario replication {@code replication} (0 or more) runs.
     *
     * @throws IllegalArgumentException if the scenario cannot be varied (for example a drawn value is invalid)
     */
    Scenario forReplication(Scenario scenario, int replication);
}
