package org.muhojir.benchmarks;

import org.muhojir.core.engine.MonthlyStepParts;
import org.muhojir.core.engine.MuhojirModel;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The same model written the textbook MASON way, for comparison only: every household is its own {@link Steppable}
 * scheduled with {@code scheduleRepeating}, stepping itself through phases 1 to 5 each month; one coordinator
 * before them does the month-level work, and one after them gives quota places, lets members leave and closes the
 * accounts ({@link MonthlyStepParts}). It runs exactly the model's per-household code, so only the scheduling
 * differs.
 */
public final class TextbookMasonModel {
    private static final int BEFORE = 0;
    private static final int HOUSEHOLDS = 1;
    private static final int AFTER = 2;

    private TextbookMasonModel() {
    }

    /** Starts {@code model} and replaces its single monthly step with one steppable per household. */
    public static MuhojirModel reschedule(MuhojirModel model) {
        model.start();
        model.schedule.clear();
        MonthlyStepParts month = new MonthlyStepParts();
        model.schedule.scheduleRepeating(Schedule.EPOCH, BEFORE,
                (Steppable) state -> month.beginMonth((MuhojirModel) state), 1.0);
        for (int h = 0; h < model.households().size; h++) {
            model.schedule.scheduleRepeating(Schedule.EPOCH, HOUSEHOLDS, new HouseholdAgent(h, month), 1.0);
        }
        model.schedule.scheduleRepeating(Schedule.EPOCH, AFTER,
                (Steppable) state -> month.finishMonth((MuhojirModel) state), 1.0);
        return model;
    }

    /** One household as a MASON agent. */
    private static final class HouseholdAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int household;
        private final MonthlyStepParts month;

        HouseholdAgent(int household, MonthlyStepParts month) {
            this.household = household;
            this.month = month;
        }

        @Override
        public void step(SimState state) {
            month.stepHousehold((MuhojirModel) state, household);
        }
    }
}
