package org.muhojir.scenarios.format;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.scenarios.json.Json;
import org.muhojir.scenarios.json.JsonPath;
import org.muhojir.scenarios.json.Source;

/**
 * Writes core values as a scenario tree: the core defaults that every file extends, and the resolved scenario of
 * a run (every value filled in, loadable again).
 */
public final class TreeWriter {
    private final String origin;

    private TreeWriter(String origin) {
        this.origin = origin;
    }

    /** The whole scenario as a file's tree (with schemaVersion, without extends); sources name {@code origin}. */
    public static Json.Obj scenario(Scenario s, String origin) {
        TreeWriter w = new TreeWriter(origin);
        Json.Obj body = (Json.Obj) w.value(s, ScenarioFormat.SCENARIO, "$");
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        fields.put("schemaVersion", w.field("$", "schemaVersion", w.num(ScenarioFormat.SCHEMA_VERSION, "$")));
        for (Map.Entry<String, Json.Field> f : body.fields().entrySet()) {
            fields.put(f.getKey(), f.getValue());
            if (f.getKey().equals("warmUpMonths") && s.historyStart() == null && s.start() != null) {
                // no history: written as a history that starts with the run, since a file that leaves it out
                // takes the defaults' history
                String path = JsonPath.child("$", "historyStart");
                fields.put("historyStart", w.field("$", "historyStart", new Json.Str(w.at(path),
                        s.start().toString())));
            }
        }
        return new Json.Obj(w.at("$"), fields);
    }

    private Json value(Object v, JsonShape spec, String path) {
        if (spec instanceof JsonShape.Number) {
            return v instanceof Integer i ? num(i, path) : num((Double) v, path);
        } else if (spec instanceof JsonShape.Bool) {
            return new Json.Bool(at(path), (Boolean) v);
        } else if (spec instanceof JsonShape.Text) {
            return new Json.Str(at(path), (String) v);
        } else if (spec instanceof JsonShape.Month) {
            return new Json.Str(at(path), v.toString());
        } else if (spec instanceof JsonShape.Choice c) {
            return new Json.Str(at(path), c.name().apply(v));
        } else if (spec instanceof JsonShape.Keyed k) {
            List<?> list = (List<?>) v;
            Map<String, Json.Field> fields = new LinkedHashMap<>();
            for (int i = 0; i < k.keys().size(); i++) {
                fields.put(k.keys().get(i), field(path, k.keys().get(i), num((Double) list.get(i),
                        JsonPath.child(path, k.keys().get(i)))));
            }
            return new Json.Obj(at(path), fields);
        } else if (spec instanceof JsonShape.Numbers) {
            List<Json> items = new ArrayList<>();
            for (Object o : (List<?>) v) {
                items.add(num((Double) o, JsonPath.item(path, items.size())));
            }
            return new Json.Arr(at(path), items);
        } else if (spec instanceof JsonShape.Series) {
            return series((MonthlySeries) v, path);
        } else if (spec instanceof JsonShape.ChoiceList c) {
            List<Json> items = new ArrayList<>();
            for (Object o : (List<?>) v) {
                items.add(value(o, c.element(), JsonPath.item(path, items.size())));
            }
            return new Json.Arr(at(path), items);
        } else if (spec instanceof JsonShape.Rec r) {
            return record((Record) v, r, path, Map.of());
        } else if (spec instanceof JsonShape.Destinations d) {
            Map<String, Json.Field> fields = new LinkedHashMap<>();
            for (Object o : (List<?>) v) {
                DestinationSpec ds = (DestinationSpec) o;
                String label = ds.destination().label();
                String p = JsonPath.child(path, label);
                fields.put(label, field(path, label, record(ds, d.value(), p, Map.of())));
            }
            return new Json.Obj(at(path), fields);
        } else if (spec instanceof JsonShape.Shocks s) {
            return shocks((List<?>) v, s, path);
        } else if (spec instanceof JsonShape.Events e) {
            Map<String, Json.Field> fields = new LinkedHashMap<>();
            for (Object o : (List<?>) v) {
                WorldEvent event = (WorldEvent) o;
                fields.put(event.name(), field(path, event.name(), shocks(event.shocks(), e.shocks(),
                        JsonPath.child(path, event.name()))));
            }
            // an event of the defaults that the scenario does not have: left out, as a file says it, so that the
            // tree loads back (over the defaults) to the same events
            for (WorldEvent d : TajikistanDefaults.events()) {
                if (!fields.containsKey(d.name())) {
                    fields.put(d.name(), field(path, d.name(), shocks(List.of(), e.shocks(),
                            JsonPath.child(path, d.name()))));
                }
            }
            return new Json.Obj(at(path), fields);
        }
        throw new IllegalStateException("no writer for " + spec);
    }

    private Json shocks(List<?> shocks, JsonShape.Shocks spec, String path) {
        List<Json> items = new ArrayList<>();
        for (Object o : shocks) {
            items.add(shock((ScheduledShock) o, spec, JsonPath.item(path, items.size())));
        }
        return new Json.Arr(at(path), items);
    }

    private Json shock(ScheduledShock s, JsonShape.Shocks spec, String path) {
        String type = ScenarioFormat.shockType(s.shock().getClass());
        Map<String, Json.Field> head = new LinkedHashMap<>();
        head.put("type", field(path, "type", new Json.Str(at(JsonPath.child(path, "type")), type)));
        head.put("start", field(path, "start", new Json.Str(at(JsonPath.child(path, "start")), s.start().toString())));
        if (s.months() < ScheduledShock.UNTIL_END) {
            head.put("months", field(path, "months", num(s.months(), JsonPath.child(path, "months"))));
        }
        return record((Record) s.shock(), spec.types().get(type), path, head);
    }

    private Json record(Record r, JsonShape.Rec spec, String path, Map<String, Json.Field> head) {
        Map<String, Json.Field> fields = new LinkedHashMap<>(head);
        for (FieldSpec f : spec.fields()) {
            if (f.implicit()) {
                continue;
            }
            Object v = component(r, f.name());
            if (v != null) {
                String p = JsonPath.child(path, f.name());
                fields.put(f.name(), field(path, f.name(), value(v, f.shape(), p)));
            }
        }
        return new Json.Obj(at(path), fields);
    }

    private Json series(MonthlySeries s, String path) {
        if (s.points().size() == 1) {
            return num(s.points().firstEntry().getValue(), path);
        }
        Map<String, Json.Field> fields = new LinkedHashMap<>();
        for (Map.Entry<YearMonth, Double> e : s.points().entrySet()) {
            String key = e.getKey().toString();
            fields.put(key, field(path, key, num(e.getValue(), JsonPath.child(path, key))));
        }
        return new Json.Obj(at(path), fields);
    }

    private static Object component(Record r, String name) {
        try {
            return r.getClass().getMethod(name).invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private Json.Field field(String parent, String name, Json value) {
        return new Json.Field(name, at(JsonPath.child(parent, name)), value);
    }

    private Json num(double d, String path) {
        return new Json.Num(at(path), BigDecimal.valueOf(d));
    }

    private Json num(int i, String path) {
        return new Json.Num(at(path), BigDecimal.valueOf(i));
    }

    private Source at(String path) {
        return Source.builtIn(origin, path);
    }
}
