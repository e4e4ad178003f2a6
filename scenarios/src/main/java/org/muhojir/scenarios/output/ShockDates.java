package org.muhojir.scenarios.output;

import org.muhojir.core.policy.ScheduledShock;

/**
 * A scenario's shock with its dates in words, one way for every output that tells a reader: the report
 * ({@code report.html}), {@code summary.json} and {@code muhojir describe}. Months are calendar months
 * ({@code YYYY-MM}); a shock that lasts to the end of the run ({@link ScheduledShock#UNTIL_END}) says so.
 */
public final class ShockDates {
    private static final String TO_THE_END = " to the end";

    private ShockDates() {
    }

    /** Its first month and how long it lasts: "2026-04 for 6 months", "2026-04 for 1 month", "2026-04 to the end". */
    public static String startAndLength(ScheduledShock s) {
        return s.start() + (lastsToTheEnd(s) ? TO_THE_END : " " + forMonths(s.months()));
    }

    /** Its first and last months: "2026-04 to 2026-09", "2026-04" for one month, or "2026-04 to the end". */
    public static String firstToLast(ScheduledShock s) {
        return s.start() + (lastsToTheEnd(s) ? TO_THE_END : s.months() == 1 ? "" : " to " + s.last());
    }

    /** A line for a list of shocks: "{@code when}: what the shock does" ("2026-04 for 6 months: raid wave ..."). */
    public static String line(String when, ScheduledShock s) {
        return when + ": " + s.shock().describe();
    }

    /** How long a shock of {@code months} months lasts: "for 6 months", "for 1 month". */
    public static String forMonths(int months) {
        return "for " + months + " month" + (months == 1 ? "" : "s");
    }

    private static boolean lastsToTheEnd(ScheduledShock s) {
        return s.months() >= ScheduledShock.UNTIL_END;
    }
}
