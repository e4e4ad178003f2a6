package org.muhojir.scenarios.catalogue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.muhojir.core.calibration.Scenarios2013;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.format.TreeWriter;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonWriter;
import org.muhojir.scenarios.json.Source;

/**
 * The bundled {@code baseline-2013.json}, generated from its one source, the core's {@link Scenarios2013#baseline()}
 * (whose fields say where each value comes from): the file extends {@code baseline} (the core's
 * {@link TajikistanDefaults#baseline()}) and gives exactly the values that differ from it, so loading the file gives
 * the core's scenario. A test fails when the bundled file is not exactly {@link #text()}.
 */
public final class Baseline2013File {
    /** The file's name in {@code scenarios/catalogue/}. */
    public static final String FILE_NAME = "baseline-2013.json";
    private static final Source HERE = Source.builtIn("generated " + FILE_NAME, "$");

    private Baseline2013File() {
    }

    /** The file's text, exactly as bundled. */
    public static String text() {
        Scenario s = Scenarios2013.baseline();
        Json.Obj changed = changed(TreeWriter.scenario(TajikistanDefaults.baseline(), "baseline"),
                TreeWriter.scenario(s, FILE_NAME), fieldsOf(ScenarioFormat.SCENARIO));
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        put(fields, "$schema", new Json.Str(HERE, "../schema/muhojir-scenario.schema.json"));
        put(fields, "schemaVersion", new Json.Num(HERE, BigDecimal.valueOf(ScenarioFormat.SCHEMA_VERSION)));
        put(fields, "extends", new Json.Str(HERE, "baseline"));
        put(fields, "name", new Json.Str(HERE, s.name()));
        put(fields, "description", new Json.Str(HERE, s.description()));
        changed.fields().forEach(fields::putIfAbsent);
        return JsonWriter.write(new Json.Obj(HERE, fields));
    }

    /**
     * The fields of {@code other} that differ from {@code base}: records, destinations and keyed numbers field by
     * field (as the loader merges them), anything else whole.
     */
    private static Json.Obj changed(Json.Obj base, Json.Obj other, Function<String, JsonShape> specs) {
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        for (Json.Field f : other.fields().values()) {
            Json before = base.get(f.name());
            if (before != null && JsonWriter.write(before).equals(JsonWriter.write(f.value()))) {
                continue;
            }
            JsonShape spec = specs.apply(f.name());
            Function<String, JsonShape> inner = spec == null ? null : fieldsOf(spec);
            boolean mergedByField = before instanceof Json.Obj && f.value() instanceof Json.Obj && inner != null;
            fields.put(f.name(), mergedByField ? new Json.Field(f.name(), HERE,
                    changed((Json.Obj) before, (Json.Obj) f.value(), inner)) : f);
        }
        return new Json.Obj(HERE, fields);
    }

    /**
     * The shapes of an object's fields when the loader merges objects of this shape field by field, or null when it
     * replaces them whole.
     */
    private static Function<String, JsonShape> fieldsOf(JsonShape spec) {
        if (spec instanceof JsonShape.Rec r) {
            return name -> {
                FieldSpec f = r.field(name);
                return f == null ? null : f.shape();
            };
        } else if (spec instanceof JsonShape.Destinations d) {
            return name -> d.value();
        } else if (spec instanceof JsonShape.Keyed) {
            return name -> new JsonShape.Number(false);
        }
        return null;
    }

    private static void put(Map<String, Json.Field> fields, String name, Json value) {
        fields.put(name, new Json.Field(name, HERE, value));
    }
}
