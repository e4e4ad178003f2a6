package org.muhojir.benchmarks;

import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * Time of one monthly step of the same model written the textbook MASON way ({@link TextbookMasonModel}: one
 * {@code Steppable} per household), single-threaded, to compare with {@link MonthlyStepBenchmark} side by side.
 */
public class TextbookMasonBenchmark extends MonthlyStepTiming {
    @Param({"150000"})
    public int households;

    @Setup(Level.Trial)
    public void start() {
        model = TextbookMasonModel.reschedule(
                new MuhojirModel(BenchmarkScenario.withHouseholds(households), RunOptions.seed(1)));
    }
}
