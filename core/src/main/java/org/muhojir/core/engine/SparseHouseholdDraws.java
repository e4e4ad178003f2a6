package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.Arrays;
import org.muhojir.core.random.BernoulliGaps;
import org.muhojir.core.random.KeyedRandom;

/**
 * Which households an event of the month hits, each independently with a probability {@code p} that may differ
 * from run to run (a calibrated rate, a policy), drawn so that runs share their draws: household {@code h} is hit
 * when its month's uniform {@code U(h)} is below {@code p}, so a household hit at one probability is hit at every
 * larger one (common random numbers, which calibration and paired comparisons rely on).
 *
 * <p>{@code U(h)} is drawn in two parts. Whether it is below a fixed {@code ceiling} is decided for a chunk of
 * households at once by geometric gaps ({@link BernoulliGaps}, a few draws per hundred households); where it lies
 * within {@code [0, ceiling)} or {@code [ceiling, 1)} is the household's own keyed draw {@code v}:
 * {@code U = ceiling v} or {@code ceiling + (1 - ceiling) v}. When {@code p <= ceiling} only the households below
 * the ceiling can be hit, and only they are visited; above it, every household is.
 *
 * <p>A chunk's part is drawn when a phase first visits the chunk in a month, from a sequence keyed by chunk, month
 * and purpose, so it does not depend on the thread count or on the order in which households are stepped. Chunks
 * are whole multiples of 64 households, so threads stepping different chunks write different words.
 */
final class SparseHouseholdDraws implements Serializable {
    private static final long serialVersionUID = 1L;
    /** {@link #drawnFor}'s mark of a chunk never drawn: not a month index (the warm-up's are negative, from -1). */
    private static final int NEVER = Integer.MIN_VALUE;

    private final int purpose;
    private final double ceiling;
    /** Households whose U is below the ceiling this month, a bit each. */
    private long[] belowCeiling = new long[0];
    /** The month each chunk's bits were drawn for ({@link #NEVER} if none). */
    private int[] drawnFor = new int[0];

    /**
     * @param purpose the draws' purpose ({@link org.muhojir.core.random.Purpose}): keys the chunks' sequences and the
     *                households' own draws
     * @param ceiling the share of households visited when {@code p} is at most it, in (0, 1]: above the usual
     *                probabilities of the event
     */
    SparseHouseholdDraws(int purpose, double ceiling) {
        this.purpose = purpose;
        this.ceiling = ceiling;
    }

    /**
     * Makes room for a population of {@code size} households. Call it before the chunks are stepped, on one thread
     * (a phase's {@code before}): chunks stepped in parallel then only write their own words.
     */
    void sizeFor(int size) {
        if (drawnFor.length != chunks(size)) {
            belowCeiling = new long[(size + 63) >>> 6];
            drawnFor = new int[chunks(size)];
            Arrays.fill(drawnFor, NEVER);
        }
    }

    /**
     * Draws, for {@code month}, the part of the chunks of households {@code from} to {@code to - 1} not yet drawn
     * for it, in a population of {@code size} households ({@link #sizeFor} called for it).
     */
    void prepare(KeyedRandom random, int month, int size, int from, int to) {
        for (int chunk = from / MuhojirModel.CHUNK_SIZE; chunk * MuhojirModel.CHUNK_SIZE < to; chunk++) {
            if (drawnFor[chunk] != month) {
                draw(random.sequence(chunk, month, purpose), chunk, size);
                drawnFor[chunk] = month;
            }
        }
    }

    private void draw(long sequence, int chunk, int size) {
        int first = chunk * MuhojirModel.CHUNK_SIZE;
        int end = Math.min(size, first + MuhojirModel.CHUNK_SIZE);
        Arrays.fill(belowCeiling, first >>> 6, (end + 63) >>> 6, 0);
        BernoulliGaps gaps = new BernoulliGaps(sequence, ceiling);
        for (long h = first + (long) gaps.nextGap(); h < end; h += 1L + gaps.nextGap()) {
            belowCeiling[(int) (h >>> 6)] |= 1L << h;
        }
    }

    /**
     * The first household at or after {@code from} and before {@code to} that probability {@code p} may hit (call
     * {@link #hit} on it), or {@code to} if none; the chunks must be {@linkplain #prepare prepared}.
     */
    int next(int from, int to, double p) {
        if (p > ceiling || from >= to) {
            return from;
        }
        int w = from >>> 6;
        long word = belowCeiling[w] & (-1L << from);
        while (word == 0) {
            if (++w << 6 >= to) {
                return to;
            }
            word = belowCeiling[w];
        }
        return Math.min(to, (w << 6) + Long.numberOfTrailingZeros(word));
    }

    /** Whether household {@code h}, with this month's stream {@code stream}, is hit at probability {@code p}. */
    boolean hit(int h, long stream, double p) {
        double v = KeyedRandom.uniform(stream, purpose);
        boolean below = (belowCeiling[h >>> 6] & (1L << h)) != 0;
        return (below ? ceiling * v : ceiling + (1 - ceiling) * v) < p;
    }

    private static int chunks(int size) {
        return (size + MuhojirModel.CHUNK_SIZE - 1) / MuhojirModel.CHUNK_SIZE;
    }
}
