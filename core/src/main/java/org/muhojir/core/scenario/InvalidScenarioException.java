package org.muhojir.core.scenario;

import java.util.List;

/** A scenario that breaks one or more rules; {@link #problems()} lists every one, each with its field path. */
public final class InvalidScenarioException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidScenarioException(String what, List<String> problems) {
        super(what + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, as {@code path: message}. */
    public List<String> problems() {
        return problems;
    }
}
