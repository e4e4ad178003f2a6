package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.outcome.GiniHistogram;
import org.muhojir.core.outcome.HeadcountBelowLines;
import org.muhojir.core.outcome.PovertyByCell;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * One chunk's counts and sums for the current month, in simulated (unweighted) units, and its members abroad
 * ({@link #accounts}, kept from month to month). Each chunk of households has its own totals, so phases run in
 * parallel without sharing; the accounting phase merges them in chunk order, which makes every sum independent of
 * the thread count.
 */
final class ChunkTotals implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int D = Destination.COUNT;
    static final int CELLS = Region.COUNT * 2;

    final long[] departures = new long[D];
    long departuresWomen;
    final long[] returnsByChoice = new long[D];
    /** Returns home by choice after 12 months abroad or less, all destinations. */
    long returnsWithinYear;
    final long[] deportations = new long[D];
    final long[] detentions = new long[D];
    final long[] naturalisations = new long[D];
    final long[][] deportationsByRegion = new long[Region.COUNT][D];
    final double[] sentUsd = new double[D];
    final double[] feesUsd = new double[D];
    double receivedTjs;
    /** Savings brought home by members who came home (by choice or deported), USD. */
    double cashCarriedUsd;
    /** Net earnings (after living costs and fees) of members abroad under 12 months, USD. */
    double compensationUsd;
    /** Transfers sent by members abroad 12 months or more, before fees, USD. */
    double personalTransfersUsd;

    /** Poverty sums by cell: region * 2 + (1 if urban); groups are sums of cells. Filled by the budgets phase. */
    final PovertyByCell poverty;
    final PovertyByCell povertyWithout;
    /** Persons below the international lines (USD 2.15 and 3.65 a day, 2017 PPP), on consumption per person. */
    final HeadcountBelowLines international = new HeadcountBelowLines(2);
    final GiniHistogram gini = new GiniHistogram();
    final GiniHistogram giniWithout = new GiniHistogram();

    /**
     * Members abroad and households with one: not a month's count but the chunk's state, kept up to date by phases 2
     * and 7 as members come and go, and never cleared with the month's totals.
     */
    final MemberAccounts accounts = new MemberAccounts();
    /** Persons banned from a destination next month: counted by the accounting phase. */
    long bannedPersons;
    /** Households that received remittances this month: counted by the remittances phase. */
    long householdsReceiving;
    /** Households of this chunk that applied for a quota place this month, in household order. */
    final IntList quotaApplicants = new IntList();
    /** Events of this month by phase, each in household order; null when nobody observes. */
    List<ModelEvent>[] events;
    /** The phase now stepping this chunk (index in the monthly step). */
    int phase;

    /**
     * @param povertyLine        the poverty line, TJS per adult equivalent per month
     * @param extremePovertyLine the extreme-poverty line, same unit
     * @param oldMethodologyLine the national line of the old methodology, same unit
     */
    ChunkTotals(double povertyLine, double extremePovertyLine, double oldMethodologyLine) {
        poverty = new PovertyByCell(CELLS, povertyLine, extremePovertyLine, oldMethodologyLine);
        povertyWithout = new PovertyByCell(CELLS, povertyLine, extremePovertyLine, oldMethodologyLine);
    }

    /** Sets this month's poverty lines from the economy of the month (they move with prices). */
    void setPovertyLines(LocalEconomy e) {
        poverty.setLines(e.povertyLine(), e.extremePovertyLine(), e.oldMethodologyPovertyLine());
        povertyWithout.setLines(e.povertyLine(), e.extremePovertyLine(), e.oldMethodologyPovertyLine());
    }

    /** Totals at the poverty lines of {@code m}'s scenario. */
    static ChunkTotals of(MuhojirModel m) {
        LocalEconomy e = m.economy();
        return new ChunkTotals(e.povertyLine(), e.extremePovertyLine(), e.oldMethodologyPovertyLine());
    }

    void clear(boolean observed) {
        Arrays.fill(departures, 0);
        departuresWomen = 0;
        Arrays.fill(returnsByChoice, 0);
        returnsWithinYear = 0;
        Arrays.fill(deportations, 0);
        Arrays.fill(detentions, 0);
        Arrays.fill(naturalisations, 0);
        for (long[] row : deportationsByRegion) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(sentUsd, 0);
        Arrays.fill(feesUsd, 0);
        receivedTjs = 0;
        cashCarriedUsd = 0;
        compensationUsd = 0;
        personalTransfersUsd = 0;
        poverty.clear();
        international.clear();
        povertyWithout.clear();
        gini.clear();
        giniWithout.clear();
        bannedPersons = 0;
        householdsReceiving = 0;
        quotaApplicants.clear();
        events = observed ? newEventLists() : null;
    }

    /** Whether events are being collected (construct an event only if so). */
    boolean observed() {
        return events != null;
    }

    /** Collects an event of the current phase; call only when {@link #observed()}. */
    void emit(ModelEvent e) {
        emit(phase, e);
    }

    /** Collects an event of phase {@code phaseIndex}, stepped inside another; call only when {@link #observed()}. */
    void emit(int phaseIndex, ModelEvent e) {
        events[phaseIndex].add(e);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<ModelEvent>[] newEventLists() {
        List<ModelEvent>[] lists = new List[MonthlyStep.COUNT];
        for (int i = 0; i < MonthlyStep.COUNT; i++) {
            lists[i] = new ArrayList<>();
        }
        return lists;
    }

}
