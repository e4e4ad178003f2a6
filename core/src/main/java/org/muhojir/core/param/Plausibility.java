package org.muhojir.core.param;

import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Finds values that are legal but probably not what was meant, so that they can be reported as warnings rather than
 * silently simulated: a number outside its field's plausible range ({@link Param#plausibleMin()},
 * {@link Param#plausibleMax()}; a {@code feeMultiplier} of 100 meant as "+100%"), and a dated series whose first
 * point comes after the run starts (its first value then also holds in every earlier month). Walks a record like
 * {@link Fields#validate}: numbers, list elements, series points and nested records; lists of records are left to
 * the record that holds them.
 */
public final class Plausibility {
    private final Problems warnings;
    private final YearMonth runStart;

    private Plausibility(Problems warnings, YearMonth runStart) {
        this.warnings = warnings;
        this.runStart = runStart;
    }

    /**
     * Adds a warning to {@code w} for every implausible value of {@code r}, under {@code at}.
     *
     * @param runStart the run's first month, to find series that start after it; null not to look
     */
    public static void check(Record r, Problems w, FieldPath at, YearMonth runStart) {
        new Plausibility(w, runStart).record(r, at);
    }

    private void record(Record r, FieldPath at) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> type = (Class<? extends Record>) r.getClass();
        for (FieldInfo f : FieldInfo.of(type)) {
            field(f, f.value(r), at.field(f.name()));
        }
    }

    private void field(FieldInfo f, Object v, FieldPath path) {
        Type t = f.type();
        if (t == double.class || t == int.class) {
            f.warnIfImplausible(((Number) v).doubleValue(), warnings, path);
        } else if (v instanceof MonthlySeries s) {
            series(f, s, path);
        } else if (v instanceof List<?> list && f.elementType() == Double.class) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Double d) {
                    f.warnIfImplausible(d, warnings, path.item(i));
                }
            }
        } else if (v instanceof Record nested) {
            record(nested, path);
        }
    }

    private void series(FieldInfo f, MonthlySeries s, FieldPath path) {
        for (Map.Entry<YearMonth, Double> point : s.points().entrySet()) {
            if (f.warnIfImplausible(point.getValue(), warnings, path)) {
                break; // one warning per series is enough to send the reader to it
            }
        }
        YearMonth first = s.points().firstKey();
        if (runStart != null && first.isAfter(runStart)) {
            warnings.add(new Problem(path, "its first month is " + first + ", after the first simulated month ("
                    + runStart + "; a history before the first reported month is simulated too), so its first value ("
                    + Numbers.format(s.points().firstEntry().getValue()) + ") also holds from " + runStart + " to "
                    + first.minusMonths(1), fix(f, first), null));
        }
    }

    /**
     * How to keep the earlier path until {@code first}: a series in a file replaces the default one whole, so a dated
     * series takes the default's points before {@code first} (which may be several: Russia's fee has one a year);
     * a recorded one (every month from its first to its last) a shock from {@code first} instead.
     */
    private String fix(FieldInfo f, YearMonth first) {
        if (f.param().recorded()) {
            return "to keep the recorded path until " + first + ": if the file sets this field, leave it out and add a "
                    + "shock from " + first + " instead (an exchangeRatePath or exchangeRateShock for a rate, a "
                    + "wageShock or labourDemand for an index), or give every month from " + runStart + "; if it "
                    + "does not, the recorded data begin in " + first + ": set \"historyStart\" (or \"start\", "
                    + "without a history) to " + first + " or later";
        }
        return "a series in a file replaces the default one whole: to keep the default's path until " + first
                + ", copy its points before " + first + " (muhojir describe --resolved prints them) into this series; "
                + "a value that changes during the run only under a policy is better written as a shock (for a fee, "
                + "tightenedRules with its feeMultiplier)";
    }
}
