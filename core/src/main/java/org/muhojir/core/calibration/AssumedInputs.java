package org.muhojir.core.calibration;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.muhojir.core.param.FieldInfo;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Provenance;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.world.Destination;

/**
 * The assumed inputs of a scenario as factors of a sensitivity analysis: every scalar number of the scenario whose
 * value is an assumption ({@link Provenance#assumptions}: its {@code @Param} source says "assumption", or states
 * none), other than the free parameters ({@link FreeParameters#defaults()}, which are fitted and come in their own
 * right). Each moves over its field's plausible range where the {@code @Param} declares one; otherwise over half
 * to one and a half times its value (an assumption of this analysis, stated in docs/ensembles.md), within the legal
 * range. Lists, series, whole numbers and switches are left out, as are values of 0 without a plausible range
 * (nothing to scale).
 */
public final class AssumedInputs {
    /** How far a value without a plausible range moves: from (1 - this) to (1 + this) times its value. */
    public static final double RELATIVE_RANGE = 0.5;
    /**
     * Assumed inputs that must not sum above 1 with another factor (a rule of their record, checked when a scenario
     * is made): the share sent when in need with the share sent ({@code Behaviour.checkRules}). The first moves at
     * most to 1 less the other's largest value (its upper bound as a free parameter, or the scenario's own value if
     * larger), so that no point of a design is a scenario the model refuses.
     */
    private static final Map<String, String> SUM_AT_MOST_ONE = Map.of("behaviour.needRemittanceShare",
            "behaviour.remittanceShare");

    private AssumedInputs() {
    }

    /** The assumed scalar inputs of {@code scenario} as factors, in the scenario's field order. */
    public static List<FreeParameter> of(Scenario scenario) {
        List<String> free = FreeParameters.defaults().stream().map(FreeParameter::name).toList();
        List<FreeParameter> out = new ArrayList<>();
        for (FieldPath path : Provenance.assumptions(scenario)) {
            String name = name(path);
            FieldInfo field = leaf(scenario, path);
            if (field == null || field.type() != double.class || free.contains(name)) {
                continue;
            }
            double value = (Double) read(scenario, path);
            double[] bounds = bounds(field, value);
            String other = SUM_AT_MOST_ONE.get(name);
            if (bounds != null && other != null) {
                bounds[1] = Math.min(bounds[1], 1 - largest(other, scenario));
                bounds = bounds[0] < bounds[1] ? bounds : null;
            }
            if (bounds != null) {
                out.add(new FreeParameter(name, field.unit(), bounds[0], bounds[1], s -> (Double) read(s, path),
                        (s, v) -> write(s, path, v), List.of()));
            }
        }
        return out;
    }

    /**
     * The largest value free parameter {@code name} takes: its upper bound, or its value in {@code scenario} if that is
     * larger (a scenario may set it above the bounds a design moves it in).
     */
    private static double largest(String name, Scenario scenario) {
        FreeParameter p = FreeParameters.defaults().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException(name + " is no free parameter"));
        return Math.max(p.upper(), p.valueIn(scenario));
    }

    /** A path as a factor's name: {@code destinations.Russia.labour.livingCost}, as free parameters are named. */
    static String name(FieldPath path) {
        return path.toString().replaceAll("\\[([^]]+)]", ".$1");
    }

    private static double[] bounds(FieldInfo field, double value) {
        if (field.hasPlausibleRange()) {
            double[] r = field.plausibleRange();
            return r[0] < r[1] ? r : null;
        }
        if (value == 0) {
            return null;
        }
        double a = value * (1 - RELATIVE_RANGE);
        double b = value * (1 + RELATIVE_RANGE);
        double lower = Math.max(Math.min(a, b), field.min());
        double upper = Math.min(Math.max(a, b), field.max());
        if (field.minExclusive() && lower <= field.min()) {
            lower = Math.nextUp(field.min());
        }
        return lower < upper ? new double[] {lower, upper} : null;
    }

    /** The field at the end of {@code path}, or null if the path passes through a list position. */
    private static FieldInfo leaf(Scenario scenario, FieldPath path) {
        Object at = scenario;
        FieldInfo field = null;
        for (FieldPath.Step step : path.steps()) {
            if (step instanceof FieldPath.Field f && at instanceof Record r) {
                field = FieldInfo.of(recordClass(r), f.name());
                at = field.value(r);
            } else if (step instanceof FieldPath.Key k && field != null && field.name().equals("destinations")) {
                at = scenario.destination(Destination.byName(k.key()));
                field = null;
            } else {
                return null;
            }
        }
        return field;
    }

    private static Object read(Scenario scenario, FieldPath path) {
        Object at = scenario;
        for (FieldPath.Step step : path.steps()) {
            at = step instanceof FieldPath.Key k ? scenario.destination(Destination.byName(k.key()))
                    : FieldInfo.of(recordClass((Record) at), ((FieldPath.Field) step).name()).value((Record) at);
        }
        return at;
    }

    /** {@code scenario} with the number at {@code path} replaced by {@code value}; the records validate it. */
    private static Scenario write(Scenario scenario, FieldPath path, double value) {
        List<FieldPath.Step> steps = path.steps();
        if (steps.size() > 2 && steps.get(1) instanceof FieldPath.Key k) {
            DestinationSpec d = scenario.destination(Destination.byName(k.key()));
            return scenario.withDestination((DestinationSpec) with(d, steps.subList(2, steps.size()), value));
        }
        return (Scenario) with(scenario, steps, value);
    }

    /** A copy of {@code r} with the value at the end of the named fields {@code steps} replaced. */
    private static Record with(Record r, List<FieldPath.Step> steps, Object value) {
        String name = ((FieldPath.Field) steps.get(0)).name();
        RecordComponent[] components = r.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object old = FieldInfo.of(recordClass(r), components[i].getName()).value(r);
            args[i] = !components[i].getName().equals(name) ? old
                    : steps.size() == 1 ? value : with((Record) old, steps.subList(1, steps.size()), value);
        }
        try {
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            return (Record) canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + r.getClass().getSimpleName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends Record> recordClass(Record r) {
        return (Class<? extends Record>) r.getClass();
    }
}
