package org.muhojir.scenarios.load;

import java.util.List;

/**
 * A scenario that cannot be loaded: every problem found in its files, each with file, line, column and JSON path.
 * This is the user's error to fix, so it carries no stack trace worth showing.
 */
public final class ScenarioFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<ScenarioProblem> problems;

    public ScenarioFileException(String what, List<ScenarioProblem> problems) {
        this(problems, what + " has " + count(problems));
    }

    private ScenarioFileException(List<ScenarioProblem> problems, String message) {
        super(message, null, false, false);
        this.problems = List.copyOf(problems);
    }

    private static String count(List<ScenarioProblem> problems) {
        return String.format(java.util.Locale.ROOT, "%,d problem%s", problems.size(), problems.size() == 1 ? "" : "s");
    }

    /** Every problem, in the order found (file by file, then top to bottom). */
    public List<ScenarioProblem> problems() {
        return problems;
    }

    /** The failure of one of several scenarios loaded together. */
    public record Part(String ref, ScenarioFileException failure) {
    }

    /** One exception for several failed scenarios (the first itself when only one failed). */
    public static ScenarioFileException combine(List<Part> parts) {
        if (parts.size() == 1) {
            return parts.get(0).failure();
        }
        List<ScenarioProblem> all = new java.util.ArrayList<>();
        parts.forEach(p -> all.addAll(p.failure().problems()));
        List<String> refs = parts.stream().map(Part::ref).toList();
        return new ScenarioFileException(all, String.join(", ", refs.subList(0, refs.size() - 1)) + " and "
                + refs.get(refs.size() - 1) + " have " + count(all) + " between them");
    }

    /** The heading and one line per problem, as printed by the command. */
    public String report() {
        return getMessage() + ":" + ProblemList.lines(problems);
    }
}
