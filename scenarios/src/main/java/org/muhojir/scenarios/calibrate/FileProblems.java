package org.muhojir.scenarios.calibrate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonReader;
import org.muhojir.scenarios.load.ReaderMessages;
import org.muhojir.scenarios.load.Suggest;

/**
 * Reads the fields of a small JSON file strictly, collecting every problem (with line, column and JSON path)
 * instead of stopping at the first: unknown fields get a "did you mean", missing or mistyped values say what was
 * expected.
 */
final class FileProblems {
    private final List<String> problems = new ArrayList<>();

    /**
     * The top object of a small JSON file, with only the fields in {@code known}; syntax errors and unknown fields
     * are collected here.
     *
     * @param what what the file is, for a message ("a targets file")
     * @throws CalibrationFileException if the text is not JSON or not an object
     */
    Json.Obj top(String shownAs, String text, String what, List<String> known) throws CalibrationFileException {
        JsonReader.Result read = JsonReader.read(shownAs, text);
        read.problems().forEach(x -> problems.add(x.source() + ": " + ReaderMessages.plainSyntax(x.message(), text,
                x.source().line(), x.source().column())));
        Json.Obj top = read.tree() == null ? null : object(read.tree(), what);
        if (top == null) {
            throw new CalibrationFileException(shownAs, problems);
        }
        onlyKnown(top, known);
        return top;
    }

    List<String> all() {
        return problems;
    }

    void add(Json at, String message) {
        problems.add(at.source() + ": " + at.source().path() + ": " + message);
    }

    /** Reports every field of {@code o} not in {@code known}. */
    void onlyKnown(Json.Obj o, Collection<String> known) {
        for (Json.Field f : o.fields().values()) {
            if (!known.contains(f.name())) {
                problems.add(f.nameSource() + ": " + f.value().source().path() + ": unknown field \"" + f.name()
                        + "\"." + Suggest.didYouMean(f.name(), known) + " Expected: " + String.join(", ", known));
            }
        }
    }

    /** The object, or null (with a problem) if it is something else. */
    Json.Obj object(Json v, String what) {
        if (v instanceof Json.Obj o) {
            return o;
        }
        add(v, "expected " + what + " (an object), found " + Json.show(v));
        return null;
    }

    /** A string field; {@code fallback} if absent and optional, null (with a problem) if wrong. */
    String text(Json.Obj o, String name, boolean required, String fallback) {
        Json v = o.get(name);
        if (v == null) {
            return missing(o, name, required, fallback);
        }
        if (v instanceof Json.Str s && !s.value().isBlank()) {
            return s.value();
        }
        add(v, "\"" + name + "\" must be a non-empty string, found " + Json.show(v));
        return null;
    }

    /** A finite number field; {@code fallback} if absent and optional, NaN (with a problem) if wrong. */
    double number(Json.Obj o, String name, boolean required, double fallback) {
        Json v = o.get(name);
        if (v == null) {
            Double d = missing(o, name, required, fallback);
            return d == null ? Double.NaN : d;
        }
        if (v instanceof Json.Num n) {
            double d = n.value().doubleValue();
            if (Double.isFinite(d)) {
                return d;
            }
            add(v, "\"" + name + "\" is too large a number (" + Json.show(v) + "): write one of ordinary size, at "
                    + "most about 1.8e308 either way");
            return Double.NaN;
        }
        add(v, "\"" + name + "\" must be a number, found " + Json.show(v));
        return Double.NaN;
    }

    /** A whole-number field at least {@code min}; {@code fallback} if absent and optional. */
    long whole(Json.Obj o, String name, boolean required, long fallback, long min) {
        return whole(o, name, required, fallback, min, Long.MAX_VALUE);
    }

    /** A whole-number field from {@code min} to {@code max}; {@code fallback} if absent and optional. */
    long whole(Json.Obj o, String name, boolean required, long fallback, long min, long max) {
        Json v = o.get(name);
        if (v == null) {
            Long d = missing(o, name, required, fallback);
            return d == null ? min : d;
        }
        if (v instanceof Json.Num n && n.isWhole() && n.value().compareTo(java.math.BigDecimal.valueOf(min)) >= 0
                && n.value().compareTo(java.math.BigDecimal.valueOf(max)) <= 0) {
            return n.value().longValueExact();
        }
        add(v, "\"" + name + "\" must be a whole number " + (max == Long.MAX_VALUE ? "of at least " + min
                : String.format(java.util.Locale.ROOT, "from %,d to %,d", min, max)) + ", found " + Json.show(v));
        return min;
    }

    private <T> T missing(Json.Obj o, String name, boolean required, T fallback) {
        if (required) {
            add(o, "\"" + name + "\" is required");
            return null;
        }
        return fallback;
    }
}
