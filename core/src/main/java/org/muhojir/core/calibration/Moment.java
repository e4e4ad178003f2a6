package org.muhojir.core.calibration;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;

/**
 * A named statistic of one calendar year of a run: for example the remittances received in a year, in US dollars,
 * or the share of a year's departures made by the end of May. A calibration target compares one moment with an
 * observed figure; a sensitivity screening reads moments as its outcomes. The catalogue is {@link Moments}.
 *
 * <p>A moment is computed from the twelve monthly outcomes of its year, so the year must be simulated in full:
 * a run from July 2023 has no 2023 moments.
 *
 * @param name      identifier used in target files, snake case, for example {@code remittances_received_usd}
 * @param unit      unit of the value, for example {@code USD per year} or {@code share (0 to 1)}
 * @param statistic the function from the year's twelve monthly outcomes (January first) to the value (for a
 *                  moment over part of a year, {@link #overMonths}, the function is given those months only)
 */
public record Moment(String name, String unit, YearStatistic statistic) {

    /** A statistic of one year's monthly outcomes, given in calendar order, January first; twelve of them. */
    @FunctionalInterface
    public interface YearStatistic {
        /**
         * The statistic, in the moment's unit, of {@code monthsOfYear}: the year's twelve monthly outcomes (or the
         * months of part of it, {@link Moment#overMonths}), in calendar order.
         */
        double of(List<MonthlyOutcome> monthsOfYear);
    }

    /**
     * @throws IllegalArgumentException if the name is blank or the unit or statistic is null
     */
    public Moment {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a moment needs a name");
        }
        if (unit == null || statistic == null) {
            throw new IllegalArgumentException("moment '" + name + "' needs a unit and a statistic");
        }
    }

    /**
     * This moment computed over months {@code first} to {@code last} (1 = January) of a year rather than all
     * twelve: a flow is the sum over those months, a stock or rate their mean. For figures published for part of a
     * year (a quarter, a half, January to September). Named after this one with the months, for example
     * {@code naturalisations_russia_jan_mar}; its unit is this one's without "per year".
     *
     * @throws IllegalArgumentException unless {@code 1 <= first <= last <= 12}
     */
    public Moment overMonths(int first, int last) {
        if (first < 1 || last > 12 || first > last) {
            throw new IllegalArgumentException("moment '" + name + "': months " + first + " to " + last
                    + " are not a span of one year (1 to 12)");
        }
        String span = "_" + MONTH_NAMES[first - 1] + "_" + MONTH_NAMES[last - 1];
        return new Moment(name + span, unit.replace(" per year", "") + " over months " + first + "-" + last,
                monthsOfYear -> statistic.of(monthsOfYear.subList(first - 1, last)));
    }

    private static final String[] MONTH_NAMES = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec"};

    /** The moment in {@code year} of a run. */
    public double value(RunResult run, int year) {
        return value(run.months(), year);
    }

    /**
     * The moment in {@code year} of a list of monthly outcomes (in month order).
     *
     * @throws IllegalArgumentException if the twelve months of the year are not all there
     */
    public double value(List<MonthlyOutcome> months, int year) {
        return statistic.of(monthsOf(months, year, name));
    }

    /** The twelve outcomes of {@code year}, January first; a clear error if any is missing. */
    static List<MonthlyOutcome> monthsOf(List<MonthlyOutcome> months, int year, String what) {
        List<MonthlyOutcome> inYear = new ArrayList<>(12);
        for (MonthlyOutcome m : months) {
            if (m.month().getYear() == year) {
                inYear.add(m);
            }
        }
        inYear.sort((a, b) -> a.month().compareTo(b.month()));
        for (int i = 0; i < 12; i++) {
            YearMonth expected = YearMonth.of(year, i + 1);
            if (inYear.size() <= i || !inYear.get(i).month().equals(expected)) {
                throw new IllegalArgumentException("moment '" + what + "' in " + year
                        + " needs all twelve months of " + year + " simulated; " + expected + " is missing (the run "
                        + "covers " + span(months) + ")");
            }
        }
        if (inYear.size() > 12) {
            throw new IllegalArgumentException("moment '" + what + "' in " + year + ": a month appears twice");
        }
        return inYear;
    }

    private static String span(List<MonthlyOutcome> months) {
        return months.isEmpty() ? "no months"
                : months.get(0).month() + " to " + months.get(months.size() - 1).month();
    }

    @Override
    public String toString() {
        return name + " (" + unit + ")";
    }
}
