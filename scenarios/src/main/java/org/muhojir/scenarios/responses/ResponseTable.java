package org.muhojir.scenarios.responses;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.muhojir.core.outcome.ConfidenceInterval;

/**
 * The battery's results as a plain-text table: expectation, outcome, the unit of the numbers, expected, measured,
 * 95% interval, verdict.
 */
public final class ResponseTable {
    private static final String ROW = "%-37s %-58s %-19s %-21s %10s  %-22s %s%n";

    private ResponseTable() {
    }

    /** Writes one row per check, then a count of each verdict. */
    public static void print(List<Check> checks, PrintWriter out) {
        out.printf(Locale.ROOT,
                ROW, "expectation", "outcome", "unit", "expected", "measured", "95% interval", "verdict");
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Check c : checks) {
            Expectation e = c.expectation();
            Outcome o = e.outcome();
            ConfidenceInterval m = c.measured();
            out.printf(Locale.ROOT,
                    ROW, e.name(), o.describe(), o.shownUnit(), e.describeExpected(), o.format(m.mean()),
                    "[" + o.format(m.low()) + ", " + o.format(m.high()) + "]", c.verdict().label());
            counts.merge(c.verdict(), 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "%n%d expectations: %d pass, %d fail, %d inconclusive%n", checks.size(),
                counts.getOrDefault(Verdict.PASS, 0), counts.getOrDefault(Verdict.FAIL, 0),
                counts.getOrDefault(Verdict.INCONCLUSIVE, 0));
        out.flush();
    }
}
