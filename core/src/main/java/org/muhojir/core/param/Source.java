package org.muhojir.core.param;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.muhojir.core.world.Destination;

/**
 * Where a value comes from: one statement of a {@link Param#source()}, or the scenario or run that set it.
 *
 * @param kind     what sort of source
 * @param text     the statement, as written ("data:avg_wage_tajikistan 2022, TJS per month")
 * @param dataKeys the series of the project's copy of the figures ({@code data/}) it names, in order
 * @param scope    the destination the statement is about (its label), or empty for every value of the field
 */
public record Source(Kind kind, String text, List<String> dataKeys, String scope) {
    private static final Pattern DATA_KEY = Pattern.compile("data:([a-z0-9_]+)");

    /** Copies {@code dataKeys} (NullPointerException if it or a key is null). */
    public Source {
        dataKeys = List.copyOf(dataKeys);
    }

    /** What sort of source a value has. */
    public enum Kind {
        /** A figure of the project's copy of the input data, or derived from one. */
        DATA,
        /** A published figure or convention not in the data files. */
        PUBLISHED,
        /** Fitted by simulated method of moments to the calibration targets. */
        CALIBRATED,
        /** No direct source: the modellers' judgement, perhaps tuned by hand towards a target. */
        ASSUMPTION,
        /** Set by the scenario itself (a value that differs from the core default, or a shock). */
        SCENARIO,
        /** A setting of the run rather than an input of the model (name, period, sample). */
        SETTING
    }

    /** Reads one statement of a {@link Param#source()}. */
    public static Source parse(String statement) {
        String scope = "";
        String text = statement.strip();
        for (Destination d : Destination.values()) {
            if (text.startsWith(d.label() + ": ")) {
                scope = d.label();
                text = text.substring(d.label().length() + 2).strip();
            }
        }
        List<String> keys = new ArrayList<>();
        Matcher m = DATA_KEY.matcher(text);
        while (m.find()) {
            keys.add(m.group(1));
        }
        return new Source(kindOf(text), text, keys, scope);
    }

    /** A value the scenario set: {@code text} says how. */
    public static Source scenario(String text) {
        return new Source(Kind.SCENARIO, text, List.of(), "");
    }

    /** The source of a field whose {@link Param#source()} is empty. */
    public static Source unstated() {
        return new Source(Kind.ASSUMPTION, "assumption", List.of(), "");
    }

    private static Kind kindOf(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        if (t.startsWith("data:")) {
            return Kind.DATA;
        } else if (t.startsWith("calibrated")) {
            return Kind.CALIBRATED;
        } else if (t.startsWith("assumption")) {
            return Kind.ASSUMPTION;
        } else if (t.startsWith("setting")) {
            return Kind.SETTING;
        }
        return Kind.PUBLISHED;
    }
}
