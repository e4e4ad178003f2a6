package org.muhojir.core.engine;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The same model written the textbook MASON way, for comparison only: every household is its own {@link Steppable}
 * scheduled with {@code scheduleRepeating}, stepping itself through phases 1 to 5 each month; one coordinator
 * before them does the month-level work, and one after them gives quota places, lets members leave and closes the
 * accounts. It runs exactly the model's per-household code, so only the scheduling differs.
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
        Phase[] phases = {new PolicyPhase(), new MigrantsAbroadPhase(), new RemittancePhase(), new BudgetPhase(),
            new DecisionPhase(), new AccountingPhase()};
        model.schedule.scheduleRepeating(Schedule.EPOCH, BEFORE, (Steppable) state -> {
            for (Phase p : phases) {
                p.before((MuhojirModel) state);
            }
        }, 1.0);
        for (int h = 0; h < model.households().size; h++) {
            model.schedule.scheduleRepeating(Schedule.EPOCH, HOUSEHOLDS, new HouseholdAgent(h, phases), 1.0);
        }
        model.schedule.scheduleRepeating(Schedule.EPOCH, AFTER, (Steppable) state -> {
            MuhojirModel m = (MuhojirModel) state;
            DecisionPhase decisions = (DecisionPhase) phases[MonthlyStep.DECISIONS];
            decisions.allocateQuotaPlaces(m);
            m.forEachChunk((mm, from, to, t) -> {
                t.phase = MonthlyStep.DECISIONS;
                DecisionPhase.leave(mm, from, to, t);
                t.phase = MonthlyStep.ACCOUNTING;
                phases[MonthlyStep.ACCOUNTING].stepChunk(mm, from, to, t);
            });
            m.deliverEvents(phases.length);
            ((AccountingPhase) phases[MonthlyStep.ACCOUNTING]).closeMonth(m);
        }, 1.0);
        return model;
    }

    /** One household as a MASON agent. */
    private static final class HouseholdAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        private final int household;
        private final Phase[] phases;

        HouseholdAgent(int household, Phase[] phases) {
            this.household = household;
            this.phases = phases;
        }

        @Override
        public void step(SimState state) {
            MuhojirModel m = (MuhojirModel) state;
            Tally t = m.tallies()[household / MuhojirModel.CHUNK_SIZE];
            for (int i = MonthlyStep.POLICY; i <= MonthlyStep.DECISIONS; i++) {
                t.phase = i;
                phases[i].stepChunk(m, household, household + 1, t);
            }
        }
    }
}
