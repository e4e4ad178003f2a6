package org.muhojir.scenarios.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.json.Json;

/**
 * Lays a file's values over the scenario it extends: objects merge field by field (so a file gives only what
 * differs), keyed numbers merge key by key, shocks are appended after the parent's, the world's events merge event
 * by event (an event's shocks replaced whole), and anything else (numbers, arrays, monthly series) is replaced
 * whole. Every value keeps the source it came from.
 */
final class Merger {
    private Merger() {
    }

    /** The scenario {@code parent} with the file {@code child}'s values laid over it. */
    static Json.Obj scenario(Json.Obj parent, Json.Obj child, JsonShape.Rec spec) {
        return (Json.Obj) merge(parent, child, spec);
    }

    static Json merge(Json parent, Json child, JsonShape spec) {
        if (child == null) {
            return parent;
        }
        if (parent == null) {
            return child;
        }
        if (spec instanceof JsonShape.Shocks) {
            List<Json> all = new ArrayList<>(((Json.Arr) parent).items());
            all.addAll(((Json.Arr) child).items());
            return new Json.Arr(child.source(), all);
        }
        if (!(parent instanceof Json.Obj p) || !(child instanceof Json.Obj c)) {
            return child;
        }
        if (spec instanceof JsonShape.Rec r) {
            return objects(p, c, name -> {
                FieldSpec f = r.field(name);
                return f == null ? null : f.shape();
            });
        } else if (spec instanceof JsonShape.Destinations d) {
            return objects(p, c, name -> d.value());
        } else if (spec instanceof JsonShape.Keyed) {
            return objects(p, c, name -> new JsonShape.Number(false));
        } else if (spec instanceof JsonShape.Events) {
            return objects(p, c, name -> null); // an event's shocks are replaced whole
        }
        return child;
    }

    private static Json.Obj objects(Json.Obj parent, Json.Obj child, java.util.function.Function<String, JsonShape> specs) {
        Map<String, Json.Field> fields = new LinkedHashMap<>(parent.fields());
        for (Json.Field f : child.fields().values()) {
            Json.Field before = fields.get(f.name());
            Json merged = before == null ? f.value() : merge(before.value(), f.value(), specs.apply(f.name()));
            fields.put(f.name(), new Json.Field(f.name(), f.nameSource(), merged));
        }
        return new Json.Obj(child.source(), fields);
    }
}
