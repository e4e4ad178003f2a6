package org.muhojir.core.engine;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The monthly step: the only {@link Steppable} in the schedule. It runs the six phases in the order of the ODD's
 * process overview:
 * <ol>
 *   <li>policy and exchange rates ({@link PolicyPhase});</li>
 *   <li>migrants abroad: work, legal status, enforcement, return ({@link MigrantsAbroadPhase});</li>
 *   <li>remittances ({@link RemittancePhase});</li>
 *   <li>household budgets ({@link BudgetPhase});</li>
 *   <li>decisions of members at home ({@link DecisionPhase}): choices, then quota places, then departures;</li>
 *   <li>accounting ({@link AccountingPhase}).</li>
 * </ol>
 * Each phase's month-level work runs first; then the population is stepped chunk by chunk, each chunk going through
 * phases 1 to 5's choices in order; then quota places are given out in a random order drawn each month; then
 * each chunk's
 * departures and accounts. Since a phase touches only the household it steps, this equals stepping each phase over
 * the whole population in turn, but keeps a chunk's arrays in the processor's cache. Events are delivered phase by
 * phase, each phase's in household order, whatever the thread count.
 */
final class MonthlyStep implements Steppable {
    private static final long serialVersionUID = 1L;

    static final int POLICY = 0;
    static final int MIGRANTS = 1;
    static final int REMITTANCES = 2;
    static final int BUDGETS = 3;
    static final int DECISIONS = 4;
    static final int ACCOUNTING = 5;

    private final PolicyPhase policy = new PolicyPhase();
    private final DecisionPhase decisions = new DecisionPhase();
    private final AccountingPhase accounting = new AccountingPhase();
    private final Phase[] phases = {policy, new MigrantsAbroadPhase(), new RemittancePhase(), new BudgetPhase(),
        decisions, accounting};

    /** The phases' names, in order. */
    java.util.List<String> names() {
        return java.util.Arrays.stream(phases).map(Phase::name).toList();
    }

    @Override
    public void step(SimState state) {
        MuhojirModel m = (MuhojirModel) state;
        for (Phase p : phases) {
            p.before(m);
        }
        m.forEachChunk((model, from, to, t) -> {
            for (int i = POLICY; i <= DECISIONS; i++) {
                t.phase = i;
                phases[i].stepChunk(model, from, to, t);
            }
        });
        decisions.allocateQuotaPlaces(m);
        m.forEachChunk((model, from, to, t) -> {
            t.phase = DECISIONS;
            DecisionPhase.leave(model, from, to, t);
            t.phase = ACCOUNTING;
            accounting.stepChunk(model, from, to, t);
        });
        m.deliverEvents(phases.length);
        accounting.closeMonth(m);
    }
}
