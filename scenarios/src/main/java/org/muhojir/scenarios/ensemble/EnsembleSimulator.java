package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.replication.ScenarioVariation;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.output.ScenarioRuns;
import org.muhojir.scenarios.run.RunService;

/**
 * The replications of {@code run} and {@code compare} as an ensemble on an {@link EnsembleEngine}: every scenario's
 * replications as work items reporting every month, turned back into core's run results, so that the run service
 * writes the very files it writes from core's pool. As extra files it adds what the engine writes for large
 * ensembles ({@code runs.parquet} on Spark). Runs use the behaviour rules of {@link RunOptions#seed}, as every
 * command does.
 */
public final class EnsembleSimulator implements RunService.Simulator, RunService.ExtraFiles {
    private final EnsembleEngine engine;
    private Ensemble last;
    private List<RunRecord> lastRecords = List.of();

    public EnsembleSimulator(EnsembleEngine engine) {
        this.engine = engine;
    }

    @Override
    public List<List<RunResult>> replicate(List<Scenario> scenarios, RunOptions options, int replications,
                                           int parallel, MonthProgress progress, BooleanSupplier stop,
                                           ScenarioVariation variation) throws StoppedException {
        Ensemble plain = new Ensemble(scenarios, List.of(), new double[][] {{}}, replications, options.seed(),
                List.of(), Detail.MONTHLY);
        Ensemble e = variation == ScenarioVariation.NONE ? plain : plain.withVariation(variation);
        List<RunRecord> records = engine.run(e, stop);
        List<List<RunResult>> out = new ArrayList<>();
        for (int s = 0; s < scenarios.size(); s++) {
            out.add(new ArrayList<>());
        }
        for (RunRecord r : records) {
            WorkItem item = r.item();
            out.get(item.scenario()).add(new RunResult(e.scenario(item), options.rules(), options.seed(),
                    item.replication(), r.months()));
        }
        last = e;
        lastRecords = records;
        return out;
    }

    /** Writes what the engine adds for the last ensemble run. */
    @Override
    public void write(Path folder, List<ScenarioRuns> runs) throws IOException {
        if (last != null) {
            engine.writeLarge(folder, last, lastRecords);
        }
    }
}
