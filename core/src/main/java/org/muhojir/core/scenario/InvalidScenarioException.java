package org.muhojir.core.scenario;

import java.util.List;
import org.muhojir.core.param.InvalidValuesException;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;

/** A scenario (or a shock) that breaks one or more rules; {@link #problems()} lists every one, each with its path. */
public final class InvalidScenarioException extends InvalidValuesException {
    private static final long serialVersionUID = 1L;

    /**
     * @param what     what was being built, for the message ("scenario 'baseline'", "added shock")
     * @param problems every problem found (at least one)
     */
    public InvalidScenarioException(String what, List<Problem> problems) {
        super(what, problems);
    }

    /** Throws an exception listing the problems of {@code what}, if {@code p} holds any. */
    public static void throwIfAny(String what, Problems p) {
        if (!p.isEmpty()) {
            throw new InvalidScenarioException(what, p.list());
        }
    }
}
