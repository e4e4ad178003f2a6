package example;

import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;

/** Compiles against muhojir-core as the embedding guide shows it. */
public final class Embed {
    private Embed() {
    }

    public static void main(String[] args) {
        Scenario scenario = Muhojir.defaultScenario().withSampleFraction(0.002);
        RunResult result = Muhojir.run(scenario, RunOptions.seed(42));
        result.annual().forEach(System.out::println);
    }
}
