package org.muhojir.core.engine;

import java.util.Arrays;
import org.muhojir.core.behaviour.EarningsRule;
import org.muhojir.core.behaviour.ReturnRule;
import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Skill;

/**
 * Phase 2, migrants abroad: for each member abroad, in order: release from last month's detention; amnesty;
 * return home by choice; raids (detention, then deportation and a ban, or detention for the month); mass
 * expulsion; loss of legal status or naturalisation (legal members), regularisation (irregular members); and the
 * month's earnings after living costs and fees. While a destination's border is closed nobody is sent home from it
 * either: a migrant detained there is held for the month, and nobody is expelled. A deported or detained member earns
 * nothing this month, so the household feels it at once. Every event has a keyed draw of its own. Each household's
 * remittances (phase 3, {@link RemittancePhase}) are sent right after its members' month, in the same pass.
 *
 * <p>The return rule's position factor is computed once a month for every group of migrants who share an economic
 * position (see {@link ReturnPosition}). While a destination's border is closed nobody comes home from it by choice.
 * Once it reopens, the returns it held up are made over {@code behaviour.circulation.reopeningReturnMonths} months:
 * in each of them a migrant there who was abroad while it was closed comes home, beside this month's own chance,
 * with the chance of all the closed months to the power one over those months, each closed month's chance with
 * that month's season, months abroad and economic position (a pent-up return: migrants who lost their work while
 * stranded go home in greater numbers).
 */
final class MigrantsAbroadPhase extends HouseholdPhase {
    /** A completed spell of at most this many months counts as a return within a year (the IOM survey's bands). */
    private static final int MONTHS_IN_A_YEAR = 12;
    private static final long serialVersionUID = 1L;

    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();
    private static final byte DETAINED = (byte) LegalStatus.DETAINED.ordinal();
    private static final byte NATURALISED = (byte) LegalStatus.NATURALISED.ordinal();
    /** The statuses of members who may earn in a month (a detained member does not). */
    private static final byte[] EARNING_STATUSES = {LEGAL, IRREGULAR, NATURALISED};

    /** The return rule's factor for each economic position this month. */
    private final ReturnPosition position = new ReturnPosition();
    /** What papers are worth against irregular work this month, which moves the status hazards. */
    private final PapersIncentive papers = new PapersIncentive();
    /** The months each destination's border has been closed in a row, up to this one. */
    private final ClosedMonths[] closed = new ClosedMonths[Destination.COUNT];
    /**
     * The closed months whose returns are pent up this month, by destination: empty unless it reopened fewer than
     * {@code reopeningReturnMonths} months ago.
     */
    private final ClosedMonths[] pentUp = new ClosedMonths[Destination.COUNT];
    /** Months of the spread of pent-up returns left, this one included, by destination (0: none pent up). */
    private final int[] pentUpMonthsLeft = new int[Destination.COUNT];
    /** One over the months pent-up returns are spread over: the power of each month's share of them. */
    private double pentUpPower;

    /** The return rule in this calendar month (set at the start of each month). */
    private transient ReturnRule.InMonth returns;
    /** Phase 3, stepped for each household right after its members abroad. */
    private final RemittancePhase remittances;

    /** @param remittances phase 3, which this phase steps for each household after its members abroad */
    MigrantsAbroadPhase(RemittancePhase remittances) {
        super("migrants abroad");
        this.remittances = remittances;
        Arrays.setAll(closed, d -> new ClosedMonths());
        Arrays.setAll(pentUp, d -> new ClosedMonths());
    }

