package org.muhojir.core.engine;

import org.muhojir.core.behaviour.Rules;

/**
 * How to run a scenario.
 *
 * @param seed        master seed of every random draw
 * @param replication replication number (0, 1, ...): each gets independent draws; replication k of a baseline and
 *                    of a policy scenario share draws
 * @param threads     worker threads stepping the population (1 or more); results do not depend on it
 * @param rules       the behavioural rules
 */
public record RunOptions(long seed, int replication, int threads, Rules rules) implements java.io.Serializable {
    /**
     * Refuses options no run can use.
     *
     * @throws IllegalArgumentException if {@code threads} is less than 1 or {@code replication} is negative
     * @throws NullPointerException     if {@code rules} is null ({@link Rules#defaults()} gives the model's own)
     */
    public RunOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be zero or more, was " + replication);
        }
        java.util.Objects.requireNonNull(rules, "rules is null; use Rules.defaults() for the model's own");
    }

    /** One thread, replication 0, default rules. */
    public static RunOptions seed(long seed) {
        return new RunOptions(seed, 0, 1, Rules.defaults());
    }

    /**
     * These options with replication number {@code r} (0 or more): its own independent draws, the same as replication
     * {@code r} of any other scenario run with this seed.
     */
    public RunOptions withReplication(int r) {
        return new RunOptions(seed, r, threads, rules);
    }

    /** These options with {@code t} worker threads (1 or more); the results do not depend on it. */
    public RunOptions withThreads(int t) {
        return new RunOptions(seed, replication, t, rules);
    }

    /** These options with other behavioural rules (not null: {@link Rules#defaults()} for the model's own). */
    public RunOptions withRules(Rules r) {
        return new RunOptions(seed, replication, threads, r);
    }
}
