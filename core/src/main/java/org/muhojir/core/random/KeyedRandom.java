package org.muhojir.core.random;

import java.io.Serializable;

/**
 * Counter-based random numbers: every draw is a pure function of (seed, replication, household, month, purpose),
 * so results do not depend on thread count or iteration order, a checkpoint needs no generator state, and a
 * policy run sees exactly the draws of its baseline (common random numbers).
 *
 * <p>The hash is the SplitMix64 finaliser (Steele, Lea and Flood, 2014) applied to a chain of the key's parts, each
 * added with a different odd constant. Thread-safe: it holds only an immutable key.
 */
public final class KeyedRandom implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long HOUSEHOLD_SALT = 0xBF58476D1CE4E5B9L;
    private static final long MONTH_SALT = 0x94D049BB133111EBL;
    private static final long SEQUENCE_SALT = 0xD6E8FEB86659FD93L;
    private static final long POPULATION_SALT = 0xA0761D6478BD642FL;
    private static final double TO_UNIT = 0x1.0p-53;

    private final long runKey;

    /**
     * @param seed        the master seed
     * @param replication the replication number (0, 1, ...); replications get independent streams
     */
    public KeyedRandom(long seed, int replication) {
        this.runKey = mix(mix(seed ^ GOLDEN) + (replication + 1L) * GOLDEN);
    }

    /**
     * The key of one household's draws in one month; pass it to {@link #uniform(long, int)}. Month may be
     * negative (the warm-up's months are).
     */
    public long stream(int household, int month) {
        return mix(mix(runKey + (household + 1L) * HOUSEHOLD_SALT) + (month + 1_000_000L) * MONTH_SALT);
    }

    /**
     * The key of the draws that build household {@code household} (its region, size, members abroad at the start and
     * its type); pass it to {@link #uniform(long, int)}. Independent of every month's stream, so no month's draw for
     * a purpose repeats a draw of the population's.
     */
    public long populationStream(int household) {
        return mix(mix((runKey ^ POPULATION_SALT) + (household + 1L) * HOUSEHOLD_SALT));
    }

    /**
     * The key of a sequence of draws shared by a block of households (chunk {@code block}, of a fixed size) in one
     * month for one purpose; pass it to {@link #uniform(long, int)} with the draw's position in the sequence, or to
     * {@link BernoulliGaps}. Independent of every household stream.
     */
    public long sequence(int block, int month, int purpose) {
        return mix(mix(mix(runKey ^ SEQUENCE_SALT) + (block + 1L) * HOUSEHOLD_SALT) + (month + 1_000_000L) * MONTH_SALT
                + (purpose + 1L) * GOLDEN);
    }

    /** A uniform double in [0, 1) for {@code purpose} (see {@link Purpose}) on a stream. */
    public static double uniform(long stream, int purpose) {
        return (mix(stream + (purpose + 1L) * GOLDEN) >>> 11) * TO_UNIT;
    }

    /** A standard normal deviate for {@code purpose}, by the Box-Muller transform of two keyed uniforms. */
    public static double gaussian(long stream, int purpose) {
        double u1 = uniform(stream, purpose);
        double u2 = uniform(stream, purpose + Purpose.GAUSSIAN_PARTNER);
        return Math.sqrt(-2 * Math.log1p(-u1)) * Math.cos(2 * Math.PI * u2);
    }

    /** The SplitMix64 finaliser: a bijective 64-bit mix with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
