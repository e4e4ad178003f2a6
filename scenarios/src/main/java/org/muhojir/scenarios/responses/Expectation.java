package org.muhojir.scenarios.responses;

import java.util.List;
import java.util.Objects;
import org.muhojir.core.policy.ScheduledShock;

/**
 * One policy response economics can sign: a policy (shocks added to the battery's baseline), the outcome it moves,
 * the direction or size expected, why, and where the number comes from.
 *
 * @param name     a short identifier, unique in a battery, such as {@code rouble-falls/remittances-usd}
 * @param shocks   the policy: shocks added to the baseline (expectations with equal shocks share their runs)
 * @param outcome  what is measured
 * @param expected the direction or range expected
 * @param reason   one line of economic reasoning
 * @param source   a published source or the section of the ODD that sets the size; empty when there is none
 */
public record Expectation(String name, List<ScheduledShock> shocks, Outcome outcome, Expected expected, String reason,
                          String source) {
    public Expectation {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
        shocks = List.copyOf(shocks);
        if (shocks.isEmpty()) {
            throw new IllegalArgumentException(name + ": an expectation needs at least one shock");
        }
    }

    /** What is expected, in words: "up", "-45.0% to -15.0%". */
    public String describeExpected() {
        return expected.describe(outcome);
    }
}
