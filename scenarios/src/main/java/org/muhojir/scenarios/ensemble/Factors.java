package org.muhojir.scenarios.ensemble;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.muhojir.core.calibration.AssumedInputs;
import org.muhojir.core.calibration.FreeParameter;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.scenarios.calibrate.ParameterNames;
import org.muhojir.scenarios.load.Suggest;

/**
 * The factors an ensemble may move, by name: the free parameters ({@link ParameterNames}) and the scenario's
 * assumed scalar inputs ({@link AssumedInputs}, named by their paths, for example
 * {@code destinations.Russia.labour.livingCost}).
 */
public final class Factors {
    private Factors() {
    }

    /** Every factor of {@code base} by name: the free parameters first, then the assumed inputs. */
    public static Map<String, FreeParameter> all(Scenario base) {
        Map<String, FreeParameter> m = new LinkedHashMap<>(ParameterNames.all());
        for (FreeParameter p : AssumedInputs.of(base)) {
            m.putIfAbsent(p.name(), p);
        }
        return m;
    }

    /**
     * The factors called {@code names}, in that order.
     *
     * @throws IllegalArgumentException naming the first unknown name, with a suggestion, or an input the defaults
     *                                  assume that {@code base} sets
     */
    public static List<FreeParameter> named(Scenario base, List<String> names) {
        Map<String, FreeParameter> known = all(base);
        List<FreeParameter> out = new ArrayList<>();
        for (String n : names) {
            FreeParameter p = known.get(n);
            if (p == null && AssumedInputs.of(TajikistanDefaults.baseline()).stream().anyMatch(a -> a.name()
                    .equals(n))) {
                throw new IllegalArgumentException("\"" + n + "\" is not an assumed input of " + base.name()
                        + ": its file (or one it extends) gives the value, and only values the defaults assume are "
                        + "moved; run the study on a scenario that leaves it at the default, or see 'muhojir sobol "
                        + "--list-factors'");
            }
            if (p == null) {
                throw new IllegalArgumentException("unknown parameter \"" + n + "\"." + Suggest.didYouMean(n,
                        known.keySet()) + " Free parameters: " + String.join(", ", ParameterNames.all().keySet())
                        + "; assumed inputs: see 'muhojir sobol --list-factors'");
            }
            out.add(p);
        }
        return out;
    }

    /** The names of the free parameters, and with {@code assumptions} those of the assumed inputs after them. */
    public static List<String> defaults(Scenario base, boolean assumptions) {
        List<String> names = new ArrayList<>();
        ParameterNames.all().values().stream().distinct().forEach(p -> names.add(p.name()));
        if (assumptions) {
            AssumedInputs.of(base).forEach(p -> names.add(p.name()));
        }
        return names;
    }
}