    @Override
    void before(MuhojirModel m) {
        checkWages(m);
        returns = m.rules().returns().inMonth(m.currentMonth().getMonthValue(), m.scenario().behaviour());
        position.update(m);
        papers.update(m);
        int spread = m.scenario().behaviour().circulation().reopeningReturnMonths();
        pentUpPower = 1.0 / spread;
        boolean[] open = m.conditions().open;
        for (int d = 0; d < Destination.COUNT; d++) {
            if (!open[d]) { // a closure ends any spread of an earlier one's returns
                pentUp[d] = new ClosedMonths();
                pentUpMonthsLeft[d] = 0;
                closed[d].add(m.currentMonth().getMonthValue(), m.monthIndex(), position.snapshot());
            } else if (closed[d].size() > 0) { // reopens this month
                pentUp[d] = closed[d];
                pentUpMonthsLeft[d] = spread;
                closed[d] = new ClosedMonths();
            } else if (pentUpMonthsLeft[d] > 0 && --pentUpMonthsLeft[d] == 0) {
                pentUp[d] = new ClosedMonths();
            }
        }
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        Households hh = m.households();
        for (int h = from; h < to; h++) {
            if (hh.membersAbroad(h) == 0) {
                hh.remittancesReceived[h] = 0; // phase 3 for a household with nobody abroad
                continue;
            }
            long stream = m.keyedRandom().stream(h, m.monthIndex());
            for (int k = 0; k < Households.SLOTS; k++) {
                int s = h * Households.SLOTS + k;
                if (hh.slotDestination[s] != Households.NONE) {
                    stepMember(m, hh, h, k, s, stream, t);
                }
            }
            remittances.sendHome(m, hh, h, t);
        }
    }

    private void stepMember(MuhojirModel m, Households hh, int h, int k, int s, long stream, ChunkTotals t) {
        Conditions c = m.conditions();
        int d = hh.slotDestination[s];
        hh.slotEarnedLocal[s] = 0;
        if (hh.slotStatus[s] == DETAINED) {
            setStatus(hh, s, d, IRREGULAR, t);
        }
        if (c.amnesty[d] && hh.slotStatus[s] == IRREGULAR) {
            setStatus(hh, s, d, LEGAL, t);
        }
        if (happens(stream, k, Purpose.RETURN, returnProbability(m, hh, h, s, d))) {
            int monthsAbroad = spellMonths(m, hh, s);
            comeHome(hh, h, s, m, t);
            t.returnsByChoice[d]++;
            if (monthsAbroad <= MONTHS_IN_A_YEAR) {
                t.returnsWithinYear++;
            }
            if (t.observed()) {
                t.emit(new ModelEvent.Return(m.currentMonth(), h, Destination.values()[d], monthsAbroad));
            }
            return;
        }
        if (happens(stream, k, Purpose.RAID, raidHazard(hh.slotStatus[s], d, c))) {
            t.detentions[d]++;
            if (t.observed()) {
                t.emit(new ModelEvent.Detention(m.currentMonth(), h, Destination.values()[d]));
            }
            if (c.open[d] && happens(stream, k, Purpose.DEPORT, c.deportationShare[d])) {
                deport(m, hh, h, s, d, t);
            } else {
                setStatus(hh, s, d, DETAINED, t);
            }
            return;
        }
        if (hh.slotStatus[s] == IRREGULAR && c.open[d] && happens(stream, k, Purpose.EXPEL, c.expulsionRate[d])) {
            deport(m, hh, h, s, d, t);
            return;
        }
        changeStatus(m, hh, h, s, d, c, stream, k, t);
        earn(m, hh, s, d, c, stream, k);
    }

    /**
     * Checks the earnings rule's wage this month for every destination, skill and status that earns (legal,
     * irregular, naturalised) against its contract, a finite amount of 0 or more: the rule is a pure function of
     * these, so a wage that breaks it stops the run here, naming the rule, instead of turning up later as a
     * destination-choice rule's probability of NaN or as earnings that are silently not sent.
     *
     * @throws IllegalStateException naming the rule and what it gave
     */
    private static void checkWages(MuhojirModel m) {
        EarningsRule rule = m.rules().earnings();
        for (int d = 0; d < Destination.COUNT; d++) {
            for (int skill = 0; skill < Skill.COUNT; skill++) {
                for (byte status : EARNING_STATUSES) {
                    double wage = rule.wage(m.conditions(), d, skill, status);
                    if (!(wage >= 0 && wage < Double.POSITIVE_INFINITY)) {
                        throw new IllegalStateException("the earnings rule " + rule.getClass().getName()
                                + " gave a wage of " + wage + " at " + Destination.values()[d].label() + " for skill "
                                + Skill.values()[skill] + " and status " + LegalStatus.values()[status] + " in "
                                + m.monthInMessages() + ": EarningsRule.wage must give a finite amount, 0 or more");
                    }
                }
            }
        }
    }

