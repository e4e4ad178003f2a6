package org.muhojir.scenarios.format;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.muhojir.core.policy.Currencies;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.scenario.PopulationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.EntryRoute;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * The scenario file format, derived from the core records by reflection: every record component is a field of the
 * same name, so a field added to core appears in files, in the schema and in the reference at once (and a test
 * fails until it is documented in {@link FieldDocs}).
 *
 * <p>Lists of numbers indexed by region, destination or skill become objects keyed by name
 * ({@code {"Khatlon": 0.42, ...}}), which a policy file can override one key at a time; seasonal profiles and
 * Russian levels stay arrays.
 */
public final class ScenarioFormat {
    /** The version of the format that this loader reads. */
    public static final int SCHEMA_VERSION = 1;

    /** Destinations by label, in {@link Destination} order. */
    public static final Spec.Choice DESTINATION = choice("destination", Destination.values(),
            d -> ((Destination) d).label());
    /** Regions by label, in {@link Region} order. */
    public static final Spec.Choice REGION = choice("region", Region.values(), r -> ((Region) r).label());
    /** Entry routes by constant name. */
    public static final Spec.Choice ROUTE = choice("entry route", EntryRoute.values(), r -> ((EntryRoute) r).name());
    /** Currency codes a shock may name. */
    public static final Spec.Choice CURRENCY = currencies();

    private static final Set<String> BY_REGION = Set.of("regionPopulationShare", "urbanShare",
            "initialAbroadShare", "regionWageFactor");
    private static final Set<String> BY_DESTINATION = Set.of("initialDestinationShare", "extraTieShare");
    private static final Set<String> BY_SKILL = Set.of("wageBySkill", "skillShare");
    private static final Set<String> BY_CALENDAR_MONTH = Set.of("departureSeasonality", "returnSeasonality");
    private static final Set<String> BY_RUSSIAN_LEVEL = Set.of("russianLevelShare", "russianExamFit");

    /** Neutral values of shock fields that a file may leave out. */
    private static final Map<String, Object> SHOCK_DEFAULTS = Map.of(
            "TightenedRules.feeMultiplier", 1.0,
            "TightenedRules.examPassMultiplier", 1.0,
            "TightenedRules.extraLapseHazard", 0.0,
            "BanPolicy.expulsionRate", 0.0,
            "EntryRouteChange.refusalRate", 0.0);
    /** Shock fields whose absence means "every destination". */
    private static final Set<String> EVERY_DESTINATION_IF_ABSENT = Set.of("BorderClosure.destination",
            "TransferFeeChange.destination");

    /** The whole scenario ({@link Scenario}); a file adds $schema, schemaVersion and extends at the top. */
    public static final Spec.Rec SCENARIO = record(Scenario.class, false);

    private ScenarioFormat() {
    }

    /** The keys of a keyed list of numbers (by region, destination or skill), in list order. */
    public static List<String> skillKeys() {
        List<String> keys = new ArrayList<>();
        for (Skill s : Skill.values()) {
            keys.add(s.name().toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    /** The shock type names of the format, such as raidWave, in the order core declares them. */
    public static List<String> shockTypes() {
        return List.copyOf(((Spec.Shocks) SCENARIO.field("shocks").spec()).types().keySet());
    }

    /** The type name of a shock class: its simple name with a lower-case first letter (RaidWave is raidWave). */
    public static String shockType(Class<?> shockClass) {
        String n = shockClass.getSimpleName();
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    @SuppressWarnings("unchecked")
    private static Spec.Rec record(Class<? extends Record> type, boolean shock) {
        List<FieldSpec> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String key = type.getSimpleName() + "." + c.getName();
            boolean implicit = type == DestinationSpec.class && c.getName().equals("destination");
            Object dflt = shock ? SHOCK_DEFAULTS.get(key) : null;
            boolean optional = !shock || dflt != null || EVERY_DESTINATION_IF_ABSENT.contains(key);
            fields.add(new FieldSpec(c.getName(), spec(c.getName(), c.getGenericType()), FieldDocs.of(key), implicit,
                    dflt, optional));
        }
        return new Spec.Rec(type, fields);
    }

    @SuppressWarnings("unchecked")
    private static Spec spec(String name, Type type) {
        if (type == double.class) {
            return new Spec.Number(false);
        } else if (type == int.class) {
            return new Spec.Number(true);
        } else if (type == boolean.class) {
            return new Spec.Bool();
        } else if (type == String.class) {
            return name.equals("currency") ? CURRENCY : new Spec.Text();
        } else if (type == YearMonth.class) {
            return new Spec.Month();
        } else if (type == MonthlySeries.class) {
            return new Spec.Series();
        } else if (type == Destination.class) {
            return DESTINATION;
        } else if (type == Region.class) {
            return REGION;
        } else if (type == EntryRoute.class) {
            return ROUTE;
        } else if (type instanceof Class<?> c && c.isRecord()) {
            return record((Class<? extends Record>) c, false);
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return list(name, p.getActualTypeArguments()[0]);
        }
        throw new IllegalStateException("the scenario format has no JSON form for " + type + " (field " + name
                + "); add one in ScenarioFormat");
    }

    @SuppressWarnings("unchecked")
    private static Spec list(String name, Type element) {
        if (element == Double.class) {
            if (BY_REGION.contains(name)) {
                return new Spec.Keyed("region", REGION.names());
            } else if (BY_DESTINATION.contains(name)) {
                return new Spec.Keyed("destination", DESTINATION.names());
            } else if (BY_SKILL.contains(name)) {
                return new Spec.Keyed("skill", skillKeys());
            } else if (BY_CALENDAR_MONTH.contains(name)) {
                return new Spec.Numbers(12, "calendar month, January first");
            } else if (BY_RUSSIAN_LEVEL.contains(name)) {
                return new Spec.Numbers(PopulationSpec.RUSSIAN_LEVELS, "Russian level, 0 (none) to 3 (fluent)");
            }
        } else if (element == Region.class) {
            return new Spec.ChoiceList(REGION);
        } else if (element == DestinationSpec.class) {
            return new Spec.Destinations(DESTINATION, record(DestinationSpec.class, false));
        } else if (element == org.muhojir.core.policy.ScheduledShock.class) {
            Map<String, Spec.Rec> types = new LinkedHashMap<>();
            for (Class<?> c : Shock.class.getPermittedSubclasses()) {
                types.put(shockType(c), record((Class<? extends Record>) c, true));
            }
            return new Spec.Shocks(types);
        }
        throw new IllegalStateException("the scenario format has no JSON form for a list of " + element
                + " (field " + name + "); add one in ScenarioFormat");
    }

    private static Spec.Choice choice(String what, Object[] values, java.util.function.Function<Object, String> n) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (Object v : values) {
            m.put(n.apply(v), v);
        }
        return new Spec.Choice(what, m, n);
    }

    private static Spec.Choice currencies() {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String c : Currencies.KNOWN) {
            m.put(c, c);
        }
        return new Spec.Choice("currency", m, Object::toString);
    }
}
