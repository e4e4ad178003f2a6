package org.muhojir.core.engine;

import java.io.Serializable;

/** Work on one chunk of households. */
@FunctionalInterface
interface ChunkBody extends Serializable {
    /** Steps households {@code from} (inclusive) to {@code to} (exclusive), counting into the chunk's {@code totals}. */
    void stepChunk(MuhojirModel m, int from, int to, ChunkTotals totals);
}
