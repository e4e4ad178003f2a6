package org.muhojir.core.engine;

import java.util.Arrays;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The monthly step: the only {@link Steppable} in the schedule. It runs the eight phases in the order of the ODD's
 * process overview:
 * <ol>
 *   <li>policy and exchange rates ({@link PolicyPhase});</li>
 *   <li>migrants abroad: work, legal status, enforcement, return ({@link MigrantsAbroadPhase});</li>
 *   <li>remittances ({@link RemittancePhase});</li>
 *   <li>household budgets ({@link BudgetPhase});</li>
 *   <li>choices of members at home ({@link DestinationChoicePhase});</li>
 *   <li>quota places ({@link QuotaPlacesPhase});</li>
 *   <li>departures ({@link DeparturePhase});</li>
 *   <li>accounting ({@link AccountingPhase}).</li>
 * </ol>
 * Each phase's month-level work runs first ({@link #beginMonth}); then the population is stepped chunk by chunk,
 * each chunk going through phases 1 to 5 in order ({@link #stepToChoices}; phase 3 inside phase 2, household by
 * household: {@link RemittancePhase}); then quota places are given out to the
 * applicants of every chunk; then each chunk goes through phases 7 and 8 ({@link #finishMonth}). Since a household
 * phase touches only the household it steps, this equals stepping each phase over the whole population in turn, but
 * keeps a chunk's arrays in the processor's cache. Events are delivered phase by phase, each phase's in household
 * order, whatever the thread count.
 */
final class MonthlyStep implements Steppable {
    private static final long serialVersionUID = 1L;

    /** How many phases there are. */
    static final int COUNT = 8;
    /** Indices of the phases stepped household by household before quota places are given out. */
    private static final int[] TO_CHOICES = {0, 1, 3, 4};
    /** Index of phase 3 (remittances), stepped inside phase 2 for each household. */
    private static final int REMITTANCES = 2;
    /** Indices of the phases stepped household by household after quota places are given out. */
    private static final int[] AFTER_QUOTA_PLACES = {6, 7};

    private final DestinationChoicePhase choices = new DestinationChoicePhase();
    private final QuotaPlacesPhase quotaPlaces = new QuotaPlacesPhase();
    private final DeparturePhase departures = new DeparturePhase();
    private final AccountingPhase accounting = new AccountingPhase();
    /** Phases 1 to 5, stepped household by household before quota places are given out. */
    private final RemittancePhase remittances = new RemittancePhase(REMITTANCES);
    /** Phases 1, 2 (with 3 inside it), 4 and 5, stepped household by household before quota places are given out. */
    private final HouseholdPhase[] toChoices = {new PolicyPhase(), new MigrantsAbroadPhase(remittances),
        new BudgetPhase(), choices};
    /** Phases 7 and 8, stepped household by household after quota places are given out. */
    private final HouseholdPhase[] afterQuotaPlaces = {departures, accounting};
    private final Phase[] phases = {toChoices[0], toChoices[1], remittances, toChoices[2], choices, quotaPlaces,
        departures, accounting};

    /** The phases' names, in order. */
    List<String> names() {
        return Arrays.stream(phases).map(Phase::name).toList();
    }

    @Override
    public void step(SimState state) {
        MuhojirModel m = (MuhojirModel) state;
        stepMonth(m, m.monthAt(m.schedule.getTime()));
    }

    /**
     * Simulates month {@code month} ({@link MuhojirModel#monthIndex()}; the warm-up and the history are not
     * scheduled but stepped by {@link MuhojirModel#start()}).
     */
    void stepMonth(MuhojirModel m, int month) {
        m.setMonth(month);
        beginMonth(m);
        m.forEachChunk(this::stepToChoices);
        finishMonth(m);
    }

    /** Every phase's month-level work, in order, before any household is stepped. */
    void beginMonth(MuhojirModel m) {
        for (Phase p : phases) {
            p.before(m);
        }
    }

    /** Phases 1 to 5 for households {@code from} to {@code to - 1}, all of one chunk. */
    void stepToChoices(MuhojirModel m, int from, int to, ChunkTotals t) {
        stepPhases(toChoices, TO_CHOICES, m, from, to, t);
    }

    /**
     * The rest of the month, once every household went through phases 1 to 5: quota places, then each chunk's
     * departures and accounts, then the month's events, then closing the month.
     */
    void finishMonth(MuhojirModel m) {
        quotaPlaces.allocate(m);
        m.forEachChunk((model, from, to, t) -> stepPhases(afterQuotaPlaces, AFTER_QUOTA_PLACES, model, from, to, t));
        m.deliverEvents(COUNT);
        accounting.closeMonth(m);
    }

    /** Steps {@code run}, phases numbered {@code indices}, over one chunk's households. */
    private static void stepPhases(HouseholdPhase[] run, int[] indices, MuhojirModel m, int from, int to,
                                   ChunkTotals t) {
        for (int i = 0; i < run.length; i++) {
            t.phase = indices[i];
            run[i].stepChunk(m, from, to, t);
        }
    }
}
