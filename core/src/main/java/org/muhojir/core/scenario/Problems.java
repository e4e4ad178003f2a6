package org.muhojir.core.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while validating a scenario, each with the path of the field it concerns
 * (for example {@code destinations[Russia].enforcement.deportationShare}), so all are reported at once.
 */
public final class Problems {
    private final List<String> messages = new ArrayList<>();

    /** Records a problem at {@code path}. */
    public void add(String path, String message) {
        messages.add(path + ": " + message);
    }

    /** Requires {@code 0 <= value <= 1}. */
    public void probability(String path, double value) {
        if (!(value >= 0 && value <= 1)) {
            add(path, "must be a share between 0 and 1, was " + value);
        }
    }

    /** Requires {@code value >= 0} (and not NaN). */
    public void nonNegative(String path, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            add(path, "must be zero or more, was " + value);
        }
    }

    /** Requires {@code value > 0} (and finite). */
    public void positive(String path, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            add(path, "must be more than zero, was " + value);
        }
    }

    /** Requires {@code min <= value <= max}. */
    public void range(String path, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            add(path, "must be between " + format(min) + " and " + format(max) + ", was " + format(value));
        }
    }

    /** A number as a person would write it: whole numbers without a decimal point. */
    static String format(double v) {
        return v == Math.rint(v) && !Double.isInfinite(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : Double.toString(v);
    }

    /** Requires a non-null value. */
    public boolean present(String path, Object value) {
        if (value == null) {
            add(path, "is required");
            return false;
        }
        return true;
    }

    /** Requires every value of a monthly series to be more than zero. */
    public void positive(String path, MonthlySeries series) {
        if (present(path, series) && !(series.min() > 0)) {
            add(path, "every value must be more than zero, smallest was " + series.min());
        }
    }

    /** Requires every value of a monthly series to be zero or more. */
    public void nonNegative(String path, MonthlySeries series) {
        if (present(path, series) && !(series.min() >= 0)) {
            add(path, "every value must be zero or more, smallest was " + series.min());
        }
    }

    /** Problems found so far, in the order found. */
    public List<String> messages() {
        return List.copyOf(messages);
    }

    /** Whether no problem was found. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** Throws {@link InvalidScenarioException} listing every problem, if there is any. */
    public void throwIfAny(String what) {
        if (!messages.isEmpty()) {
            throw new InvalidScenarioException(what, messages);
        }
    }
}
