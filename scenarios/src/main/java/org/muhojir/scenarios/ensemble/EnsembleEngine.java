package org.muhojir.scenarios.ensemble;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.muhojir.core.replication.StoppedException;

/**
 * Runs the work items of an {@link Ensemble}: on this machine ({@link LocalEngine}), or on a cluster (the cluster
 * module's Spark engine). Whatever the engine, a run's record is the same, bit for bit: its random draws are keyed
 * by the ensemble's seed and the item's replication.
 */
public interface EnsembleEngine extends AutoCloseable {
    /**
     * Runs every item of {@code ensemble}.
     *
     * @param stop asked while the runs go on; once it says true the engine stops and throws
     * @return one record per item, in the items' order
     * @throws StoppedException if stopped before every run finished
     */
    List<RunRecord> run(Ensemble ensemble, BooleanSupplier stop) throws StoppedException;

    /**
     * Writes what this engine adds to the outputs of a large ensemble into {@code folder} (the staging folder):
     * nothing here; the Spark engine writes {@code runs.parquet}.
     *
     * @return the names of the files or folders written
     */
    default List<String> writeLarge(Path folder, Ensemble ensemble, List<RunRecord> records) throws IOException {
        return List.of();
    }

    /** A short description for messages: {@code this machine, 2 runs at once}, {@code Spark local[2]}. */
    String describe();

    @Override
    default void close() {
    }

    /** Opens an engine for runs of {@code parallel} at a time (where the engine decides that itself, a hint). */
    @FunctionalInterface
    interface Factory {
        EnsembleEngine open(int parallel);
    }
}
