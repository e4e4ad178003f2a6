package org.muhojir.core.calibration;

/**
 * How a calibration searches.
 *
 * @param simulation     how each evaluation is simulated (seed, replications, parallelism); the same seed and
 *                       replication numbers at every evaluation, so the objective is a deterministic function of
 *                       the parameters (common random numbers)
 * @param method         the optimiser
 * @param maxEvaluations the most objective evaluations the optimiser may make (each runs every anchor's
 *                       replications); the best point found so far is returned when it is reached
 * @param optimiserSeed  seed of the optimiser's own random numbers (CMA-ES's sampling)
 * @param initialStep    initial step size on the parameters scaled to 0..1 between their bounds (CMA-ES's sigma,
 *                       BOBYQA's initial trust-region radius), more than 0 and at most 0.5
 * @param populationSize CMA-ES's offspring per generation, or 0 for its default {@code 4 + 3 ln n}
 */
public record CalibrationSettings(SimulationSettings simulation, Method method, int maxEvaluations,
                                  long optimiserSeed, double initialStep, int populationSize) {

    /** The optimisers offered, both from Commons Math 3 and both for bounded problems without derivatives. */
    public enum Method {
        /**
         * Covariance matrix adaptation evolution strategy (Hansen): robust to the noise and small steps of a
         * simulated objective. The default.
         */
        CMA_ES,
        /**
         * Powell's BOBYQA, a trust-region method on quadratic models: fewer evaluations on smooth objectives, but
         * easily stalled by a simulated objective's small steps. With a single free parameter, Brent's method
         * searches it instead (BOBYQA needs two or more).
         */
        BOBYQA
    }

    /**
     * @throws IllegalArgumentException if {@code simulation} or {@code method} is null, {@code maxEvaluations} is
     *                                  less than 1, {@code initialStep} is not more than 0 and at most 0.5, or
     *                                  {@code populationSize} is negative or 1
     */
    public CalibrationSettings {
        if (simulation == null || method == null) {
            throw new IllegalArgumentException("simulation settings and a method are required");
        }
        if (maxEvaluations < 1) {
            throw new IllegalArgumentException("maxEvaluations must be at least 1, was " + maxEvaluations);
        }
        if (!(initialStep > 0 && initialStep <= 0.5)) {
            throw new IllegalArgumentException("initialStep must be more than 0 and at most 0.5, was "
                    + initialStep);
        }
        if (populationSize < 0 || populationSize == 1) {
            throw new IllegalArgumentException("populationSize must be 0 (the default) or at least 2, was "
                    + populationSize);
        }
    }

    /** The initial step unless one is given: a fifth of each parameter's range (scaled 0..1). */
    public static final double DEFAULT_INITIAL_STEP = 0.2;

    /** CMA-ES with the default population, initial step {@value #DEFAULT_INITIAL_STEP}, optimiser seed 1. */
    public static CalibrationSettings cmaes(SimulationSettings simulation, int maxEvaluations) {
        return new CalibrationSettings(simulation, Method.CMA_ES, maxEvaluations, 1, DEFAULT_INITIAL_STEP, 0);
    }

    /** These settings with optimiser {@code m}, the rest kept. */
    public CalibrationSettings withMethod(Method m) {
        return new CalibrationSettings(simulation, m, maxEvaluations, optimiserSeed, initialStep, populationSize);
    }

    /** These settings with CMA-ES's offspring per generation {@code size} (0 for its default, else 2 or more). */
    public CalibrationSettings withPopulationSize(int size) {
        return new CalibrationSettings(simulation, method, maxEvaluations, optimiserSeed, initialStep, size);
    }

    /** These settings with initial step {@code step}, on the parameters scaled to 0..1 (more than 0, at most 0.5). */
    public CalibrationSettings withInitialStep(double step) {
        return new CalibrationSettings(simulation, method, maxEvaluations, optimiserSeed, step, populationSize);
    }
}
