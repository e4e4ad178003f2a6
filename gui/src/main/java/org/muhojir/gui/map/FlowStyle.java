package org.muhojir.gui.map;

import java.awt.Color;

/**
 * How a flow is drawn: a band whose width is proportional to the migrants abroad (a fixed number of persons per
 * map unit for the whole run, so a band that widens shows a real increase) and whose colour shows the share without
 * legal status ({@link ColourRamp#WITHOUT_STATUS}).
 *
 * @param personsPerUnit persons abroad per map unit of band width (more than 0)
 */
public record FlowStyle(double personsPerUnit) {
    /** Width of the largest flow when the scale is fitted, map units. */
    public static final double FITTED_WIDTH = 26;
    /** Narrowest band drawn for a flow of at least one person, map units, so small routes stay visible. */
    public static final double MIN_WIDTH = 1;

    public FlowStyle {
        if (!(personsPerUnit > 0)) {
            throw new IllegalArgumentException("persons per map unit must be more than 0, was " + personsPerUnit);
        }
    }

    /**
     * The scale at which the largest flow is about {@link #FITTED_WIDTH} units wide: persons per unit rounded up to
     * 1, 2, 2.5 or 5 times a power of ten, so the legend reads in round numbers.
     */
    public static FlowStyle fittedTo(double largestFlow) {
        return new FlowStyle(niceCeil(Math.max(1, largestFlow / FITTED_WIDTH)));
    }

    /** Band width for {@code persons} abroad, map units: 0 for nobody, at least {@link #MIN_WIDTH} otherwise. */
    public double width(double persons) {
        if (!(persons > 0)) {
            return 0;
        }
        return Math.max(MIN_WIDTH, persons / personsPerUnit);
    }

    /** Band colour for a share without legal status (0..1). */
    public Color colour(double shareWithoutStatus) {
        return ColourRamp.WITHOUT_STATUS.at(shareWithoutStatus);
    }

    /** Three round numbers of persons for the legend: about 2, 8 and 24 units wide. */
    public double[] legendPersons() {
        return new double[] {niceCeil(2 * personsPerUnit), niceCeil(8 * personsPerUnit),
            niceCeil(24 * personsPerUnit)};
    }

    /** The smallest number of the form 1, 2, 2.5 or 5 times a power of ten that is at least {@code x} (x > 0). */
    public static double niceCeil(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("x must be more than 0, was " + x);
        }
        double power = Math.pow(10, Math.floor(Math.log10(x)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            // a relative tolerance, so 3 x 10^k computed in floating point still rounds to 5 x 10^k, not 10^(k+1)
            if (m * power >= x * (1 - 1e-12)) {
                return m * power;
            }
        }
        return 10 * power;
    }
}
