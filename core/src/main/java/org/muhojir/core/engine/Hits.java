package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.Arrays;
import org.muhojir.core.random.BernoulliGaps;

/**
 * The households that an event hits this month, each independently with the same probability, as a set of
 * household indices. It is drawn once a month by geometric gaps over the whole population ({@link BernoulliGaps}):
 * for an event that hits a few per cent of households this takes a few draws per hundred households instead of
 * one each, and phases visit only the households hit. The set is a pure function of the keyed sequence and the
 * probability, so it does not depend on the thread count or on the order in which households are stepped.
 */
final class Hits implements Serializable {
    private static final long serialVersionUID = 1L;

    private long[] words = new long[0];

    /** Draws the set over households {@code 0} to {@code size - 1}: each is in it with probability {@code p}. */
    void draw(long sequence, double p, int size) {
        int needed = (size + 63) >>> 6;
        if (words.length != needed) {
            words = new long[needed];
        } else {
            Arrays.fill(words, 0);
        }
        BernoulliGaps gaps = new BernoulliGaps(sequence, p);
        for (long h = gaps.nextGap(); h < size; h += 1L + gaps.nextGap()) {
            words[(int) (h >>> 6)] |= 1L << h;
        }
    }

    /** The first household at or after {@code from} and before {@code to} in the set, or {@code to} if none. */
    int next(int from, int to) {
        if (from >= to) {
            return to;
        }
        int w = from >>> 6;
        long word = words[w] & (-1L << from);
        while (word == 0) {
            if (++w << 6 >= to) {
                return to;
            }
            word = words[w];
        }
        return Math.min(to, (w << 6) + Long.numberOfTrailingZeros(word));
    }
}
