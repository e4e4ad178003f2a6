package org.muhojir.core.calibration;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.muhojir.core.scenario.Scenario;

/**
 * A scalar the calibration may move: a named value between bounds, a way to read it from a scenario, and a way to
 * make a scenario with it applied. The defaults are in {@link FreeParameters}; an economist can add their own, for
 * example (where {@code withConstant} is the caller's copy of the destination record with its constant replaced):
 *
 * <pre>{@code
 * FreeParameter gulfConstant = new FreeParameter("destinations.Gulf.utilityConstant", "utils", -6, 0,
 *         s -> s.destination(Destination.GULF).utilityConstant(),
 *         (s, v) -> s.withDestination(withConstant(s.destination(Destination.GULF), v)), List.of());
 * }</pre>
 *
 * @param name    the parameter's path in the scenario, or a name saying what it sets (for derived parameters)
 * @param unit    unit of the value, and for derived parameters what they set
 * @param lower   lower bound (inclusive), in the unit
 * @param upper   upper bound (inclusive), in the unit; more than {@code lower}
 * @param reader  reads the value from a scenario
 * @param setter  returns a scenario with the value applied (the scenario validates it)
 * @param anchors names of the anchors whose scenarios this parameter applies to; empty for every anchor (a
 *                behavioural parameter is shared; a starting stock belongs to one anchor's year)
 */
public record FreeParameter(String name, String unit, double lower, double upper, ToDoubleFunction<Scenario> reader,
                            Setter setter, List<String> anchors) {

    /** Applies a value to a scenario. */
    @FunctionalInterface
    public interface Setter {
        /** {@code scenario} with {@code value}, in the parameter's unit, applied (the new scenario validates it). */
        Scenario apply(Scenario scenario, double value);
    }

    /**
     * A null unit becomes empty and null anchors none (every anchor).
     *
     * @throws IllegalArgumentException if the name is blank, a bound is not finite or {@code lower} is not less
     *                                  than {@code upper}, or the reader or setter is null
     */
    public FreeParameter {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a free parameter needs a name");
        }
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException("free parameter '" + name + "': bounds must be finite with lower < "
                    + "upper, were " + lower + " and " + upper);
        }
        if (reader == null || setter == null) {
            throw new IllegalArgumentException("free parameter '" + name + "' needs a reader and a setter");
        }
        unit = unit == null ? "" : unit;
        anchors = anchors == null ? List.of() : List.copyOf(anchors);
    }

    /** The value this parameter has in {@code scenario}. */
    public double valueIn(Scenario scenario) {
        return reader.applyAsDouble(scenario);
    }

    /** Whether this parameter's value in {@code scenario}, where a search starts, is within its bounds. */
    public boolean startsWithinBounds(Scenario scenario) {
        double v = valueIn(scenario);
        return v >= lower && v <= upper;
    }

    /**
     * {@code scenario} with this parameter set to {@code value}.
     *
     * @throws IllegalArgumentException if the value is outside the bounds
     */
    public Scenario apply(Scenario scenario, double value) {
        if (!(value >= lower && value <= upper)) {
            throw new IllegalArgumentException("free parameter '" + name + "' must be between " + lower + " and "
                    + upper + ", was " + value);
        }
        return setter.apply(scenario, value);
    }

    /** Whether this parameter applies to the anchor called {@code anchorName}. */
    public boolean appliesTo(String anchorName) {
        return anchors.isEmpty() || anchors.contains(anchorName);
    }

    /** This parameter applied only to the named anchors. */
    public FreeParameter onlyFor(String... anchorNames) {
        return new FreeParameter(name, unit, lower, upper, reader, setter, List.of(anchorNames));
    }

    /** This parameter with other bounds. */
    public FreeParameter withBounds(double newLower, double newUpper) {
        return new FreeParameter(name, unit, newLower, newUpper, reader, setter, anchors);
    }

    /** The value at position {@code u} (0..1) between the bounds; exactly a bound at 0 and 1. */
    public double fromUnit(double u) {
        // lower + 1 * (upper - lower) may round past upper (0.3 + 0.55 = 0.8500000000000001)
        return Math.min(upper, Math.max(lower, lower + u * (upper - lower)));
    }

    /** The position (0..1) of {@code value} between the bounds. */
    public double toUnit(double value) {
        return (value - lower) / (upper - lower);
    }

    /** A label for anchors: the name, with the anchors it is restricted to. */
    public String label() {
        return anchors.isEmpty() ? name : name + " [" + String.join(", ", anchors) + "]";
    }
}
