package org.muhojir.core.engine;

import org.muhojir.core.event.ModelEvent;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.LegalStatus;

/**
 * Phase 7, departures: every candidate still going after phases 5 and 6 leaves. The journey is paid from savings and
 * then debt. A share of arrivals works without papers from the start; one entering visa-free also needs to pass the
 * exam to get papers.
 */
final class DeparturePhase extends HouseholdPhase {
    private static final long serialVersionUID = 1L;
    /** The destinations by index, for events (one copy, not one per departure). */
    private static final Destination[] DESTINATIONS = Destination.values();

    DeparturePhase() {
        super("departures");
    }

    @Override
    public void stepChunk(MuhojirModel m, int from, int to, ChunkTotals t) {
        byte[] destination = m.households().intent;
        for (int h = from; h < to; h++) {
            if (destination[h] != Households.NONE) {
                leave(m, m.households(), h, destination[h], t);
            }
        }
    }

    private static void leave(MuhojirModel m, Households hh, int h, int d, ChunkTotals t) {
        Conditions c = m.conditions();
        long stream = m.keyedRandom().stream(h, m.monthIndex());
        byte flags = hh.intentFlags[h];
        boolean female = Intent.has(flags, Intent.FEMALE);
        // some arrivals never get (or keep) papers to work; entering visa-free, papers also need the exam
        int exam = Intent.has(flags, Intent.SECOND_CHOICE) ? Purpose.EXAM_AGAIN : Purpose.EXAM;
        boolean legal = KeyedRandom.uniform(stream, Purpose.ARRIVAL_STATUS) >= c.irregularOnArrival[d]
                && (c.route[d] != EntryRoute.VISA_FREE
                    || KeyedRandom.uniform(stream, exam) < m.entryTest().passProbability(hh, h, d));
        int slot = hh.freeSlot(h);
        hh.occupy(slot, d, female, (legal ? LegalStatus.LEGAL : LegalStatus.IRREGULAR).ordinal(), m.monthIndex());
        t.accounts.arrived(hh, h, slot);
        pay(hh, h, c.journeyCostTjs(d));
        hh.ties[h] |= (byte) (1 << d);
        if (Intent.has(flags, Intent.BANNED)) {
            hh.bannedMembers[h]--;
        }
        t.departures[d]++;
        if (female) {
            t.departuresWomen++;
        }
        if (t.observed()) {
            t.emit(new ModelEvent.Departure(m.currentMonth(), h, DESTINATIONS[d], female, legal));
        }
    }

    /** Pays a journey from savings, borrowing the rest. */
    private static void pay(Households hh, int h, double costTjs) {
        double fromSavings = Math.min(Math.max(0, hh.savings[h]), costTjs);
        hh.savings[h] -= (float) fromSavings;
        hh.debt[h] += (float) (costTjs - fromSavings);
    }
}
