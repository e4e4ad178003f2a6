package org.muhojir.core.param;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One field of a scenario record with its {@link Param} metadata, read from the record component: the single place
 * that says what the field means, its unit, its legal and plausible ranges and where its default comes from.
 *
 * @param owner     the record class
 * @param component the record component
 * @param param     its metadata
 */
public record FieldInfo(Class<? extends Record> owner, RecordComponent component, Param param) {
    /**
     * The unit of a factor on an exchange rate stated as units of a currency per US dollar, where a currency that
     * falls is a factor above 1: hints for it say so, as "a 30% fall" read as a factor gives the opposite shock.
     */
    public static final String RATE_FACTOR = "factor on units of the currency per US dollar";

    private static final ClassValue<List<FieldInfo>> FIELDS = new ClassValue<>() {
        @Override
        @SuppressWarnings("unchecked")
        protected List<FieldInfo> computeValue(Class<?> type) {
            List<FieldInfo> out = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Param p = c.getAnnotation(Param.class);
                if (p == null) {
                    throw new IllegalStateException(type.getSimpleName() + "." + c.getName()
                            + " has no @Param: every field of a scenario record says what it is");
                }
                out.add(new FieldInfo((Class<? extends Record>) type, c, p));
            }
            return List.copyOf(out);
        }
    };

    /** Every field of {@code type}, in component order. */
    public static List<FieldInfo> of(Class<? extends Record> type) {
        return FIELDS.get(type);
    }

    /** The field {@code name} of {@code type}. */
    public static FieldInfo of(Class<? extends Record> type, String name) {
        return of(type).stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(
                () -> new IllegalArgumentException(type.getSimpleName() + " has no field " + name));
    }

    /** The component's name, as in files and paths. */
    public String name() {
        return component.getName();
    }

    /** {@code Owner.name}, for example {@code Entry.examPassRate}. */
    public String key() {
        return owner.getSimpleName() + "." + name();
    }

    /** The declared Java type, with type arguments. */
    public Type type() {
        return component.getGenericType();
    }

    /** For a {@code List<E>} field, E; otherwise null. */
    public Type elementType() {
        return type() instanceof ParameterizedType p && p.getRawType() == List.class
                ? p.getActualTypeArguments()[0] : null;
    }

    /** What the field means. */
    public String doc() {
        return param.doc();
    }

    /** Its unit, or empty. */
    public String unit() {
        return param.unit();
    }

    /** Smallest legal value. */
    public double min() {
        return param.min();
    }

    /** Largest legal value. */
    public double max() {
        return param.max();
    }

    /** Whether the smallest legal value is excluded. */
    public boolean minExclusive() {
        return param.minExclusive();
    }

    /** The plausible range {min, max}: the declared one, or else the legal range. */
    public double[] plausibleRange() {
        double lo = Double.isNaN(param.plausibleMin()) ? param.min() : param.plausibleMin();
        double hi = Double.isNaN(param.plausibleMax()) ? param.max() : param.plausibleMax();
        return new double[] {lo, hi};
    }

    /** Whether a plausible range narrower than the legal one is declared. */
    public boolean hasPlausibleRange() {
        return !Double.isNaN(param.plausibleMin()) || !Double.isNaN(param.plausibleMax());
    }

    /** The field's value in {@code r}. */
    public Object value(Record r) {
        try {
            return component.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + key(), e);
        }
    }

    /** Every statement of where the default comes from, in order. */
    public List<Source> sources() {
        return Arrays.stream(param.source()).map(Source::parse).toList();
    }

    /**
     * Where the default of destination {@code label} comes from (or of the field, for an empty label): the
     * statements scoped to it if there are any, else the unscoped ones, else "assumption".
     */
    public List<Source> sourcesFor(String label) {
        List<Source> scoped = sources().stream().filter(s -> !s.scope().isEmpty() && s.scope().equals(label))
                .toList();
        if (!scoped.isEmpty()) {
            return scoped;
        }
        List<Source> general = sources().stream().filter(s -> s.scope().isEmpty()).toList();
        return general.isEmpty() ? List.of(Source.unstated()) : general;
    }

    /** The legal range in words, such as "0 to 1", "more than 0", "0 or more", or empty for none. */
    public String rangeText() {
        boolean low = param.min() != Double.NEGATIVE_INFINITY;
        boolean high = param.max() != Double.POSITIVE_INFINITY;
        String min = Numbers.format(param.min());
        String max = Numbers.format(param.max());
        if (low && param.minExclusive()) {
            return high ? "more than " + min + ", at most " + max : "more than " + min;
        } else if (low) {
            return high ? min + " to " + max : min + " or more";
        }
        return high ? "at most " + max : "";
    }

    /** Whether {@code v} is finite and within the legal range. */
    public boolean allows(double v) {
        boolean aboveMin = param.minExclusive() ? v > param.min() : v >= param.min();
        return Double.isFinite(v) && aboveMin && v <= param.max();
    }

    /** Adds a problem at {@code path} unless {@code v} is legal. */
    public void check(double v, Problems p, FieldPath path) {
        if (!allows(v)) {
            p.add(path, "must be " + requirement() + ", was " + Numbers.format(v));
        }
    }

    /** {@code x} to 9 decimals, so that a hint shows 0.07 rather than 0.06999999999999995. */
    private static double rounded(double x) {
        return Math.round(x * 1e9) / 1e9;
    }

    /**
     * Adds a warning at {@code path} if {@code v} is outside the declared plausible range, with a hint that reads the
     * unit (a factor of 100 meant as "+100%" is the common slip), or if the field is in per cent and {@code v} is
     * between -1 and 1 but not 0 (0.03 meant as 3%, as shares are written); returns whether it did.
     */
    public boolean warnIfImplausible(double v, Problems warnings, FieldPath path) {
        if (unit().startsWith("%") && v != 0 && Math.abs(v) < 1) {
            // a field in per cent written as a share (0.03 for 3%), as the shares elsewhere are written
            String pct = Numbers.format(rounded(v * 100));
            warnings.add(new Problem(path, "is " + Numbers.format(v) + ", which here is " + Numbers.format(v)
                    + unit() + ": this field is in per cent, unlike the shares elsewhere", "for " + pct + unit()
                    + " write " + pct, null));
            return true;
        }
        if (!hasPlausibleRange() || !Double.isFinite(v)) {
            return false;
        }
        double[] r = plausibleRange();
        if (v >= r[0] && v <= r[1]) {
            return false;
        }
        warnings.add(new Problem(path, "is " + Numbers.format(v) + ", outside the plausible range " + Numbers.format(
                r[0]) + " to " + Numbers.format(r[1]) + (unit().isEmpty() ? "" : " (" + unit() + ")"),
                implausibleHint(v > r[1]), null));
        return true;
    }

    /** How to read the field's unit, for a value above ({@code high}) or below its plausible range. */
    private String implausibleHint(boolean high) {
        return switch (unit()) {
            case RATE_FACTOR -> "it is a factor on units of the currency per US dollar: a currency that loses 30% of "
                    + "its value is 1 / (1 - 0.3) = 1.4286, one that gains 30% is 1 / 1.3 = 0.7692, and 1 leaves the "
                    + "rate unchanged";
            case "factor" -> "it is a factor, not a percentage: 2 doubles the value (+100%), 1.5 is +50%, 0.8 is "
                    + "-20% and 1 leaves it unchanged";
            case "share", "probability", "probability per month" -> high
                    ? "it is a share, not a percentage: 0.3 is 30%" : "check the value: it is a share, 0.01 is 1%";
            default -> "check the value and its unit";
        };
    }

    /** What a legal value must be, as the end of "must be ...": "a share between 0 and 1", "zero or more". */
    String requirement() {
        double min = param.min();
        double max = param.max();
        boolean high = max != Double.POSITIVE_INFINITY;
        if (min == 0 && max == 1 && !param.minExclusive()) {
            return "a share between 0 and 1";
        } else if (param.minExclusive()) {
            return high ? "more than " + Numbers.format(min) + " and at most " + Numbers.format(max)
                    : "more than " + (min == 0 ? "zero" : Numbers.format(min));
        } else if (min == Double.NEGATIVE_INFINITY) {
            return high ? "at most " + Numbers.format(max) : "a finite number";
        }
        return high ? "between " + Numbers.format(min) + " and " + Numbers.format(max)
                : (min == 0 ? "zero" : Numbers.format(min)) + " or more";
    }
}
