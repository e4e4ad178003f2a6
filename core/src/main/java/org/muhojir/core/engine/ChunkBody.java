package org.muhojir.core.engine;

import java.io.Serializable;

/** Work on one chunk of households. */
@FunctionalInterface
interface ChunkBody extends Serializable {
    /** Steps households {@code from} (inclusive) to {@code to} (exclusive), counting into {@code tally}. */
    void stepChunk(MuhojirModel m, int from, int to, Tally tally);
}
