package org.muhojir.scenarios.load;

import java.util.List;
import java.util.Locale;

/** A file's problems as a message lists them: one a line, the first {@value #SHOWN}, then how many more. */
public final class ProblemList {
    /** The most problems listed one by one: a file with thousands is mended from its first ones. */
    public static final int SHOWN = 100;

    private ProblemList() {
    }

    /** Each of the first {@value #SHOWN} problems on a line of its own after two spaces, then how many more. */
    public static String lines(List<?> problems) {
        StringBuilder b = new StringBuilder();
        problems.stream().limit(SHOWN).forEach(p -> b.append("\n  ").append(p));
        if (problems.size() > SHOWN) {
            b.append(String.format(Locale.ROOT, "\n  ... and %,d more (mend these first)", problems.size() - SHOWN));
        }
        return b.toString();
    }
}
