package org.muhojir.benchmarks;

import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.bench.BenchScenario;

/**
 * The scenario every benchmark steps: the one {@code muhojir bench} times ({@link BenchScenario}: the default
 * scenario with five shocks in force), at a given number of households, for the longest period a scenario may
 * have; a benchmark that steps a model to its end replaces it ({@link #unlessFinished}).
 */
public final class BenchmarkScenario {
    /** Months the scenario lasts (the longest a scenario may have). */
    public static final int MONTHS = 1200;

    private BenchmarkScenario() {
    }

    /**
     * {@code model} if it has a month left to step, else a fresh model of the same scenario and options, started
     * (the old one is finished). Call it outside the timed step (a JMH setup per invocation: a step takes 10 ms or
     * more, so the check costs nothing measurable).
     */
    static MuhojirModel unlessFinished(MuhojirModel model) {
        if (!model.isFinished()) {
            return model;
        }
        model.finish();
        MuhojirModel fresh = new MuhojirModel(model.scenario(), model.options());
        fresh.start();
        return fresh;
    }

    /** The scenario at about {@code households} households. */
    public static Scenario withHouseholds(int households) {
        int national = Muhojir.defaultScenario().population().nationalHouseholds();
        return BenchScenario.of(Math.min(1.0, (double) households / national), MONTHS);
    }
}
