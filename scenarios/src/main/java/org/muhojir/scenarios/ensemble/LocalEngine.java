package org.muhojir.scenarios.ensemble;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.replication.MonthProgress;
import org.muhojir.core.replication.Replications;
import org.muhojir.core.replication.ScenarioVariation;
import org.muhojir.core.replication.StoppedException;
import org.muhojir.core.scenario.Scenario;

/**
 * Runs an ensemble on this machine in core's replication pool ({@link Replications}), {@code parallel} runs at a
 * time, a batch of scenario-and-point variants at a time so that only compact records are kept.
 */
public final class LocalEngine implements EnsembleEngine {
    /** Variants (scenario at a point) per batch, per run at once. */
    private static final int VARIANTS_PER_SLOT = 4;

    private final int parallel;

    /** @param parallel runs at once (1 or more) */
    public LocalEngine(int parallel) {
        if (parallel < 1) {
            throw new IllegalArgumentException("parallel must be at least 1, was " + parallel);
        }
        this.parallel = parallel;
    }

    @Override
    public List<RunRecord> run(Ensemble e, BooleanSupplier stop) throws StoppedException {
        List<WorkItem> items = e.items();
        int variants = items.size() / e.replications();
        int batch = Math.max(1, parallel * VARIANTS_PER_SLOT);
        List<RunRecord> out = new ArrayList<>(items.size());
        for (int from = 0; from < variants; from += batch) {
            int to = Math.min(variants, from + batch);
            List<Scenario> scenarios = new ArrayList<>();
            Map<Scenario, Integer> variantOf = new IdentityHashMap<>();
            for (int v = from; v < to; v++) {
                Scenario first = e.scenario(items.get(v * e.replications()));
                variantOf.put(first, v);
                scenarios.add(first);
            }
            // replication r of a variant runs its item's scenario (the same one, unless the ensemble varies them)
            ScenarioVariation variation = (s, r) -> e.scenario(items.get(variantOf.get(s) * e.replications() + r));
            List<List<RunResult>> runs = new Replications(RunOptions.seed(e.seed()), e.replications(), parallel,
                    MonthProgress.NONE, stop).withVariation(variation).run(scenarios);
            for (int v = from; v < to; v++) {
                for (int r = 0; r < e.replications(); r++) {
                    out.add(e.record(items.get(v * e.replications() + r), runs.get(v - from).get(r)));
                }
            }
        }
        return out;
    }

    @Override
    public String describe() {
        return "this machine, " + parallel + (parallel == 1 ? " run" : " runs") + " at once";
    }
}
