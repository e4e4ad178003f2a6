package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.muhojir.core.random.KeyedRandom;

/**
 * The households an event hits: each with probability p, independently; nested in p (common random numbers); the
 * same whatever the order in which chunks are visited. Tolerances are five standard errors.
 */
class SparseHouseholdDrawsTest {
    private static final KeyedRandom RNG = new KeyedRandom(7, 0);
    private static final int SIZE = 3 * MuhojirModel.CHUNK_SIZE + 1_000; // four chunks, the last one short
    private static final int MONTH = 5;
    private static final int PURPOSE = 41;
    private static final double CEILING = 0.125;

    @Test
    void eachHouseholdIsHitWithProbabilityP() {
        for (double p : new double[] {0.001, 0.05, CEILING, 0.3, 0.9}) {
            int hits = hits(p).cardinality();
            assertEquals(p, hits / (double) SIZE, 5 * Math.sqrt(p * (1 - p) / SIZE), "p = " + p);
        }
    }

    @Test
    void aHouseholdHitAtOneProbabilityIsHitAtEveryLargerOne() {
        double[] ps = {0.01, 0.05, 0.1, CEILING, 0.2, 0.6};
        for (int i = 1; i < ps.length; i++) {
            BitSet lower = hits(ps[i - 1]);
            BitSet higher = hits(ps[i]);
            lower.andNot(higher);
            assertTrue(lower.isEmpty(), "hit at " + ps[i - 1] + " but not at " + ps[i] + ": " + lower);
        }
    }

    @Test
    void belowTheCeilingOnlyAboutCeilingTimesTheHouseholdsAreVisited() {
        SparseHouseholdDraws hits = prepared(new SparseHouseholdDraws(PURPOSE, CEILING));
        int visited = 0;
        for (int h = hits.next(0, SIZE, 0.05); h < SIZE; h = hits.next(h + 1, SIZE, 0.05)) {
            visited++;
        }
        assertEquals(CEILING, visited / (double) SIZE, 5 * Math.sqrt(CEILING * (1 - CEILING) / SIZE));
        // above the ceiling every household is a candidate
        assertEquals(17, hits.next(17, SIZE, 0.5));
    }

    @Test
    void theOrderInWhichChunksAreFirstVisitedDoesNotMatter() {
        SparseHouseholdDraws forwards = prepared(new SparseHouseholdDraws(PURPOSE, CEILING));
        SparseHouseholdDraws backwards = new SparseHouseholdDraws(PURPOSE, CEILING);
        backwards.sizeFor(SIZE);
        // household by household from the end, as a textbook schedule might visit them
        for (int h = SIZE - 1; h >= 0; h -= 997) {
            backwards.prepare(RNG, MONTH, SIZE, h, h + 1);
        }
        backwards.prepare(RNG, MONTH, SIZE, 0, SIZE); // chunks not yet visited
        assertEquals(collect(forwards, 0.05), collect(backwards, 0.05));
    }

    @Test
    void eachMonthIsDrawnAfresh() {
        SparseHouseholdDraws hits = prepared(new SparseHouseholdDraws(PURPOSE, CEILING));
        BitSet may = collectCandidates(hits, 0.05);
        hits.prepare(RNG, MONTH + 1, SIZE, 0, SIZE);
        BitSet next = collectCandidates(hits, 0.05);
        BitSet both = (BitSet) may.clone();
        both.and(next);
        // independent months share about ceiling^2 of the households as candidates, not ceiling
        double expected = CEILING * CEILING;
        assertEquals(expected, both.cardinality() / (double) SIZE, 5 * Math.sqrt(expected / SIZE));
    }

    @Test
    void theWarmUpsLastMonthIsDrawnLikeAnyOther() {
        // month -1, the last of a warm-up, is the first a one-month warm-up steps: it must not pass for drawn already
        SparseHouseholdDraws hits = new SparseHouseholdDraws(PURPOSE, CEILING);
        hits.sizeFor(SIZE);
        hits.prepare(RNG, -1, SIZE, 0, SIZE);
        int candidates = collectCandidates(hits, 0.05).cardinality();
        assertEquals(CEILING, candidates / (double) SIZE, 5 * Math.sqrt(CEILING * (1 - CEILING) / SIZE));
    }

    private static BitSet hits(double p) {
        return collect(prepared(new SparseHouseholdDraws(PURPOSE, CEILING)), p);
    }

    private static SparseHouseholdDraws prepared(SparseHouseholdDraws hits) {
        hits.sizeFor(SIZE);
        hits.prepare(RNG, MONTH, SIZE, 0, SIZE);
        return hits;
    }

    private static BitSet collect(SparseHouseholdDraws hits, double p) {
        BitSet out = new BitSet();
        for (int h = hits.next(0, SIZE, p); h < SIZE; h = hits.next(h + 1, SIZE, p)) {
            if (hits.hit(h, RNG.stream(h, MONTH), p)) {
                out.set(h);
            }
        }
        return out;
    }

    private static BitSet collectCandidates(SparseHouseholdDraws hits, double p) {
        BitSet out = new BitSet();
        for (int h = hits.next(0, SIZE, p); h < SIZE; h = hits.next(h + 1, SIZE, p)) {
            out.set(h);
        }
        return out;
    }
}
