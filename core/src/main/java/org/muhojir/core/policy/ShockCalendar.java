package org.muhojir.core.policy;

import java.time.YearMonth;
import java.util.List;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;

/**
 * Date rules that need the whole run: a shock must be in force in at least one simulated month, and two shocks that
 * each set (rather than scale) the same thing at the same place ({@link Shock#conflictsWith}) cannot be in force in
 * the same month, because one would silently undo the other. Checked when a scenario is built and when a shock is
 * added to a running model. Only a shock added to a running model may say that it supersedes what it conflicts with
 * ({@link #supersede}); the others it conflicts with are then cut around its months, never applied together with it.
 */
public final class ShockCalendar {
    private ShockCalendar() {
    }

    /**
     * Adds a problem if {@code s}, at {@code at}, is never in force from {@code start} to {@code end} (inclusive) or
     * overlaps a conflicting shock of {@code earlier}, whose paths are {@code earlierPaths}. Shocks with missing
     * parts are skipped (their fields report them).
     */
    public static void check(ScheduledShock s, FieldPath at, List<ScheduledShock> earlier, List<FieldPath> earlierPaths,
                             YearMonth start, YearMonth end, Problems p) {
        if (s == null || s.start() == null || s.shock() == null) {
            return;
        }
        String within = "expected dates within " + start + " to " + end;
        if (s.last().isBefore(start)) {
            p.add(new Problem(at.field("start"), "never in force: it ends in " + s.last() + ", before the run starts ("
                    + start + ")", within, null));
        } else if (s.start().isAfter(end)) {
            p.add(new Problem(at.field("start"), "never in force: it starts in " + s.start() + ", after the run ends ("
                    + end + ")", within, null));
        }
        for (int j = 0; j < earlier.size(); j++) {
            ScheduledShock e = earlier.get(j);
            if (e != null && e.start() != null && e.shock() != null && e.shock().conflictsWith(s.shock())
                    && overlap(e, s)) {
                String two = e.shock().type().equals(s.shock().type()) ? "two " + s.shock().type() + " shocks"
                        : e.shock().type() + " and " + s.shock().type() + " shocks (both set its entry route)";
                p.add(new Problem(at.field("start"), "overlaps " + earlierPaths.get(j) + " (" + e.shock().describe()
                        + ", " + span(e) + "): " + two + " " + where(e.shock(), s.shock())
                        + " cannot be in force in the same month", "expected the first to end before the second "
                        + "starts", earlierPaths.get(j)));
            }
        }
    }

    /** Checks every shock of a list against the run and the shocks before it; their paths are {@code at[i]}. */
    public static void checkAll(List<ScheduledShock> shocks, FieldPath at, YearMonth start, YearMonth end,
                                Problems p) {
        List<FieldPath> paths = java.util.stream.IntStream.range(0, shocks.size()).mapToObj(at::item).toList();
        for (int i = 0; i < shocks.size(); i++) {
            check(shocks.get(i), paths.get(i), shocks.subList(0, i), paths.subList(0, i), start, end, p);
        }
    }

    /**
     * {@code shocks} with every shock that conflicts with {@code by} cut around {@code by}'s months: the part before
     * {@code by} starts and the part after it ends stay, in the same place in the list, if they are in force in the
     * run ({@code start} to {@code end}, inclusive); the others are unchanged. Every shock that can conflict sets a
     * value that does not depend on its month in force, so the parts act in their months as the whole did.
     * This is how a shock added to a running model with {@code MuhojirModel.overrideShock} supersedes what it
     * conflicts with, and the result is again a list without conflicts.
     */
    public static List<ScheduledShock> supersede(List<ScheduledShock> shocks, ScheduledShock by, YearMonth start,
                                                 YearMonth end) {
        List<ScheduledShock> out = new java.util.ArrayList<>();
        for (ScheduledShock s : shocks) {
            if (!s.shock().conflictsWith(by.shock()) || !overlap(s, by)) {
                out.add(s);
                continue;
            }
            if (s.start().isBefore(by.start())) {
                keepIfInRun(out, new ScheduledShock(s.start(), s.monthInForce(by.start()), s.shock()), start, end);
            }
            if (by.last().isBefore(s.last()) && by.months() < ScheduledShock.UNTIL_END) {
                YearMonth after = by.last().plusMonths(1);
                int months = s.months() >= ScheduledShock.UNTIL_END ? ScheduledShock.UNTIL_END
                        : s.months() - s.monthInForce(after);
                keepIfInRun(out, new ScheduledShock(after, months, s.shock()), start, end);
            }
        }
        return out;
    }

    private static void keepIfInRun(List<ScheduledShock> out, ScheduledShock part, YearMonth start, YearMonth end) {
        if (!part.last().isBefore(start) && !part.start().isAfter(end)) {
            out.add(part);
        }
    }

    private static boolean overlap(ScheduledShock a, ScheduledShock b) {
        return !a.start().isAfter(b.last()) && !b.start().isAfter(a.last());
    }

    private static String span(ScheduledShock s) {
        return "from " + s.start() + (s.months() >= ScheduledShock.UNTIL_END ? " to the end of the run"
                : " to " + s.last());
    }

    /**
     * Where two conflicting shocks both act, as the message names it: "for the same destination", or, for transfer
     * fees, the corridors (one fee may be for every corridor, and then it conflicts with any other).
     */
    private static String where(Shock earlier, Shock later) {
        if (earlier instanceof TransferFeeChange a && later instanceof TransferFeeChange b) {
            if (a.destination() == null && b.destination() == null) {
                return "for every corridor";
            }
            if (a.destination() == null || b.destination() == null) {
                TransferFeeChange one = a.destination() == null ? b : a;
                return "(one for every corridor, which includes the " + one.destination().label() + " corridor of "
                        + "the other)";
            }
            return "for the same corridor";
        }
        return "for the same " + (later instanceof ExchangeRatePath ? "currency" : "destination");
    }
}