    /** Probability that the member in slot {@code s} goes home by choice this month. */
    private double returnProbability(MuhojirModel m, Households hh, int h, int s, int d) {
        Conditions c = m.conditions();
        if (!c.open[d]) {
            return 0; // a closed border strands migrants
        }
        if (c.maxStayMonths[d] > 0 && hh.slotStatus[s] == LEGAL
                && m.monthIndex() - hh.slotSince[s] > c.maxStayMonths[d]) {
            return 1; // a seasonal visa has run out: the member left at the end of month slotSince and has worked its
                      // maxStayMonths months since
        }
        boolean nobodyAtHome = hh.menAtHome(h) + hh.womenAtHome(h) == 0 && hh.dependants[h] > 0;
        boolean naturalised = hh.slotStatus[s] == NATURALISED;
        double stay = 1 - checkedReturn(m, returns.probability(m.monthIndex() - hh.slotSince[s],
                position.factor(hh, h, s), nobodyAtHome, naturalised));
        ClosedMonths held = pentUp[d];
        if (held.size() > 0) {
            stay *= Math.pow(stayedThrough(m, held, hh, h, s, nobodyAtHome, naturalised), pentUpPower);
        }
        return 1 - stay;
    }

    /**
     * The chance that the member in slot {@code s} would have stayed abroad through every closed month it was there,
     * had it been free to go home: the product of one less each month's return probability.
     */
    private static double stayedThrough(MuhojirModel m, ClosedMonths held, Households hh, int h, int s,
                                        boolean nobodyAtHome, boolean naturalised) {
        Behaviour b = m.scenario().behaviour();
        ReturnRule rule = m.rules().returns();
        double stay = 1;
        for (int i = 0; i < held.size(); i++) {
            int monthsAbroad = held.monthIndex(i) - hh.slotSince[s];
            if (monthsAbroad > 0) {
                stay *= 1 - checkedReturn(m, rule.probability(held.calendarMonth(i), monthsAbroad,
                        ReturnPosition.factor(held.factors(i), hh, h, s), nobodyAtHome, naturalised, b));
            }
        }
        return stay;
    }

