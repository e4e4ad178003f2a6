package org.muhojir.scenarios.format;

import java.util.Map;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.policy.ScheduledShock;

/**
 * Writes the JSON Schema (draft 2020-12) of scenario files from {@link ScenarioFormat}, so the schema that editors
 * use for completion and the loader cannot drift apart. The published copy is
 * {@code scenarios/schema/muhojir-scenario.schema.json}; a test checks that it equals what this class writes.
 * Regenerate it with {@code muhojir schema > scenarios/schema/muhojir-scenario.schema.json}.
 */
public final class SchemaGenerator {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String MONTH_PATTERN = "^[0-9]{4}-(0[1-9]|1[0-2])$";

    private final ObjectNode defs = MAPPER.createObjectNode();

    private SchemaGenerator() {
    }

    /** The schema as a tree. */
    public static ObjectNode schema() {
        return new SchemaGenerator().root();
    }

    /** The schema as text, two-space indented, ending with a newline. */
    public static String text() {
        try {
            DefaultPrettyPrinter p = new DefaultPrettyPrinter().withObjectIndenter(
                    new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(p).writeValueAsString(schema()) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ObjectNode root() {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        s.put("$id", "urn:muhojir:scenario-file:" + ScenarioFormat.SCHEMA_VERSION);
        s.put("title", "Muhojir scenario file");
        s.put("description", "A scenario of the Muhojir model of labour migration from Tajikistan: what differs from "
                + "the scenario it extends (or from the core model's documented defaults). See "
                + "docs/scenario-reference.md.");
        s.put("type", "object");
        ObjectNode props = s.putObject("properties");
        props.set("$schema", described(type("string"), "file.$schema"));
        ObjectNode version = described(type("integer"), "file.schemaVersion");
        version.put("const", ScenarioFormat.SCHEMA_VERSION);
        props.set("schemaVersion", version);
        props.set("extends", described(type("string"), "file.extends"));
        ObjectNode scenario = record(ScenarioFormat.SCENARIO);
        scenario.withObject("/properties").fields().forEachRemaining(e -> props.set(e.getKey(), e.getValue()));
        s.putArray("required").add("schemaVersion");
        s.put("additionalProperties", false);
        defs.set("month", month());
        defs.set("series", series());
        s.set("$defs", defs);
        return s;
    }

    private ObjectNode spec(JsonShape spec) {
        if (spec instanceof JsonShape.Number n) {
            return type(n.whole() ? "integer" : "number");
        } else if (spec instanceof JsonShape.Bool) {
            return type("boolean");
        } else if (spec instanceof JsonShape.Text) {
            return type("string");
        } else if (spec instanceof JsonShape.Month) {
            return ref("month");
        } else if (spec instanceof JsonShape.Choice c) {
            ObjectNode o = type("string");
            ArrayNode e = o.putArray("enum");
            c.names().forEach(e::add);
            return o;
        } else if (spec instanceof JsonShape.Keyed k) {
            ObjectNode o = type("object");
            ObjectNode p = o.putObject("properties");
            k.keys().forEach(key -> p.set(key, type("number")));
            o.put("additionalProperties", false);
            return o;
        } else if (spec instanceof JsonShape.Numbers n) {
            ObjectNode o = type("array");
            o.set("items", type("number"));
            o.put("minItems", n.length());
            o.put("maxItems", n.length());
            return o;
        } else if (spec instanceof JsonShape.Series) {
            return ref("series");
        } else if (spec instanceof JsonShape.ChoiceList c) {
            ObjectNode o = type("array");
            o.set("items", spec(c.element()));
            o.put("minItems", 1);
            return o;
        } else if (spec instanceof JsonShape.Rec r) {
            String name = r.type().getSimpleName();
            if (!defs.has(name)) {
                defs.putObject(name);
                defs.set(name, record(r));
            }
            return ref(name);
        } else if (spec instanceof JsonShape.Destinations d) {
            ObjectNode o = type("object");
            ObjectNode p = o.putObject("properties");
            ObjectNode value = spec(d.value());
            d.keys().names().forEach(key -> p.set(key, value.deepCopy()));
            o.put("additionalProperties", false);
            return o;
        } else if (spec instanceof JsonShape.Events e) {
            ObjectNode o = type("object");
            o.set("additionalProperties", spec(e.shocks()));
            return o;
        } else if (spec instanceof JsonShape.Shocks s) {
            ObjectNode o = type("array");
            ArrayNode oneOf = o.putObject("items").putArray("oneOf");
            for (Map.Entry<String, JsonShape.Rec> t : s.types().entrySet()) {
                String name = "shock." + t.getKey();
                defs.set(name, shock(t.getKey(), t.getValue()));
                oneOf.add(ref(name));
            }
            return o;
        }
        throw new IllegalStateException("no schema for " + spec);
    }

    private ObjectNode record(JsonShape.Rec r) {
        ObjectNode o = type("object");
        ObjectNode p = o.putObject("properties");
        for (FieldSpec f : r.fields()) {
            if (!f.implicit()) {
                p.set(f.name(), describe(field(f), f.doc()));
            }
        }
        o.put("additionalProperties", false);
        return o;
    }

    private ObjectNode shock(String type, JsonShape.Rec r) {
        ObjectNode o = type("object");
        o.put("description", ScenarioFormat.shockDoc(r));
        ObjectNode p = o.putObject("properties");
        ObjectNode t = described(type("string"), "shock.type");
        t.put("const", type);
        p.set("type", t);
        p.set("start", described(ref("month"), "shock.start"));
        ObjectNode months = described(type("integer"), "shock.months");
        months.set("minimum", number(FieldInfo.of(ScheduledShock.class, "months").min()));
        p.set("months", months);
        p.set("end", described(ref("month"), "shock.end"));
        p.set("note", described(type("string"), "shock.note"));
        ArrayNode required = MAPPER.createArrayNode().add("type").add("start");
        for (FieldSpec f : r.fields()) {
            ObjectNode field = describe(field(f), f.doc());
            if (f.defaultValue() != null) {
                field.set("default", MAPPER.valueToTree(f.defaultValue()));
            }
            p.set(f.name(), field);
            if (!f.optional()) {
                required.add(f.name());
            }
        }
        o.set("required", required);
        o.putObject("not").putArray("required").add("months").add("end");
        o.put("additionalProperties", false);
        return o;
    }

    /** A field's schema: its shape's, with the legal range of its numbers from its core metadata. */
    private ObjectNode field(FieldSpec f) {
        JsonShape shape = f.shape();
        if (shape instanceof JsonShape.Number n) {
            return bounded(type(n.whole() ? "integer" : "number"), f);
        } else if (shape instanceof JsonShape.Keyed k) {
            ObjectNode o = type("object");
            ObjectNode p = o.putObject("properties");
            k.keys().forEach(key -> p.set(key, bounded(type("number"), f)));
            o.put("additionalProperties", false);
            return o;
        } else if (shape instanceof JsonShape.Numbers n) {
            ObjectNode o = type("array");
            o.set("items", bounded(type("number"), f));
            o.put("minItems", n.length());
            o.put("maxItems", n.length());
            return o;
        } else if (shape instanceof JsonShape.Series && !f.info().rangeText().isEmpty()) {
            ObjectNode s = series();
            ArrayNode oneOf = (ArrayNode) s.get("oneOf");
            bounded((ObjectNode) oneOf.get(0), f);
            bounded((ObjectNode) oneOf.get(1).get("additionalProperties"), f);
            s.remove("description");
            return s;
        }
        return spec(shape);
    }

    /** {@code o} with minimum (or exclusiveMinimum) and maximum from the field's legal range, where it has them. */
    private static ObjectNode bounded(ObjectNode o, FieldSpec f) {
        double min = f.info().min();
        double max = f.info().max();
        if (min != Double.NEGATIVE_INFINITY) {
            o.set(f.info().minExclusive() ? "exclusiveMinimum" : "minimum", number(min));
        }
        if (max != Double.POSITIVE_INFINITY) {
            o.set("maximum", number(max));
        }
        return o;
    }

    private static com.fasterxml.jackson.databind.JsonNode number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? MAPPER.getNodeFactory().numberNode((long) v)
                : MAPPER.getNodeFactory().numberNode(v);
    }

    private ObjectNode month() {
        ObjectNode m = type("string");
        m.put("description", "A calendar month, \"YYYY-MM\".");
        m.put("pattern", MONTH_PATTERN);
        return m;
    }

    private ObjectNode series() {
        ObjectNode s = MAPPER.createObjectNode();
        s.put("description", "A value by month: a number (the same in every month) or {\"YYYY-MM\": number, ...}, "
                + "each value holding from its month until the next.");
        ArrayNode oneOf = s.putArray("oneOf");
        oneOf.add(type("number"));
        ObjectNode byMonth = type("object");
        byMonth.putObject("propertyNames").put("pattern", MONTH_PATTERN);
        byMonth.set("additionalProperties", type("number"));
        byMonth.put("minProperties", 1);
        oneOf.add(byMonth);
        return s;
    }

    private static ObjectNode type(String t) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("type", t);
        return o;
    }

    private static ObjectNode ref(String def) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("$ref", "#/$defs/" + def);
        return o;
    }

    private static ObjectNode described(ObjectNode o, String docKey) {
        return describe(o, FieldDocs.of(docKey));
    }

    private static ObjectNode describe(ObjectNode o, String doc) {
        if (doc != null) {
            ObjectNode d = MAPPER.createObjectNode();
            d.put("description", doc);
            d.setAll(o);
            return d;
        }
        return o;
    }
}
