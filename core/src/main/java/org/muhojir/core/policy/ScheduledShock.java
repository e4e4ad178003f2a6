package org.muhojir.core.policy;

import java.time.YearMonth;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.InvalidValuesException;
import org.muhojir.core.param.Param;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;

/**
 * A shock with its dates: in force from {@code start} for {@code months} months.
 *
 * @param start  the first month in force
 * @param months how many months it lasts (at least 1); {@link #UNTIL_END} for the rest of the run
 * @param shock  what changes
 */
public record ScheduledShock(
        @Param(doc = "First month in force, \"YYYY-MM\".")
        YearMonth start,
        @Param(doc = "How many months it is in force; " + ScheduledShock.UNTIL_END + " (UNTIL_END) for the rest of the "
                + "run.", unit = "months", min = 1, max = ScheduledShock.UNTIL_END)
        int months,
        @Param(doc = "What changes.")
        Shock shock) implements java.io.Serializable {
    /** Refuses a missing start or shock and months out of range (the shock's own rules wait for the scenario). */
    public ScheduledShock {
        Problems p = new Problems();
        checkDates(p, FieldPath.ROOT, start, months);
        p.present(FieldPath.of("shock"), shock);
        if (!p.isEmpty()) {
            throw new InvalidValuesException("ScheduledShock", p.list());
        }
    }

    private static void checkDates(Problems p, FieldPath at, YearMonth start, int months) {
        p.present(at.field("start"), start);
        FieldInfo.of(ScheduledShock.class, "months").check(months, p, at.field("months"));
    }

    /** A duration that lasts to the end of any run. */
    public static final int UNTIL_END = 100_000;

    /** Whether the shock is in force in {@code m}. */
    public boolean inForce(YearMonth m) {
        return !m.isBefore(start) && monthInForce(m) < months;
    }

    /** Whether the shock is in force in some month from {@code first} to {@code last} (inclusive). */
    public boolean inForceWithin(YearMonth first, YearMonth last) {
        return !start.isAfter(last) && !last().isBefore(first);
    }

    /** Months since the start (0 in the first month). */
    public int monthInForce(YearMonth m) {
        return (int) (m.getYear() * 12L + m.getMonthValue() - (start.getYear() * 12L + start.getMonthValue()));
    }

    /** The last month in force; December 9999 for a shock that lasts to the end of any run. */
    public YearMonth last() {
        return months >= UNTIL_END ? YearMonth.of(9999, 12) : start.plusMonths(months - 1L);
    }

    /**
     * Validates dates and the shock itself. The shock's fields are reported under {@code at} itself (as a file
     * writes them: {@code shocks[0].raidMultiplier}), not under {@code at.shock}.
     */
    public void validate(Problems p, FieldPath at) {
        checkDates(p, at, start, months);
        if (p.present(at.field("shock"), shock)) {
            shock.validate(p, at);
            if (shock instanceof SkillsProgramme && months >= UNTIL_END) {
                p.add(new Problem(at.field("months"), "a skills programme needs a finite duration: its share is "
                        + "reached by the end of it", "add \"months\" (how many) or \"end\" (its last month) to the "
                        + "shock", null));
            }
        }
    }
}
