package org.muhojir.core.engine;

import java.util.Arrays;
import org.muhojir.core.population.Households;
import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;

/**
 * Phase 6, quota places: a process of the whole month, run once every household has made its choice (phase 5) and
 * before anyone leaves (phase 7). The places released so far this year go to this month's applicants of every chunk
 * in a random order drawn afresh each month (each applicant's keyed draw, ties by household), so no household is
 * first in line every year. An applicant who finds no place takes the choice made for that case with the first one
 * ({@link Intent#takeChoiceIfNoPlace}).
 */
final class QuotaPlacesPhase extends Phase {
    private static final long serialVersionUID = 1L;
    /** Bits of a household index in a quota applicant's place in line (2^26 is more than the 50 million allowed). */
    private static final int HOUSEHOLD_BITS = 26;
    /** Ranks drawn for the quota queue: 2^37, so that a place in line fits a non-negative long. */
    private static final double QUEUE_RANKS = 0x1p37;

    QuotaPlacesPhase() {
        super("quota places");
    }

    /** Gives out the month's quota places (see the class comment); call it after phase 5 stepped every chunk. */
    void allocate(MuhojirModel m) {
        Households hh = m.households();
        QuotaPlaces places = m.quotaPlaces();
        for (long place : queue(m)) {
            int h = (int) (place & ((1L << HOUSEHOLD_BITS) - 1));
            int d = hh.intent[h];
            if (places.left(d, hh.weight)) {
                places.take(d, hh.weight);
            } else {
                Intent.takeChoiceIfNoPlace(hh, h);
            }
        }
    }

    /**
     * The month's applicants in line: each one's place is the first 37 bits of its keyed draw, then its household
     * index, in one long, sorted.
     */
    private static long[] queue(MuhojirModel m) {
        int count = 0;
        for (ChunkTotals t : m.chunkTotals()) {
            count += t.quotaApplicants.size();
        }
        long[] line = new long[count];
        int n = 0;
        for (ChunkTotals t : m.chunkTotals()) {
            for (int i = 0; i < t.quotaApplicants.size(); i++) {
                int h = t.quotaApplicants.get(i);
                double u = KeyedRandom.uniform(m.keyedRandom().stream(h, m.monthIndex()), Purpose.QUOTA_ORDER);
                line[n++] = (long) (u * QUEUE_RANKS) << HOUSEHOLD_BITS | h;
            }
        }
        Arrays.sort(line);
        return line;
    }
}
