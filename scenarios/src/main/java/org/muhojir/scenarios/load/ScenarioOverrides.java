package org.muhojir.scenarios.load;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.Source;

/**
 * Writes a scenario as a short file that extends another: only the values in which it differs from its parent,
 * laid out so that the loader's merge rules (objects field by field, keyed numbers key by key, everything else
 * whole, shocks appended) rebuild it exactly. Used for {@code calibrated-scenario.json} and to check that a bundled
 * file expresses a core scenario.
 */
public final class ScenarioOverrides {
    private static final Source AT = Source.builtIn("overrides", "$");

    private ScenarioOverrides() {
    }

    /**
     * A file tree: {@code schemaVersion}, {@code extends: parentRef}, the given name and description, then every
     * value of {@code changed} that differs from {@code parent}, and the shocks {@code changed} adds.
     *
     * @throws IllegalArgumentException if {@code changed} drops or alters one of the parent's shocks (a file can
     *                                  only add shocks)
     */
    public static Json.Obj extending(String parentRef, Scenario parent, Scenario changed, String name,
                                     String description) {
        Json.Obj p = TreeWriter.scenario(parent, "parent");
        Json.Obj c = TreeWriter.scenario(changed, "changed");
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", field("schemaVersion", num(ScenarioFormat.SCHEMA_VERSION)));
        fields.put("extends", field("extends", new Json.Str(AT, parentRef)));
        fields.put("name", field("name", new Json.Str(AT, name)));
        fields.put("description", field("description", new Json.Str(AT, description)));
        for (FieldSpec f : ScenarioFormat.SCENARIO.fields()) {
            if (f.name().equals("name") || f.name().equals("description") || !c.has(f.name())) {
                continue;
            }
            Json d = f.shape() instanceof JsonShape.Shocks ? addedShocks(p.get(f.name()), c.get(f.name()))
                    : difference(p.get(f.name()), c.get(f.name()), f.shape());
            if (d != null) {
                fields.put(f.name(), field(f.name(), d));
            }
        }
        return new Json.Obj(AT, fields);
    }

    /** What {@code child} must say to turn {@code parent} into itself, or null if nothing. */
    static Json difference(Json parent, Json child, JsonShape spec) {
        if (same(parent, child)) {
            return null;
        }
        if (parent instanceof Json.Obj po && child instanceof Json.Obj co && mergesByField(spec)) {
            Map<String, Json.Field> fields = new LinkedHashMap<>();
            for (Json.Field f : co.fields().values()) {
                Json d = difference(po.get(f.name()), f.value(), fieldSpec(spec, f.name()));
                if (d != null) {
                    fields.put(f.name(), field(f.name(), d));
                }
            }
            if (spec instanceof JsonShape.Events) { // an event the child has not: left out
                po.fields().keySet().stream().filter(name -> !co.has(name))
                        .forEach(name -> fields.put(name, field(name, new Json.Arr(AT, List.of()))));
            }
            return fields.isEmpty() ? null : new Json.Obj(AT, fields);
        }
        return child;
    }

    private static boolean mergesByField(JsonShape spec) {
        return spec instanceof JsonShape.Rec || spec instanceof JsonShape.Destinations || spec instanceof JsonShape.Keyed
                || spec instanceof JsonShape.Events;
    }

    private static JsonShape fieldSpec(JsonShape spec, String name) {
        if (spec instanceof JsonShape.Rec r) {
            FieldSpec f = r.field(name);
            return f == null ? new JsonShape.Text() : f.shape();
        } else if (spec instanceof JsonShape.Destinations d) {
            return d.value();
        } else if (spec instanceof JsonShape.Events e) {
            return e.shocks();
        }
        return new JsonShape.Number(false);
    }

    private static Json addedShocks(Json parent, Json child) {
        List<Json> before = parent == null ? List.of() : ((Json.Arr) parent).items();
        List<Json> after = ((Json.Arr) child).items();
        if (after.size() < before.size() || !same(new Json.Arr(AT, before),
                new Json.Arr(AT, after.subList(0, before.size())))) {
            throw new IllegalArgumentException("the scenario does not keep its parent's shocks in order; a file "
                    + "that extends another can only add shocks");
        }
        return after.size() == before.size() ? null : new Json.Arr(AT, after.subList(before.size(), after.size()));
    }

    /** Structural equality, ignoring where values came from; numbers compare by value (1 equals 1.0). */
    static boolean same(Json a, Json b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Json.Num x && b instanceof Json.Num y) {
            return x.value().compareTo(y.value()) == 0;
        } else if (a instanceof Json.Str x && b instanceof Json.Str y) {
            return x.value().equals(y.value());
        } else if (a instanceof Json.Bool x && b instanceof Json.Bool y) {
            return x.value() == y.value();
        } else if (a instanceof Json.Null && b instanceof Json.Null) {
            return true;
        } else if (a instanceof Json.Arr x && b instanceof Json.Arr y) {
            if (x.items().size() != y.items().size()) {
                return false;
            }
            for (int i = 0; i < x.items().size(); i++) {
                if (!same(x.items().get(i), y.items().get(i))) {
                    return false;
                }
            }
            return true;
        } else if (a instanceof Json.Obj x && b instanceof Json.Obj y) {
            if (!x.fields().keySet().equals(y.fields().keySet())) {
                return false;
            }
            for (String k : x.fields().keySet()) {
                if (!same(x.get(k), y.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static Json.Field field(String name, Json value) {
        return new Json.Field(name, AT, value);
    }

    private static Json num(int i) {
        return new Json.Num(AT, BigDecimal.valueOf(i));
    }
}
