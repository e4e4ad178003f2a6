package org.muhojir.scenarios.load;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.policy.Shock;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.InvalidValuesException;
import org.muhojir.core.param.MonthlySeries;
import org.muhojir.core.param.Problem;
import org.muhojir.core.param.Problems;
import org.muhojir.core.scenario.InvalidScenarioException;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.WorldEvent;
import org.muhojir.core.world.Destination;
import org.muhojir.scenarios.format.FieldSpec;
import org.muhojir.scenarios.format.JsonShape;
import org.muhojir.scenarios.format.ScenarioFormat;
import org.muhojir.scenarios.json.Json;

/**
 * Turns a complete, checked tree (a file merged over the defaults) into the core records. Core's constructors and
 * {@code Scenario}'s validation then have the last word on values.
 */
final class Builder {
    /** Problems of shocks whose constructors refused their values, each under the shock's path. */
    private final List<Problem> refusedShocks = new ArrayList<>();
    /** Paths of those shocks (null in the list given to the scenario). */
    private final List<FieldPath> refusedAt = new ArrayList<>();

    private Builder() {
    }

    /**
     * The scenario a complete, checked tree describes.
     *
     * @throws InvalidScenarioException with every problem core found, those of refused shocks included
     */
    static Scenario scenario(Json.Obj merged) {
        Builder b = new Builder();
        List<Problem> problems = new ArrayList<>();
        Scenario s = null;
        try {
            s = (Scenario) b.value(merged, ScenarioFormat.SCENARIO);
        } catch (InvalidScenarioException e) {
            // a refused shock is in the list as null, which the scenario reports as missing: its own problems say why
            e.problems().stream().filter(p -> !b.refusedAt.contains(p.path())).forEach(problems::add);
        }
        problems.addAll(0, b.refusedShocks);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException("scenario", problems);
        }
        return s;
    }

    private Object value(Json v, JsonShape spec) {
        if (spec instanceof JsonShape.Number n) {
            java.math.BigDecimal d = ((Json.Num) v).value();
            return n.whole() ? (Object) d.intValue() : (Object) d.doubleValue();
        } else if (spec instanceof JsonShape.Bool) {
            return ((Json.Bool) v).value();
        } else if (spec instanceof JsonShape.Text) {
            return ((Json.Str) v).value();
        } else if (spec instanceof JsonShape.Month) {
            return YearMonth.parse(((Json.Str) v).value());
        } else if (spec instanceof JsonShape.Choice c) {
            return c.values().get(((Json.Str) v).value());
        } else if (spec instanceof JsonShape.Keyed k) {
            Json.Obj o = (Json.Obj) v;
            List<Double> values = new ArrayList<>();
            for (String key : k.keys()) {
                Json item = o.get(key);
                values.add(item == null ? null : ((Json.Num) item).value().doubleValue());
            }
            return values;
        } else if (spec instanceof JsonShape.Numbers) {
            List<Double> values = new ArrayList<>();
            for (Json item : ((Json.Arr) v).items()) {
                values.add(((Json.Num) item).value().doubleValue());
            }
            return values;
        } else if (spec instanceof JsonShape.Series) {
            return series(v);
        } else if (spec instanceof JsonShape.ChoiceList c) {
            List<Object> values = new ArrayList<>();
            for (Json item : ((Json.Arr) v).items()) {
                values.add(value(item, c.element()));
            }
            return values;
        } else if (spec instanceof JsonShape.Rec r) {
            return record((Json.Obj) v, r, null);
        } else if (spec instanceof JsonShape.Destinations d) {
            List<DestinationSpec> list = new ArrayList<>();
            Json.Obj o = (Json.Obj) v;
            for (Destination dest : Destination.values()) {
                list.add((DestinationSpec) record((Json.Obj) o.get(dest.label()), d.value(), dest));
            }
            return list;
        } else if (spec instanceof JsonShape.Shocks s) {
            return shocks((Json.Arr) v, s, FieldPath.of("shocks"));
        } else if (spec instanceof JsonShape.Events e) {
            List<WorldEvent> list = new ArrayList<>();
            for (Json.Field f : ((Json.Obj) v).fields().values()) {
                list.add(new WorldEvent(f.name(), shocks((Json.Arr) f.value(), e.shocks(),
                        FieldPath.of("events").key(f.name()))));
            }
            return list;
        }
        throw new IllegalStateException("no builder for " + spec);
    }

    private List<ScheduledShock> shocks(Json.Arr v, JsonShape.Shocks spec, FieldPath at) {
        List<ScheduledShock> list = new ArrayList<>();
        for (int i = 0; i < v.items().size(); i++) {
            list.add(shock((Json.Obj) v.items().get(i), spec, at.item(i)));
        }
        return list;
    }

    private static MonthlySeries series(Json v) {
        if (v instanceof Json.Num n) {
            return MonthlySeries.constant(n.value().doubleValue());
        }
        Map<YearMonth, Double> points = new LinkedHashMap<>();
        for (Json.Field f : ((Json.Obj) v).fields().values()) {
            points.put(YearMonth.parse(f.name()), ((Json.Num) f.value()).value().doubleValue());
        }
        return MonthlySeries.of(points);
    }

    /** The shock {@code o}, or null if its constructor refused its values (their problems are kept). */
    private ScheduledShock shock(Json.Obj o, JsonShape.Shocks spec, FieldPath at) {
        JsonShape.Rec type = spec.types().get(((Json.Str) o.get("type")).value());
        YearMonth start = YearMonth.parse(((Json.Str) o.get("start")).value());
        int months = ScheduledShock.UNTIL_END;
        if (o.get("months") instanceof Json.Num n) {
            months = n.value().intValue();
        } else if (o.get("end") instanceof Json.Str e) {
            YearMonth end = YearMonth.parse(e.value());
            months = (int) (end.getYear() * 12L + end.getMonthValue() - start.getYear() * 12L - start.getMonthValue()
                    + 1);
        }
        try {
            return new ScheduledShock(start, months, (Shock) record(o, type, null));
        } catch (InvalidValuesException e) {
            refusedAt.add(at);
            e.problems().forEach(p -> refusedShocks.add(new Problem(under(at, p.path()), p.message(), p.hint(),
                    p.related())));
            return null;
        }
    }

    /**
     * What core finds wrong with the values of shock {@code o} alone, its dates aside: its constructor's refusals, else
     * its fields against their ranges and its type's rules ({@link Shock#validate}), each under the shock (a path
     * such as {@code examPassRate}); empty if none.
     *
     * @param o a shock's fields that passed the format's checks, every one its type requires among them
     */
    static List<Problem> shockValueProblems(Json.Obj o, JsonShape.Rec type) {
        try {
            Problems p = new Problems();
            ((Shock) new Builder().record(o, type, null)).validate(p, FieldPath.ROOT);
            return p.list();
        } catch (InvalidValuesException e) {
            return e.problems().stream().map(p -> new Problem(under(FieldPath.ROOT, p.path()), p.message(), p.hint(),
                    p.related())).toList();
        }
    }

    /** {@code path} (of a shock's field, as its constructor names it) under {@code at}, as a file writes it. */
    private static FieldPath under(FieldPath at, FieldPath path) {
        List<FieldPath.Step> steps = new ArrayList<>(at.steps());
        path.steps().stream().filter(step -> !(step instanceof FieldPath.Field f && f.name().equals("shock")))
                .forEach(steps::add);
        return new FieldPath(steps);
    }

    /** Builds a record from an object; fields the object lacks take the field's default (or null). */
    private Record record(Json.Obj o, JsonShape.Rec spec, Destination implicitDestination) {
        RecordComponent[] components = spec.type().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            FieldSpec f = spec.field(components[i].getName());
            Json v = o.get(f.name());
            if (f.implicit()) {
                args[i] = implicitDestination;
            } else if (v != null && !(v instanceof Json.Null)) {
                args[i] = value(v, f.shape());
            } else {
                args[i] = f.defaultValue();
            }
        }
        try {
            Constructor<? extends Record> c = spec.type().getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + spec.type().getSimpleName(), e);
        }
    }
}
