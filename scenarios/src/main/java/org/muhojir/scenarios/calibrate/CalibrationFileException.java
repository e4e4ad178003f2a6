package org.muhojir.scenarios.calibrate;

import java.util.List;
import org.muhojir.scenarios.load.ProblemList;

/**
 * A calibration file (targets, or a parameter uncertainty) with problems: every one of them, each with its place in
 * the file.
 */
public final class CalibrationFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    public CalibrationFileException(String file, List<String> problems) {
        super(String.format(java.util.Locale.ROOT, "%,d problem%s in ", problems.size(), problems.size() == 1 ? ""
                : "s") + file + ":"
                + ProblemList.lines(problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    /** Each problem: "file:line:column: path: message". */
    public List<String> problems() {
        return problems;
    }
}
