package org.muhojir.core.engine;

import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Phase 2, migrants abroad: for each member abroad, in order: release from last month's detention; amnesty;
 * return home by choice; raids (detention, then deportation and a ban, or detention for the month); mass
 * expulsion; loss of legal status; regularisation; naturalisation; and the month's earnings after living costs and
 * fees. A deported or detained member earns nothing this month, so the household feels it at once.
 */
final class MigrantsAbroadPhase extends Phase {
    private static final long serialVersionUID = 1L;
    /** Months abroad before a migrant can naturalise. */
    static final int NATURALISATION_MONTHS = 36;

    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();
    private static final byte DETAINED = (byte) LegalStatus.DETAINED.ordinal();
    private static final byte NATURALISED = (byte) LegalStatus.NATURALISED.ordinal();

    MigrantsAbroadPhase() {
        super("migrants abroad");
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, Tally t) {
        Households hh = m.households();
        for (int h = from; h < to; h++) {
            if (hh.membersAbroad(h) == 0) {
                continue;
            }
            long stream = m.keyedRandom().stream(h, m.monthIndex());
            for (int k = 0; k < Households.SLOTS; k++) {
                int s = h * Households.SLOTS + k;
                if (hh.slotDestination[s] != Households.NONE) {
                    stepMember(m, hh, h, k, s, stream, t);
                }
            }
        }
    }

    private void stepMember(MuhojirModel m, Households hh, int h, int k, int s, long stream, Tally t) {
        Conditions c = m.conditions();
        int d = hh.slotDestination[s];
        hh.slotEarnedLocal[s] = 0;
        if (hh.slotStatus[s] == DETAINED) {
            hh.slotStatus[s] = IRREGULAR;
        }
        if (c.amnesty[d] && hh.slotStatus[s] == IRREGULAR) {
            hh.slotStatus[s] = LEGAL;
        }
        if (returnsByChoice(m, hh, h, s, d, stream, k)) {
            comeHome(m, hh, h, s, c);
            t.returnsByChoice[d]++;
            if (t.observed()) {
                t.emit(new ModelEvent.Return(m.currentMonth(), h, Destination.values()[d]));
            }
            return;
        }
        if (raided(hh, s, d, c, stream, k)) {
            t.detentions[d]++;
            if (t.observed()) {
                t.emit(new ModelEvent.Detention(m.currentMonth(), h, Destination.values()[d]));
            }
            if (draw(stream, k, Purpose.DEPORT) < c.deportationShare[d]) {
                deport(m, hh, h, s, d, t);
            } else {
                hh.slotStatus[s] = DETAINED;
            }
            return;
        }
        if (hh.slotStatus[s] == IRREGULAR && c.expulsionRate[d] > 0
                && draw(stream, k, Purpose.EXPEL) < c.expulsionRate[d]) {
            deport(m, hh, h, s, d, t);
            return;
        }
        changeStatus(m, hh, h, s, d, c, stream, k, t);
        earn(m, hh, h, s, d, c, stream, k);
    }

    private static boolean returnsByChoice(MuhojirModel m, Households hh, int h, int s, int d, long stream, int k) {
        Conditions c = m.conditions();
        if (!c.open[d]) {
            return false; // a closed border strands migrants
        }
        if (c.maxStayMonths[d] > 0 && hh.slotStatus[s] == LEGAL
                && m.monthIndex() - hh.slotSince[s] >= c.maxStayMonths[d]) {
            return true; // a seasonal visa has run out
        }
        Behaviour b = m.scenario().behaviour();
        boolean nobodyAtHome = hh.menAtHome(h) + hh.womenAtHome(h) == 0 && hh.dependants[h] > 0;
        double p = m.rules().returns().probability(m.currentMonth().getMonthValue(),
                m.monthIndex() - hh.slotSince[s], hh.slotSavingsUsd[s], nobodyAtHome,
                hh.slotStatus[s] == NATURALISED, b);
        return draw(stream, k, Purpose.RETURN) < p;
    }

    private static boolean raided(Households hh, int s, int d, Conditions c, long stream, int k) {
        byte status = hh.slotStatus[s];
        double hazard = status == LEGAL ? c.raidHazardLegal[d] : status == IRREGULAR ? c.raidHazardIrregular[d] : 0;
        return hazard > 0 && draw(stream, k, Purpose.RAID) < hazard;
    }

    private static void changeStatus(MuhojirModel m, Households hh, int h, int s, int d, Conditions c, long stream,
                                     int k, Tally t) {
        byte status = hh.slotStatus[s];
        if (status == LEGAL) {
            if (draw(stream, k, Purpose.LAPSE) < c.lapseHazard[d]) {
                hh.slotStatus[s] = IRREGULAR;
            } else if (m.monthIndex() - hh.slotSince[s] >= NATURALISATION_MONTHS
                    && draw(stream, k, Purpose.NATURALISE) < c.naturalisationHazard[d]) {
                hh.slotStatus[s] = NATURALISED;
                t.naturalisations[d]++;
            }
        } else if (status == IRREGULAR && draw(stream, k, Purpose.REGULARISE) < c.regulariseHazard[d]
                && draw(stream, k, Purpose.REGULARISE_EXAM) < DecisionPhase.examPassProbability(m, hh, h, d)) {
            hh.slotStatus[s] = LEGAL;
        }
    }

    private static void earn(MuhojirModel m, Households hh, int h, int s, int d, Conditions c, long stream,
                             int k) {
        byte status = hh.slotStatus[s];
        double net = -c.livingCost[d];
        if (draw(stream, k, Purpose.EMPLOYED) < c.employmentRate[d]) {
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

    /** The member comes home with the savings built abroad. */
    static void comeHome(MuhojirModel m, Households hh, int h, int s, Conditions c) {
        hh.savings[h] += (float) (hh.slotSavingsUsd[s] * c.tjsPerUsd);
        hh.clearSlot(s);
    }

    /** The member is deported: home with their savings, banned from the destination for the ban's length. */
    static void deport(MuhojirModel m, Households hh, int h, int s, int d, Tally t) {
        Conditions c = m.conditions();
        int month = m.monthIndex();
        comeHome(m, hh, h, s, c);
        if (hh.banDestination[h] != d || month >= hh.banEnd[h]) {
            hh.banDestination[h] = (byte) d;
            hh.bannedMembers[h] = 0;
        }
        hh.bannedMembers[h]++;
        hh.banEnd[h] = (short) Math.min(Short.MAX_VALUE, month + c.banMonths[d]);
        t.deportations[d]++;
        t.deportationsByRegion[hh.region[h]][d]++;
        if (t.observed()) {
            t.emit(new ModelEvent.Deportation(m.currentMonth(), h, Destination.values()[d],
                    m.scenario().start().plusMonths(hh.banEnd[h])));
        }
    }

    private static double draw(long stream, int slot, int what) {
        return KeyedRandom.uniform(stream, Purpose.slot(slot, what));
    }
}
