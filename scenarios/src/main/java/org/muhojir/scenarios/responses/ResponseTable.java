package org.muhojir.scenarios.responses;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.outcome.ConfidenceInterval;

/** The battery's results as a plain-text table: expectation, outcome, expected, measured, 95% interval, verdict. */
public final class ResponseTable {
    private static final String ROW = "%-40s %-50s %-17s %12s  %-27s %s%n";

    private ResponseTable() {
    }

    /** Writes one row per check, then a count of each verdict. */
    public static void print(List<Check> checks, PrintWriter out) {
        out.printf(ROW, "expectation", "outcome", "expected", "measured", "95% interval", "verdict");
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Check c : checks) {
            Expectation e = c.expectation();
            Outcome.Scale scale = e.outcome().scale();
            ConfidenceInterval m = c.measured();
            out.printf(ROW, e.name(), e.outcome().describe(), e.describeExpected(), scale.format(m.mean()),
                    "[" + scale.format(m.low()) + ", " + scale.format(m.high()) + "]", c.verdict().label());
            counts.merge(c.verdict(), 1, Integer::sum);
        }
        out.printf("%n%d expectations: %d pass, %d fail, %d inconclusive%n", checks.size(),
                counts.getOrDefault(Verdict.PASS, 0), counts.getOrDefault(Verdict.FAIL, 0),
                counts.getOrDefault(Verdict.INCONCLUSIVE, 0));
        out.flush();
    }
}
