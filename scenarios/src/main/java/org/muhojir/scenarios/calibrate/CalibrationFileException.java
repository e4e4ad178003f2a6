package org.muhojir.scenarios.calibrate;

import java.util.List;

/**
 * A calibration file (targets, or a parameter uncertainty) with problems: every one of them, each with its place in
 * the file.
 */
public final class CalibrationFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public CalibrationFileException(String file, List<String> problems) {
        super(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " in " + file + ":\n  "
                + String.join("\n  ", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Each problem: "file:line:column: path: message". */
    public List<String> problems() {
        return problems;
    }
}
