package org.muhojir.core.replication;

import java.util.Optional;
import org.muhojir.core.engine.ModelAtStart;
import org.muhojir.core.scenario.Scenario;

/**
 * Where {@link Replications} keeps the states its runs reach at their first reported month, under their
 * {@link ModelAtStart#keyOf key}, so that a later batch (another program run) with the same months before the start
 * continues from them instead of simulating the warm-up and history again. A run from a kept state gives exactly the
 * results of a fresh run. Core keeps none ({@link #NONE}); a program supplies one (the command line's
 * {@code --start-cache}, a folder).
 */
public interface StartStore {
    /** Keeps nothing and finds nothing. */
    StartStore NONE = new StartStore() {
        @Override
        public Optional<ModelAtStart> find(String key, Scenario scenario) {
            return Optional.empty();
        }

        @Override
        public void keep(String key, ModelAtStart state) {
            // nothing is kept
        }
    };

    /**
     * The state kept under {@code key}, as the state of a run of {@code scenario} (whose key it is), or empty if none
     * is kept or it cannot be read.
     */
    Optional<ModelAtStart> find(String key, Scenario scenario);

    /**
     * Keeps {@code state} under {@code key}. A store that cannot keep it says so its own way and goes on: keeping is
     * never needed for the results.
     */
    void keep(String key, ModelAtStart state);
}
