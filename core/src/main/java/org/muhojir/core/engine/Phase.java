package org.muhojir.core.engine;

import java.io.Serializable;

/**
 * One named process of the monthly step (see {@link MonthlyStep} for the order). A phase changes only the state of
 * the household it is stepping, and reads month-level values fixed in {@link #before}, so it can step any chunk of
 * households independently of the others.
 */
abstract class Phase implements ChunkBody, Serializable {
    private static final long serialVersionUID = 1L;

    private final String name;

    Phase(String name) {
        this.name = name;
    }

    /** The phase's name, as in the ODD's process overview. */
    final String name() {
        return name;
    }

    /** Month-level work done once, on the simulation thread, before any chunk is stepped. */
    void before(MuhojirModel m) {
    }
}
