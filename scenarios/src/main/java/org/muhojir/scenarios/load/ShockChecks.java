package org.muhojir.scenarios.load;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.muhojir.core.policy.BanPolicy;
import org.muhojir.core.policy.EntryRouteChange;
import org.muhojir.core.policy.ExchangeRatePath;
import org.muhojir.core.policy.QuotaChange;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.policy.TransferFeeChange;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.format.Spec;
import org.muhojir.scenarios.json.Json;

/**
 * Date checks that need the whole scenario: a shock must be in force in at least one simulated month, and two
 * shocks that each set (rather than scale) the same thing at the same place cannot be in force in the same month,
 * because one would silently undo the other.
 */
final class ShockChecks {
    private final YearMonth start;
    private final YearMonth end;
    private final List<ScheduledShock> shocks;
    private final List<Json> nodes;
    private List<ScenarioProblem> problems;

    private ShockChecks(YearMonth start, int months, List<ScheduledShock> shocks, List<Json> nodes) {
        this.start = start;
        this.end = start.plusMonths(Math.max(1, months) - 1L);
        this.shocks = shocks;
        this.nodes = nodes;
    }

    /** The checks of a merged scenario tree (built without core's validation, so they run even when it fails). */
    @SuppressWarnings("unchecked")
    static ShockChecks of(Json.Obj merged) {
        Spec.Rec spec = ScenarioFormat.SCENARIO;
        YearMonth start = (YearMonth) Builder.value(merged.get("start"), spec.field("start").spec());
        int months = (Integer) Builder.value(merged.get("months"), spec.field("months").spec());
        Json shocks = merged.get("shocks");
        return new ShockChecks(start, months,
                (List<ScheduledShock>) Builder.value(shocks, spec.field("shocks").spec()),
                ((Json.Arr) shocks).items());
    }

    void run(List<ScenarioProblem> found) {
        this.problems = found;
        for (int i = 0; i < shocks.size(); i++) {
            ScheduledShock s = shocks.get(i);
            if (last(s).isBefore(start)) {
                add(i, "never in force: it ends in " + last(s) + ", before the run starts (" + start
                        + "); expected dates within " + start + " to " + end);
            } else if (s.start().isAfter(end)) {
                add(i, "never in force: it starts in " + s.start() + ", after the run ends (" + end
                        + "); expected dates within " + start + " to " + end);
            }
            for (int j = 0; j < i; j++) {
                ScheduledShock earlier = shocks.get(j);
                if (conflict(earlier.shock(), s.shock()) && overlap(earlier, s)) {
                    add(i, "overlaps " + where(j, i) + " (" + earlier.shock().describe() + ", " + span(earlier)
                            + "): two " + s.shock().type() + " shocks for the same " + target(s.shock())
                            + " cannot be in force in the same month; expected the first to end (with \"months\" "
                            + "or \"end\") before the second starts");
                }
            }
        }
    }

    /** Where shock j is, as seen from shock i: its JSON path, and its file if that is another. */
    private String where(int j, int i) {
        Json a = nodes.get(j);
        Json b = nodes.get(i);
        return a.source().file().equals(b.source().file()) ? a.source().path()
                : a.source().path() + " of " + a.source().file();
    }

    private static YearMonth last(ScheduledShock s) {
        return s.months() >= ScheduledShock.UNTIL_END ? YearMonth.of(9999, 12) : s.start().plusMonths(s.months() - 1L);
    }

    private static boolean overlap(ScheduledShock a, ScheduledShock b) {
        return !a.start().isAfter(last(b)) && !b.start().isAfter(last(a));
    }

    private static String span(ScheduledShock s) {
        return "from " + s.start() + (s.months() >= ScheduledShock.UNTIL_END ? " to the end of the run"
                : " to " + last(s));
    }

    /** Whether both set the same value: same type and same destination or currency. */
    private static boolean conflict(Shock a, Shock b) {
        if (a.getClass() != b.getClass()) {
            return false;
        }
        if (a instanceof QuotaChange q) {
            return q.destination() == ((QuotaChange) b).destination();
        } else if (a instanceof EntryRouteChange e) {
            return e.destination() == ((EntryRouteChange) b).destination();
        } else if (a instanceof BanPolicy p) {
            return p.destination() == ((BanPolicy) b).destination();
        } else if (a instanceof ExchangeRatePath p) {
            return Objects.equals(p.currency(), ((ExchangeRatePath) b).currency());
        } else if (a instanceof TransferFeeChange t) {
            TransferFeeChange u = (TransferFeeChange) b;
            return t.destination() == null || u.destination() == null || t.destination() == u.destination();
        }
        return false;
    }

    private static String target(Shock s) {
        return s instanceof ExchangeRatePath ? "currency" : "destination";
    }

    private void add(int i, String message) {
        Json node = i < nodes.size() ? nodes.get(i) : null;
        if (node == null) {
            return;
        }
        Json at = node instanceof Json.Obj o && o.get("start") != null ? o.get("start") : node;
        problems.add(new ScenarioProblem(at.source(), at.source().path(), message));
    }
}
