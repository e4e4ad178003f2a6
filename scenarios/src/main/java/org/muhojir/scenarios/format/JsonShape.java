package org.muhojir.scenarios.format;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The shape of one value in a scenario file: what JSON it must be and which Java value it becomes. The whole format
 * is a tree of these ({@link ScenarioFormat#SCENARIO}), derived from the core records, so the loader, the JSON
 * Schema and the reference documentation all follow the core model field by field.
 */
public sealed interface JsonShape {

    /** Words for "expected ..." in messages, for example "a number" or "a month such as \"2024-04\"". */
    String expected();

    /** A number; {@code whole} for Java {@code int}. */
    record Number(boolean whole) implements JsonShape {
        @Override
        public String expected() {
            return whole ? "a whole number" : "a number";
        }
    }

    /** true or false. */
    record Bool() implements JsonShape {
        @Override
        public String expected() {
            return "true or false";
        }
    }

    /** Free text. */
    record Text() implements JsonShape {
        @Override
        public String expected() {
            return "a string";
        }
    }

    /** A calendar month written "YYYY-MM". */
    record Month() implements JsonShape {
        @Override
        public String expected() {
            return "a month such as \"2024-04\"";
        }
    }

    /**
     * One of a fixed set of names.
     *
     * @param what   what the names are, for messages ("destination")
     * @param values name to Java value, in documentation order
     * @param name   Java value to name
     */
    record Choice(String what, Map<String, Object> values, Function<Object, String> name, Map<String, String> refused)
            implements JsonShape {
        public Choice {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
            refused = Map.copyOf(refused);
        }

        /** A choice with no names refused for a reason of their own. */
        public Choice(String what, Map<String, Object> values, Function<Object, String> name) {
            this(what, values, name, Map.of());
        }

        public List<String> names() {
            return List.copyOf(values.keySet());
        }

        @Override
        public String expected() {
            return a(what) + ": one of " + String.join(", ", names());
        }
    }

    /**
     * Numbers keyed by name (for example by region), becoming a Java list in key order. Files may give some keys
     * only; the others keep the values of the scenario extended.
     *
     * @param what  what the keys are ("region")
     * @param keys  the keys, in list order
     */
    record Keyed(String what, List<String> keys) implements JsonShape {
        @Override
        public String expected() {
            return "an object with a number for each " + what + " (" + String.join(", ", keys) + ")";
        }
    }

    /**
     * A fixed-length array of numbers.
     *
     * @param length how many numbers
     * @param what   what each position is ("calendar month, January first")
     */
    record Numbers(int length, String what) implements JsonShape {
        @Override
        public String expected() {
            return "an array of " + length + " numbers, one per " + what;
        }
    }

    /**
     * A monthly step series: a number (the same every month) or {"YYYY-MM": number, ...}; a {@code recorded} one
     * (an index or exchange rate) with every month from its first to its last.
     */
    record Series(boolean recorded) implements JsonShape {
        @Override
        public String expected() {
            return recorded ? "a number, or an object of consecutive months and numbers such as {\"2024-01\": 90.0, "
                    + "\"2024-02\": 91.5}"
                    : "a number, or an object of months and numbers such as {\"2024-01\": 90.0, \"2025-01\": 100.0}";
        }
    }

    /** An array of names from a {@link Choice}, at least one. */
    record ChoiceList(Choice element) implements JsonShape {
        @Override
        public String expected() {
            return "an array of " + element.what() + " names (" + String.join(", ", element.names()) + ")";
        }
    }

    /**
     * An object mapping onto a Java record, field by field (components in order).
     *
     * @param type   the record class
     * @param fields the fields in component order
     */
    record Rec(Class<? extends Record> type, List<FieldSpec> fields) implements JsonShape {
        public Rec {
            fields = List.copyOf(fields);
        }

        public FieldSpec field(String name) {
            for (FieldSpec f : fields) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            return null;
        }

        /** Fields a file may write (not the implicit ones). */
        public List<String> names() {
            return fields.stream().filter(f -> !f.implicit()).map(FieldSpec::name).toList();
        }

        @Override
        public String expected() {
            return "an object";
        }
    }

    /** Destinations by name, each a partial {@code DestinationSpec}. */
    record Destinations(Choice keys, Rec value) implements JsonShape {
        @Override
        public String expected() {
            return "an object keyed by destination (" + String.join(", ", keys.names()) + ")";
        }
    }

    /** Dated shocks, each {"type": ..., "start": ..., "months": ..., fields of the type}. */
    record Shocks(Map<String, Rec> types) implements JsonShape {
        public Shocks {
            types = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(types));
        }

        @Override
        public String expected() {
            return "an array of shocks";
        }
    }

    /**
     * The world's dated events by name, each an array of shocks ({@code {"russia-crackdown-2024": [{...}, ...]}});
     * a file that extends another replaces an event's array whole, and [] leaves the event out.
     */
    record Events(Shocks shocks) implements JsonShape {
        @Override
        public String expected() {
            return "an object of events by name, each an array of shocks such as {\"russia-crackdown-2024\": "
                    + "[{\"type\": \"raidWave\", ...}]} ([] leaves an event out)";
        }
    }

    /** {@code noun} with its indefinite article: "a currency", "an entry route". */
    static String a(String noun) {
        return (noun.matches("(?i)^[aeio].*") ? "an " : "a ") + noun;
    }
}
