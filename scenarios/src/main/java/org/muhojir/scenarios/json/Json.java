package org.muhojir.scenarios.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it came from: the file, line and column of its first character. The loader
 * reads scenario files into these so that every problem can say where it is. Immutable.
 */
public sealed interface Json {

    /** Where this value starts. */
    Source source();

    /** What kind of JSON value this is, in words for error messages ("an object", "a number"). */
    String kind();

    /** An object; its fields keep their order in the file. */
    record Obj(Source source, Map<String, Field> fields) implements Json {
        public Obj {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }

        public Json get(String name) {
            Field f = fields.get(name);
            return f == null ? null : f.value();
        }

        public boolean has(String name) {
            return fields.containsKey(name);
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    /** One field of an object: its name, where the name is, and its value. */
    record Field(String name, Source nameSource, Json value) {
    }

    /** An array. */
    record Arr(Source source, List<Json> items) implements Json {
        public Arr {
            items = List.copyOf(items);
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string. */
    record Str(Source source, String value) implements Json {
        @Override
        public String kind() {
            return "a string";
        }
    }

    /** A number, exactly as written. */
    record Num(Source source, BigDecimal value) implements Json {
        @Override
        public String kind() {
            return "a number";
        }

        /** Whether the number has no fractional part (1 and 1.0 both are whole). */
        public boolean isWhole() {
            return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
        }
    }

    /** true or false. */
    record Bool(Source source, boolean value) implements Json {
        @Override
        public String kind() {
            return "a boolean (true or false)";
        }
    }

    /** null. */
    record Null(Source source) implements Json {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** A short rendering of the value for "found ..." in messages. */
    static String show(Json j) {
        if (j == null) {
            return "nothing";
        } else if (j instanceof Str s) {
            return "\"" + s.value() + "\"";
        } else if (j instanceof Num n) {
            return n.value().toString();
        } else if (j instanceof Bool b) {
            return String.valueOf(b.value());
        }
        return j.kind();
    }
}
