package org.muhojir.core.engine;

/**
 * The monthly step in the three parts that another scheduler can interleave with its own agents, for comparing
 * schedulers (the benchmarks' textbook MASON version steps each household as its own {@code Steppable}): the
 * month-level work before any household is stepped, phases 1 to 5 (up to the choice of destination) of one
 * household, and the rest of the month (quota places, departures, accounting, events, the month's outcome).
 * {@link #beginMonth}, then {@link #stepHousehold} once for every household in any order, then
 * {@link #finishMonth} is one month of the model, as its own schedule steps it (up to the order of floating-point
 * sums). Use one instance for the whole run of a started model whose own schedule was cleared; it has its own phases,
 * with their own month-level state.
 */
public final class MonthlyStepParts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final MonthlyStep step = new MonthlyStep();

    /**
     * Every phase's month-level work; first in the month.
     *
     * @param m the model being stepped (started, its own schedule cleared)
     */
    public void beginMonth(MuhojirModel m) {
        m.setMonth(m.monthAt(m.schedule.getTime()));
        step.beginMonth(m);
    }

    /**
     * Phases 1 to 5 of one household; after {@link #beginMonth}.
     *
     * @param m the model being stepped
     * @param h the household's index, 0 to {@code m.households().size - 1}
     */
    public void stepHousehold(MuhojirModel m, int h) {
        step.stepToChoices(m, h, h + 1, m.chunkTotals()[h / MuhojirModel.CHUNK_SIZE]);
    }

    /**
     * The rest of the month, once every household went through {@link #stepHousehold}; it records the outcome.
     *
     * @param m the model being stepped
     */
    public void finishMonth(MuhojirModel m) {
        step.finishMonth(m);
    }
}