    /**
     * A return probability the return rule gave, checked against its contract (0 to 1), so that a rule of the user's
     * that breaks it stops the run with what it gave instead of emptying or filling the destinations unseen.
     *
     * @throws IllegalStateException naming the rule and what it gave
     */
    private static double checkedReturn(MuhojirModel m, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalStateException("the return rule " + m.rules().returns().getClass().getName()
                    + " gave a return probability of " + p + " in " + m.monthInMessages()
                    + ": ReturnRule.probability (and its InMonth) must give a probability from 0 to 1");
        }
        return p;
    }

    /**
     * Months the member in slot {@code s} has been abroad; for a naturalised member, whose {@code slotSince} is the
     * month of naturalisation, the least its spell can have lasted: the months since plus the stay naturalisation
     * needs.
     */
    private static int spellMonths(MuhojirModel m, Households hh, int s) {
        int since = m.monthIndex() - hh.slotSince[s];
        return hh.slotStatus[s] == NATURALISED ? since + naturalisationMonths(m) : since;
    }

    private static int naturalisationMonths(MuhojirModel m) {
        return m.scenario().behaviour().circulation().naturalisationMonths();
    }

    private static double raidHazard(byte status, int d, Conditions c) {
        return status == LEGAL ? c.raidHazardLegal[d] : status == IRREGULAR ? c.raidHazardIrregular[d] : 0;
    }

    private void changeStatus(MuhojirModel m, Households hh, int h, int s, int d, Conditions c, long stream, int k,
                              ChunkTotals t) {
        byte status = hh.slotStatus[s];
        double incentive = papers.lapseFactor(d, hh.slotSkill[s]);
        if (status == LEGAL) {
            if (happens(stream, k, Purpose.LAPSE, c.lapseHazard[d] * incentive)) {
                setStatus(hh, s, d, IRREGULAR, t);
            } else if (m.monthIndex() - hh.slotSince[s] >= naturalisationMonths(m)
                    && happens(stream, k, Purpose.NATURALISE, c.naturalisationHazard[d])) {
                setStatus(hh, s, d, NATURALISED, t);
                hh.slotSince[s] = (short) m.monthIndex(); // from now on the member's years settled
                t.naturalisations[d]++;
            }
        } else if (status == IRREGULAR && happens(stream, k, Purpose.REGULARISE, c.regulariseHazard[d] / incentive)
                && happens(stream, k, Purpose.REGULARISE_EXAM, m.entryTest().passProbability(hh, h, d))) {
            setStatus(hh, s, d, LEGAL, t);
        }
    }

    private static void earn(MuhojirModel m, Households hh, int s, int d, Conditions c, long stream, int k) {
        byte status = hh.slotStatus[s];
        double net = -c.livingCost[d];
        if (happens(stream, k, Purpose.EMPLOYED, employmentProbability(c, d, status))) {
            net += m.rules().earnings().wage(c, d, hh.slotSkill[s], status);
        }
        if (status == LEGAL) {
            net -= c.monthlyFee[d];
        }
        if (net > 0) {
            hh.slotEarnedLocal[s] = (float) net;
        } else {
            hh.slotSavingsUsd[s] = (float) Math.max(0, hh.slotSavingsUsd[s] + net / c.localPerUsd[d]);
        }
    }

    /** The member in slot {@code s}, at destination {@code d}, takes legal status {@code status}. */
    private static void setStatus(Households hh, int s, int d, byte status, ChunkTotals t) {
        t.accounts.statusChanged(d, hh.slotStatus[s], status);
        hh.slotStatus[s] = status;
    }

    /** Probability (0..1) that a migrant with legal status {@code status} at destination {@code d} has work. */
    static double employmentProbability(Conditions c, int d, byte status) {
        return c.employmentRate[d] * (status == IRREGULAR ? c.irregularEmploymentShare[d] : 1);
    }

    /**
     * Expected earnings abroad a month after living costs and fees, destination {@code d}'s currency, of a migrant
     * with {@code skill} and legal status {@code status} (legal or irregular): the chance of work times the wage,
     * less living costs and, for a legal migrant, the monthly fee.
     */
    static double expectedNetEarnings(MuhojirModel m, Conditions c, int d, int skill, byte status) {
        double work = employmentProbability(c, d, status) * m.rules().earnings().wage(c, d, skill, status);
        return work - c.livingCost[d] - (status == LEGAL ? c.monthlyFee[d] : 0);
    }

    /**
     * Whether an event of probability {@code p} happens to the member in slot {@code k}, with the member's own keyed
     * draw for it: every event has a draw of its own, so a run that changes one event's probability (a raid
     * wave, a calibrated return hazard) keeps every other event's draws, and paired comparisons stay paired.
     */
    private static boolean happens(long stream, int k, int what, double p) {
        return p > 0 && KeyedRandom.uniform(stream, Purpose.slot(k, what)) < p;
    }

    /** The member comes home with the savings built abroad, carried as cash. */
    static void comeHome(Households hh, int h, int s, MuhojirModel m, ChunkTotals t) {
        hh.savings[h] += (float) (hh.slotSavingsUsd[s] * m.conditions().tjsPerUsd);
        t.cashCarriedUsd += hh.slotSavingsUsd[s];
        t.accounts.leaving(hh, h, s);
        hh.clearSlot(s, m.monthIndex());
    }

    /** The member is deported: home with their savings, banned from the destination for the ban's length. */
    static void deport(MuhojirModel m, Households hh, int h, int s, int d, ChunkTotals t) {
        Conditions c = m.conditions();
        int month = m.monthIndex();
        comeHome(hh, h, s, m, t);
        short end = (short) Math.min(Short.MAX_VALUE, month + c.banMonths[d]);
        if (hh.banDestination[h] != d || month >= hh.banEnd[h]) {
            hh.banDestination[h] = (byte) d;
            hh.bannedMembers[h] = 0;
            hh.banEnd[h] = end;
        } else if (end > hh.banEnd[h]) {
            hh.banEnd[h] = end; // every banned member's ban runs to the new end; a shorter ban never cuts one short
        }
        hh.bannedMembers[h]++;
        t.deportations[d]++;
        t.deportationsByRegion[hh.region[h]][d]++;
        if (t.observed()) {
            t.emit(new ModelEvent.Deportation(m.currentMonth(), h, Destination.values()[d],
                    m.scenario().firstSimulatedMonth().plusMonths(hh.banEnd[h])));
        }
    }
}
