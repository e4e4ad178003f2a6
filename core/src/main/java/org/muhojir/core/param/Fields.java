package org.muhojir.core.param;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * Validates scenario records against the {@link Param} of each field: presence, legal ranges (of numbers, list
 * elements and monthly series points), list lengths and list totals; then nested records, then each record's own
 * {@link RecordRules}. Lists of records (destinations, shocks) are left to the record that holds them.
 */
public final class Fields {
    /**
     * How far shares may sum from 1: shares copied with four decimals (the reference's defaults) sum to 0.9999 or
     * 1.0001; the model draws from them in proportion to each (PopulationGenerator.cumulative).
     */
    private static final double SUM_TOLERANCE = 1e-3;
    private static final double MEAN_TOLERANCE = 1e-3;

    private Fields() {
    }

    /** Adds every problem of {@code r}, a record whose components carry {@link Param}, under {@code at}. */
    public static void validate(Record r, Problems p, FieldPath at) {
        @SuppressWarnings("unchecked")
        Class<? extends Record> type = (Class<? extends Record>) r.getClass();
        List<FieldInfo> fields = FieldInfo.of(type);
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).value(r);
        }
        validate(type, values, p, at);
        if (r instanceof RecordRules rules) {
            rules.checkRules(p, at);
        }
    }

    /**
     * Checks the component values of a record of {@code type} that is being built (from its compact constructor,
     * before it exists), field by field; the caller checks its own cross-field rules.
     */
    public static void validate(Class<? extends Record> type, Object[] values, Problems p, FieldPath at) {
        List<FieldInfo> fields = FieldInfo.of(type);
        for (int i = 0; i < fields.size(); i++) {
            field(fields.get(i), values[i], p, at.field(fields.get(i).name()));
        }
    }

    /**
     * For a record's compact constructor: checks the component values of a record of {@code type} against their
     * {@link Param}s (the same rules as {@link #validate}), so that a bad argument is refused where it is given.
     *
     * @throws InvalidValuesException naming each wrong argument and why
     */
    public static void requireValid(Class<? extends Record> type, Object... values) {
        Problems p = new Problems();
        validate(type, values, p, FieldPath.ROOT);
        if (!p.isEmpty()) {
            throw new InvalidValuesException(type.getSimpleName(), p.list());
        }
    }

    private static void field(FieldInfo f, Object v, Problems p, FieldPath path) {
        Type t = f.type();
        if (t == boolean.class) {
            return; // true and false are both legal
        }
        if (t == double.class || t == int.class) {
            f.check(((Number) v).doubleValue(), p, path);
        } else if (v == null) {
            if (!f.param().optional()) {
                p.add(path, "is required");
            }
        } else if (v instanceof MonthlySeries s) {
            series(f, s, p, path);
        } else if (v instanceof List<?> list) {
            list(f, list, p, path);
        } else if (v instanceof Record nested) {
            validate(nested, p, path);
        }
    }

    private static void series(FieldInfo f, MonthlySeries s, Problems p, FieldPath path) {
        double smallest = s.min();
        double largest = s.points().values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (!f.allows(smallest)) {
            p.add(path, "every value must be " + f.requirement() + ", smallest was " + Numbers.format(smallest));
        } else if (!f.allows(largest)) {
            p.add(path, "every value must be " + f.requirement() + ", largest was " + Numbers.format(largest));
        }
    }

    private static void list(FieldInfo f, List<?> list, Problems p, FieldPath path) {
        Type element = f.elementType();
        if (element != Double.class) {
            if (!(element instanceof Class<?> c && c.isRecord())) {
                for (int i = 0; i < list.size(); i++) {
                    p.present(path.item(i), list.get(i));
                }
            }
            return;
        }
        int length = f.param().by().length();
        if (length > 0 && list.size() != length) {
            p.add(path, "needs " + length + " values, had " + list.size());
            return;
        }
        if (list.stream().anyMatch(Objects::isNull)) {
            p.add(path, "has an empty value");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            f.check((Double) list.get(i), p, path.item(i));
        }
        total(f.param().total(), list, p, path);
    }

    private static void total(Total rule, List<?> list, Problems p, FieldPath path) {
        double sum = list.stream().mapToDouble(x -> (Double) x).sum();
        if (rule == Total.SUM_ONE && Math.abs(sum - 1) > SUM_TOLERANCE) {
            p.add(path, "shares must sum to 1 (within " + Numbers.format(SUM_TOLERANCE) + "), summed to "
                    + new java.math.BigDecimal(sum).round(new java.math.MathContext(6)).stripTrailingZeros()
                    .toPlainString());
        } else if (rule == Total.MEAN_ONE && Math.abs(sum / list.size() - 1) > MEAN_TOLERANCE) {
            p.add(path, "monthly weights must average 1, averaged " + sum / list.size());
        }
    }
}
