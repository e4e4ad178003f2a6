package org.muhojir.scenarios.format;

import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.param.Doc;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.Index;
import org.muhojir.core.policy.Currencies;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;

/**
 * The scenario file format, derived from the core records by reflection: every record component is a field of the
 * same name, described by its {@link org.muhojir.core.param.Param}, so a field added to core appears in files, in
 * the schema and in the reference at once, with its documentation, unit and range.
 *
 * <p>Lists of numbers indexed by region, destination or skill become objects keyed by name
 * ({@code {"Khatlon": 0.42, ...}}), which a policy file can override one key at a time; seasonal profiles and
 * Russian levels stay arrays (as each field's {@code Param.by} says).
 */
public final class ScenarioFormat {
    /** The version of the format that this loader reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Destinations by label, in {@link Destination} order. */
    public static final JsonShape.Choice DESTINATION = choice("destination", Destination.values(),
            d -> ((Destination) d).label());
    /** Regions by label, in {@link Region} order. */
    public static final JsonShape.Choice REGION = choice("region", Region.values(), r -> ((Region) r).label());
    /** Entry routes by constant name. */
    public static final JsonShape.Choice ROUTE = choice("entry route", EntryRoute.values(), r -> ((EntryRoute) r).name());
    /** Currency codes a shock may name. */
    public static final JsonShape.Choice CURRENCY = currencies();

    /** The whole scenario ({@link Scenario}); a file adds $schema, schemaVersion and extends at the top. */
    public static final JsonShape.Rec SCENARIO = record(Scenario.class, false);

    private ScenarioFormat() {
    }

    /** The shock type names of the format, such as raidWave, in the order core declares them. */
    public static List<String> shockTypes() {
        return List.copyOf(((JsonShape.Shocks) SCENARIO.field("shocks").shape()).types().keySet());
    }

    /** What a shock type means: the {@link Doc} on its record. */
    public static String shockDoc(JsonShape.Rec type) {
        return type.type().getAnnotation(Doc.class).value();
    }

    /** The type name of a shock class: its simple name with a lower-case first letter (RaidWave is raidWave). */
    public static String shockType(Class<?> shockClass) {
        String n = shockClass.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    private static JsonShape.Rec record(Class<? extends Record> type, boolean shock) {
        List<FieldSpec> fields = new ArrayList<>();
        for (FieldInfo f : FieldInfo.of(type)) {
            boolean implicit = type == DestinationSpec.class && f.name().equals("destination");
            double omitted = f.param().whenOmitted();
            Object dflt = shock && !Double.isNaN(omitted) ? (Object) omitted : null;
            boolean optional = !shock || dflt != null || f.param().optional();
            fields.add(new FieldSpec(f.name(), shape(f), f, implicit, dflt, optional));
        }
        return new JsonShape.Rec(type, fields);
    }

    @SuppressWarnings("unchecked")
    private static JsonShape shape(FieldInfo f) {
        Type type = f.type();
        if (type == double.class) {
            return new JsonShape.Number(false);
        } else if (type == int.class) {
            return new JsonShape.Number(true);
        } else if (type == boolean.class) {
            return new JsonShape.Bool();
        } else if (type == String.class) {
            return f.name().equals("currency") ? CURRENCY : new JsonShape.Text();
        } else if (type == YearMonth.class) {
            return new JsonShape.Month();
        } else if (type == MonthlySeries.class) {
            return new JsonShape.Series(f.param().recorded());
        } else if (type == Destination.class) {
            return DESTINATION;
        } else if (type == Region.class) {
            return REGION;
        } else if (type == EntryRoute.class) {
            return ROUTE;
        } else if (type instanceof Class<?> c && c.isRecord()) {
            return record((Class<? extends Record>) c, false);
        } else if (f.elementType() != null) {
            return list(f, f.elementType());
        }
        throw new IllegalStateException("the scenario format has no JSON form for " + type + " (field " + f.key()
                + "); add one in ScenarioFormat");
    }

    @SuppressWarnings("unchecked")
    private static JsonShape list(FieldInfo f, Type element) {
        Index by = f.param().by();
        if (element == Double.class && !by.keys().isEmpty()) {
            return new JsonShape.Keyed(by.what(), by.keys());
        } else if (element == Double.class && by != Index.NONE) {
            return new JsonShape.Numbers(by.length(), by.what());
        } else if (element == Region.class) {
            return new JsonShape.ChoiceList(REGION);
        } else if (element == DestinationSpec.class) {
            return new JsonShape.Destinations(DESTINATION, record(DestinationSpec.class, false));
        } else if (element == ScheduledShock.class) {
            return shocks();
        } else if (element == WorldEvent.class) {
            return new JsonShape.Events(shocks());
        }
        throw new IllegalStateException("the scenario format has no JSON form for a list of " + element
                + " (field " + f.key() + "); give its @Param a 'by' or add a form in ScenarioFormat");
    }

    @SuppressWarnings("unchecked")
    private static JsonShape.Shocks shocks() {
        Map<String, JsonShape.Rec> types = new LinkedHashMap<>();
        for (Class<?> c : Shock.class.getPermittedSubclasses()) {
            types.put(shockType(c), record((Class<? extends Record>) c, true));
        }
        return new JsonShape.Shocks(types);
    }

    private static JsonShape.Choice choice(String what, Object[] values, java.util.function.Function<Object, String> n) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Object v : values) {
            m.put(n.apply(v), v);
        }
        return new JsonShape.Choice(what, m, n);
    }

    private static JsonShape.Choice currencies() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String c : Currencies.KNOWN) {
            m.put(c, c);
        }
        return new JsonShape.Choice("currency", m, Object::toString, Map.of("USD", Currencies.DOLLAR_REFUSED));
    }
}
