package org.muhojir.scenarios;

import java.util.List;
import org.muhojir.scenarios.load.ScenarioFileException;
import org.muhojir.scenarios.load.ScenarioProblem;

/**
 * A scenario file that cannot be loaded, thrown by {@link Scenarios}: its message lists every problem, one a line,
 * as {@code file:line:column: $.json.path: what is wrong; what to write}, and {@link #problems()} gives them as
 * records. Unchecked, like core's {@code InvalidScenarioException} for a scenario built in code.
 */
public final class ScenarioFileProblems extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    ScenarioFileProblems(ScenarioFileException cause) {
        super(cause.report(), cause);
        this.problems = cause.problems();
    }

    /** Every problem, file by file and top to bottom, each with its file, line, column and JSON path. */
    public List<ScenarioProblem> problems() {
        return problems;
    }
}
