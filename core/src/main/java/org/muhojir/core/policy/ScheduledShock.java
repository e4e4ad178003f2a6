package org.muhojir.core.policy;

import java.time.YearMonth;
import org.muhojir.core.scenario.Problems;

/**
 * A shock with its dates: in force from {@code start} for {@code months} months.
 *
 * @param start  the first month in force
 * @param months how many months it lasts (at least 1); {@link #UNTIL_END} for the rest of the run
 * @param shock  what changes
 */
public record ScheduledShock(YearMonth start, int months, Shock shock) implements java.io.Serializable {
    /** A duration that lasts to the end of any run. */
    public static final int UNTIL_END = 100_000;

    /** Whether the shock is in force in {@code m}. */
    public boolean inForce(YearMonth m) {
        return !m.isBefore(start) && monthInForce(m) < months;
    }

    /** Months since the start (0 in the first month). */
    public int monthInForce(YearMonth m) {
        return (int) (m.getYear() * 12L + m.getMonthValue() - (start.getYear() * 12L + start.getMonthValue()));
    }

    /** Validates dates and the shock itself. */
    public void validate(Problems p, String path) {
        p.present(path + ".start", start);
        p.range(path + ".months", months, 1, UNTIL_END);
        if (p.present(path + ".shock", shock)) {
            shock.validate(p, path);
            if (shock instanceof SkillsProgramme && months >= UNTIL_END) {
                p.add(path + ".months", "a skills programme needs a finite duration: its share is reached by the "
                        + "end of it");
            }
        }
    }
}
