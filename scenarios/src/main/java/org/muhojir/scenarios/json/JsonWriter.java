package org.muhojir.scenarios.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Writes a {@link Json} tree as readable JSON: two-space indentation, fields in their order, and arrays of plain
 * values on one line (so a 12-month profile stays one line).
 */
public final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    private JsonWriter() {
    }

    /** The tree as JSON text, ending with a newline. */
    public static String write(Json tree) {
        JsonWriter w = new JsonWriter();
        w.value(tree, 0);
        return w.out.append('\n').toString();
    }

    /** A string as a quoted JSON string literal. */
    public static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    private void value(Json v, int indent) {
        if (v instanceof Json.Obj o) {
            object(o, indent);
        } else if (v instanceof Json.Arr a) {
            array(a, indent);
        } else if (v instanceof Json.Str s) {
            out.append(quote(s.value()));
        } else if (v instanceof Json.Num n) {
            out.append(n.value().toString());
        } else if (v instanceof Json.Bool b) {
            out.append(b.value());
        } else {
            out.append("null");
        }
    }

    private void object(Json.Obj o, int indent) {
        if (o.fields().isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        int i = 0;
        for (Json.Field f : o.fields().values()) {
            pad(indent + 1);
            out.append(quote(f.name())).append(": ");
            value(f.value(), indent + 1);
            out.append(++i < o.fields().size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append('}');
    }

    private void array(Json.Arr a, int indent) {
        boolean flat = a.items().stream().noneMatch(v -> v instanceof Json.Obj || v instanceof Json.Arr);
        if (flat) {
            out.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                value(a.items().get(i), indent);
                out.append(i + 1 < a.items().size() ? ", " : "");
            }
            out.append(']');
            return;
        }
        out.append("[\n");
        for (int i = 0; i < a.items().size(); i++) {
            pad(indent + 1);
            value(a.items().get(i), indent + 1);
            out.append(i + 1 < a.items().size() ? ",\n" : "\n");
        }
        pad(indent);
        out.append(']');
    }

    private void pad(int indent) {
        out.append("  ".repeat(indent));
    }
}
