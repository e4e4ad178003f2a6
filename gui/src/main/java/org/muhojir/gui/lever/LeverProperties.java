package org.muhojir.gui.lever;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.function.Consumer;
import sim.util.Interval;
import sim.util.SimpleProperties;

/**
 * The {@link Levers} as MASON's inspector sees them (their get, set, dom and name methods), reading what a student
 * types into a lever's field itself. MASON's own reading prints a stack trace for text that is not a number and
 * reads "1e9" as 1 (its number format stops at the "e"); here text that is not a number (or not a whole number, for a
 * quota) leaves the lever as it was, and a number beyond the lever's range is set to the range's nearer end, as the
 * slider would. Either way the student is told, in {@code say}, what was typed, what the lever holds now and what
 * it takes; an entry taken as typed that changes the lever clears the message.
 */
final class LeverProperties extends SimpleProperties {
    private static final long serialVersionUID = 1L;

    private final transient Consumer<String> say;

    /**
     * @param levers the levers
     * @param say    takes what was wrong with the last entry, or "" when it was taken as typed
     */
    LeverProperties(Levers levers, Consumer<String> say) {
        super(levers, true, false, true); // as MASON's Properties.getProperties(levers)
        this.say = say;
    }

    /** @return the lever's value after the entry, or null (MASON then beeps and shows the value unchanged) */
    @Override
    public Object setValue(int index, String text) {
        Class<?> type = getType(index);
        boolean whole = type == Integer.TYPE;
        if ((!whole && type != Double.TYPE) || !(getDomain(index) instanceof Interval range)) {
            return super.setValue(index, text);
        }
        String typed = text.strip();
        double x = number(typed);
        double min = range.getMin().doubleValue();
        double max = range.getMax().doubleValue();
        String takes = (whole ? "a whole number" : "a number") + " from " + plain(min) + " to " + plain(max);
        if (!Double.isFinite(x) || whole && x != Math.rint(x)) {
            say.accept("\"" + typed + "\" is not " + (whole ? "a whole number" : "a number") + ": " + getName(index)
                    + " stays at " + betterToString(getValue(index)) + ". Type " + takes + ".");
            return null;
        }
        double set = Math.max(min, Math.min(max, x));
        Object before = getValue(index);
        Object now = setValue(index, whole ? (Object) (int) set : (Object) set);
        if (set != x) {
            say.accept(getName(index) + ": " + typed + " is " + (x < min ? "below the least" : "above the most")
                    + " it takes, so it is set to " + plain(set) + ". It takes " + takes + ".");
        } else if (!before.equals(now)) {
            say.accept(""); // a new value taken as typed; not the slider echoing what it shows, which keeps the message
        }
        return now;
    }

    /**
     * {@code typed} as a number, or NaN if it is none: as Java writes one ("2.5e3"), or whole in the default locale's
     * format, in which MASON's slider writes the value it sends ("0,25" in Russian, "10,000" in English).
     */
    private static double number(String typed) {
        try {
            return Double.parseDouble(typed);
        } catch (NumberFormatException e) {
            ParsePosition at = new ParsePosition(0);
            Number n = NumberFormat.getInstance().parse(typed, at);
            return n != null && at.getIndex() == typed.length() ? n.doubleValue() : Double.NaN;
        }
    }

    /** {@code x} as written, without a trailing ".0": 10000, 0.5. */
    private static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
