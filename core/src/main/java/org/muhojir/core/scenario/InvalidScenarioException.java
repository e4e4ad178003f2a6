package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;

/** A scenario (or a shock) that breaks one or more rules; {@link #problems()} lists every one, each with its path. */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<Problem> problems;

    public InvalidScenarioException(String what, List<Problem> problems) {
        super(what + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Throws an exception listing the problems of {@code what}, if {@code p} holds any. */
    public static void throwIfAny(String what, Problems p) {
        if (!p.isEmpty()) {
            throw new InvalidScenarioException(what, p.list());
        }
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
