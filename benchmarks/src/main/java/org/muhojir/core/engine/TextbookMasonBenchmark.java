package org.muhojir.core.engine;

import java.util.concurrent.TimeUnit;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one monthly step of the same model written the textbook MASON way ({@link TextbookMasonModel}: one
 * {@code Steppable} per household), single-threaded, to compare with {@link MonthlyStepBenchmark} side by side.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-XX:+UseParallelGC"})
public class TextbookMasonBenchmark {
    @Param({"150000"})
    public int households;

    private MuhojirModel model;

    @Setup(Level.Trial)
    public void start() {
        model = TextbookMasonModel.reschedule(
                new MuhojirModel(BenchmarkScenario.withHouseholds(households), RunOptions.seed(1)));
    }

    @Benchmark
    public MonthlyOutcome step() {
        return model.stepMonth();
    }
}
