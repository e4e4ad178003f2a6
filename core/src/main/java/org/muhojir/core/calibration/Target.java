package org.muhojir.core.calibration;

import org.muhojir.core.scenario.Scenario;

/**
 * An observed figure the model should reproduce: a {@link Moment} in a calendar year, with its value, how far off
 * the simulation may be and still pass, its weight in the calibration objective, and where the figure comes from.
 *
 * @param id          short identifier, unique within a set of targets, for example {@code remittances_usd_2023}
 * @param description what the figure is, in words
 * @param year        the calendar year the moment is computed over (it must be simulated in full)
 * @param moment      the statistic of the run compared with the figure
 * @param value       the observed figure, in the moment's unit; not zero (errors are relative to it)
 * @param tolerance   the largest absolute difference, in the moment's unit, at which the simulated mean still
 *                    passes (more than 0); also the unit of the target's error in the objective
 * @param weight      weight of the squared error in tolerances in the objective (0 or more; 0 reports the
 *                    target without fitting it)
 * @param source      where the figure comes from: its series in {@code data/} ({@code data:KEY}, in
 *                    {@code tajikistan-calibration.json} or {@code calibration-years.json}) and the publisher, and
 *                    any choice made between sources
 */
public record Target(String id, String description, int year, Moment moment, double value, double tolerance,
                     double weight, String source) {

    /**
     * A null description becomes empty.
     *
     * @throws IllegalArgumentException if the id or source is blank, the moment missing, the year outside 1900 to
     *                                  2200, the value 0 or not finite, the tolerance not more than 0 (or not
     *                                  finite), or the weight negative (or not finite)
     */
    public Target {
        String what = "target '" + id + "'";
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a target needs an id");
        }
        if (moment == null) {
            throw new IllegalArgumentException(what + " needs a moment (see Moments.all())");
        }
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException(what + ": year must be between 1900 and 2200, was " + year);
        }
        if (!Double.isFinite(value) || value == 0) {
            throw new IllegalArgumentException(what + ": value must be a finite number other than 0 (errors are "
                    + "relative to it), was " + value);
        }
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException(what + ": tolerance must be more than 0, was " + tolerance);
        }
        if (!(weight >= 0) || !Double.isFinite(weight)) {
            throw new IllegalArgumentException(what + ": weight must be 0 or more, was " + weight);
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException(what + " needs a source");
        }
        description = description == null ? "" : description;
    }

    /** Whether {@code scenario} reports this target's year in full (all twelve months), as a moment needs. */
    public boolean simulatedInFullBy(Scenario scenario) {
        return year >= scenario.firstWholeYear() && year <= scenario.lastWholeYear();
    }

    /** A target whose moment is named as in {@link Moments#byName}. */
    public static Target of(String id, String description, int year, String momentName, double value,
                            double tolerance, double weight, String source) {
        return new Target(id, description, year, Moments.byName(momentName), value, tolerance, weight, source);
    }

    /** {@code (simulated - value) / |value|}: the signed error relative to the observed figure. */
    public double relativeError(double simulated) {
        return (simulated - value) / Math.abs(value);
    }

    /**
     * {@code (simulated - value) / tolerance}: the signed error in tolerances, the unit of the calibration objective
     * (a simulated value passes when it is at most 1 in size).
     */
    public double errorInTolerances(double simulated) {
        return (simulated - value) / tolerance;
    }

    /** Whether a simulated value is within the tolerance of the observed figure. */
    public boolean passes(double simulated) {
        return Math.abs(simulated - value) <= tolerance;
    }

    /** This target with another weight (for example 0 to report it without fitting it). */
    public Target withWeight(double newWeight) {
        return new Target(id, description, year, moment, value, tolerance, newWeight, source);
    }
}
