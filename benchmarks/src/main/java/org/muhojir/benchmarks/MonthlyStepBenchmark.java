package org.muhojir.benchmarks;

import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.engine.RunOptions;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Time of one complete monthly step (all eight phases, shocks in force), as the model runs it: the population as
 * arrays stepped by one schedule entry. Divide the time per operation by the households to get nanoseconds per
 * household-month.
 */
public class MonthlyStepBenchmark extends MonthlyStepTiming {
    @Param({"150000", "1500000"})
    public int households;

    @Param({"1", "2"})
    public int threads;

    @Setup(Level.Trial)
    public void start() {
        model = new MuhojirModel(BenchmarkScenario.withHouseholds(households), RunOptions.seed(1).withThreads(threads));
        model.start();
    }

    @Setup(Level.Invocation)
    public void monthLeft() {
        model = BenchmarkScenario.unlessFinished(model);
    }

    @TearDown(Level.Trial)
    public void stop() {
        model.finish();
    }
}
