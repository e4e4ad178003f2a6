package org.muhojir.core.engine;

import java.io.Serializable;

/**
 * One named process of the monthly step (see {@link MonthlyStep} for the order): a {@link HouseholdPhase}, stepped
 * household by household, or a process of the whole month that needs every household's earlier phases done first
 * ({@link QuotaPlacesPhase}).
 */
abstract class Phase implements Serializable {
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
