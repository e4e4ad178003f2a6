package org.muhojir.core.engine;

import org.muhojir.core.Muhojir;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.bench.BenchScenario;

/**
 * The scenario every benchmark steps: the one {@code muhojir bench} times ({@link BenchScenario}: the default
 * scenario with five shocks in force), at a given number of households and long enough never to end during a
 * benchmark.
 */
public final class BenchmarkScenario {
    /** Months the scenario lasts: more than any benchmark steps. */
    public static final int MONTHS = 1200;

    private BenchmarkScenario() {
    }

    /** The scenario at about {@code households} households. */
    public static Scenario withHouseholds(int households) {
        int national = Muhojir.defaultScenario().population().nationalHouseholds();
        return BenchScenario.of(Math.min(1.0, (double) households / national), MONTHS);
    }
}
