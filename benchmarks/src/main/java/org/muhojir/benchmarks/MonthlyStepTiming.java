package org.muhojir.benchmarks;

import java.util.concurrent.TimeUnit;
import org.muhojir.core.engine.MuhojirModel;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the benchmarks share: the JMH settings (mean time per operation in milliseconds, 3 warm-up and 5 measured
 * iterations of 5 s, one fork with a 3 GB heap) and the timed operation, one monthly step of {@link #model}, which
 * each benchmark sets up its own way. JMH reads these annotations and the benchmark method from this superclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xmx3g", "-XX:+UseParallelGC"})
public abstract class MonthlyStepTiming {
    /** The model stepped; set by the subclass's setup. */
    protected MuhojirModel model;

    @Benchmark
    public MonthlyOutcome step() {
        return model.stepMonth();
    }
}
