package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.random.BernoulliGaps;
import org.muhojir.core.random.KeyedRandom;

/** The set of households hit is exactly the successes of the keyed gaps, visited in order from any range. */
class HitsTest {
    private static final KeyedRandom RNG = new KeyedRandom(7, 0);
    private static final int SIZE = 10_007; // not a multiple of 64

    @Test
    void visitsExactlyTheSuccessesInOrder() {
        for (double p : new double[] {0, 0.003, 0.05, 0.5, 1}) {
            Hits hits = new Hits();
            long key = RNG.sequence(0, 4, 41);
            hits.draw(key, p, SIZE);
            assertEquals(successes(key, p, 0, SIZE), visit(hits, 0, SIZE), "p = " + p);
        }
    }

    @Test
    void anyRangeSeesItsPartOfTheSet() {
        Hits hits = new Hits();
        long key = RNG.sequence(0, 9, 41);
        hits.draw(key, 0.1, SIZE);
        int[][] ranges = {{0, 1}, {1, 63}, {63, 65}, {64, 128}, {100, 5_000}, {9_990, SIZE}, {SIZE, SIZE}, {17, 17}};
        for (int[] r : ranges) {
            assertEquals(successes(key, 0.1, r[0], r[1]), visit(hits, r[0], r[1]), r[0] + ".." + r[1]);
        }
    }

    @Test
    void redrawingReplacesTheSet() {
        Hits hits = new Hits();
        hits.draw(RNG.sequence(0, 1, 41), 0.5, SIZE);
        hits.draw(RNG.sequence(0, 2, 41), 0.01, SIZE);
        assertEquals(successes(RNG.sequence(0, 2, 41), 0.01, 0, SIZE), visit(hits, 0, SIZE));
    }

    private static List<Integer> visit(Hits hits, int from, int to) {
        List<Integer> out = new ArrayList<>();
        for (int h = hits.next(from, to); h < to; h = hits.next(h + 1, to)) {
            out.add(h);
        }
        return out;
    }

    /** The successes among trials {@code from} to {@code to - 1}, by summing the gaps directly. */
    private static List<Integer> successes(long key, double p, int from, int to) {
        List<Integer> out = new ArrayList<>();
        BernoulliGaps gaps = new BernoulliGaps(key, p);
        for (long i = gaps.nextGap(); i < SIZE; i += 1L + gaps.nextGap()) {
            if (i >= from && i < to) {
                out.add((int) i);
            }
        }
        return out;
    }
}
