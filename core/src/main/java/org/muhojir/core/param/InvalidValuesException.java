package org.muhojir.core.param;

import java.util.List;

/**
 * Values that break one or more rules of their fields' {@link Param} (or of their record): {@link #problems()}
 * lists every one, each with the path of the field concerned, so that the caller learns which argument is wrong.
 */
public class InvalidValuesException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param what     what was being built, for the message ("scenario 'baseline'", "RaidWave")
     * @param problems every problem found (at least one)
     */
    public InvalidValuesException(String what, List<Problem> problems) {
        super(what + " is invalid (" + problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + "):\n  - "
                + String.join("\n  - ", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<Problem> problems() {
        return problems;
    }
}
