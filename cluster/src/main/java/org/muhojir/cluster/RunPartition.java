package org.muhojir.cluster;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.muhojir.scenarios.ensemble.Ensemble;
import org.muhojir.scenarios.ensemble.EnsembleSpec;
import org.muhojir.scenarios.ensemble.RunRecord;
import org.muhojir.scenarios.ensemble.WorkItem;

/**
 * One Spark task: rebuilds the ensemble from its spec once, then runs its partition's items, one thread each.
 *
 * @param spec               the ensemble, as values
 * @param failFirstAttemptOf the item whose task fails on its first attempt (-1: none; for the retry test)
 * @param done               counts the finished runs (for the message when a run is stopped)
 */
record RunPartition(EnsembleSpec spec, int failFirstAttemptOf, LongAccumulator done)
        implements FlatMapFunction<Iterator<WorkItem>, RunRecord> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<RunRecord> call(Iterator<WorkItem> items) {
        Ensemble ensemble = spec.open();
        List<RunRecord> out = new ArrayList<>();
        while (items.hasNext()) {
            WorkItem item = items.next();
            out.add(ensemble.run(item, 1));
            if (item.index() == failFirstAttemptOf && TaskContext.get().attemptNumber() == 0) {
                throw new IllegalStateException("a planned failure of the first attempt at item " + item.index());
            }
            done.add(1);
        }
        return out.iterator();
    }
}
