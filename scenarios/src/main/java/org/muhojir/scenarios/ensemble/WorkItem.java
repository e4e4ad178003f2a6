package org.muhojir.scenarios.ensemble;

import java.io.Serializable;

/**
 * One run of an ensemble: replication {@code replication} of scenario {@code scenario} at parameter point
 * {@code point}. Its random draws are keyed by the ensemble's seed and the replication, so its results do not depend
 * on where or when it runs.
 *
 * @param index       position in the ensemble's list of items (0 first)
 * @param scenario    index of the scenario in the ensemble
 * @param point       index of the parameter point (0 when the ensemble has no factors)
 * @param replication replication number (0 first)
 */
public record WorkItem(int index, int scenario, int point, int replication) implements Serializable {
    private static final long serialVersionUID = 1L;
}
