package org.muhojir.core.calibration;

import org.muhojir.core.engine.RunOptions;

/**
 * How each point of a calibration or screening is simulated: replications 0 to {@code replications - 1} with the
 * same seed at every point (common random numbers), {@code parallel} replications at a time.
 *
 * @param options      seed, threads per run and behavioural rules; its replication number is ignored
 * @param replications replications per point (1 or more); moments are their means
 * @param parallel     replications run at the same time (1 or more); results do not depend on it
 */
public record SimulationSettings(RunOptions options, int replications, int parallel) {
    /**
     * @throws IllegalArgumentException if {@code options} is null or {@code replications} or {@code parallel} is
     *                                  less than 1
     */
    public SimulationSettings {
        if (options == null) {
            throw new IllegalArgumentException("run options are required (for example RunOptions.seed(42))");
        }
        if (replications < 1 || parallel < 1) {
            throw new IllegalArgumentException("replications and parallel must be at least 1, were " + replications
                    + " and " + parallel);
        }
    }

    /** {@code replications} replications of seed {@code seed}, one thread per run, as many at once as cores. */
    public static SimulationSettings of(long seed, int replications) {
        return new SimulationSettings(RunOptions.seed(seed), replications,
                Math.max(1, Math.min(replications, Runtime.getRuntime().availableProcessors())));
    }
}
