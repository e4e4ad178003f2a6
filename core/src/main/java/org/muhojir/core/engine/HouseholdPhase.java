package org.muhojir.core.engine;

/**
 * A phase stepped household by household. It changes only the state of the household it is stepping, and reads
 * month-level values fixed in {@link #before}, so it can step any chunk of households independently of the others.
 */
abstract class HouseholdPhase extends Phase implements ChunkBody {
    private static final long serialVersionUID = 1L;

    HouseholdPhase(String name) {
        super(name);
    }
}
