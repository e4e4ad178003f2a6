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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one complete monthly step (all six phases, shocks in force), as the model runs it: the population as
 * arrays stepped by one schedule entry. Divide the time per operation by the households to get nanoseconds per
 * household-month.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-XX:+UseParallelGC"})
public class MonthlyStepBenchmark {
    @Param({"150000", "1500000"})
    public int households;

    @Param({"1", "2"})
    public int threads;

    private MuhojirModel model;

    @Setup(Level.Trial)
    public void start() {
        model = new MuhojirModel(BenchmarkScenario.withHouseholds(households), RunOptions.seed(1).withThreads(threads));
        model.start();
    }

    @Setup(Level.Invocation)
    public void monthLeft() {
        model = BenchmarkScenario.unlessFinished(model);
    }

    @Benchmark
    public MonthlyOutcome step() {
        return model.stepMonth();
    }

    @TearDown(Level.Trial)
    public void stop() {
        model.finish();
    }
}
