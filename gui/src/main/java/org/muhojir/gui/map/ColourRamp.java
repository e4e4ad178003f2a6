package org.muhojir.gui.map;

import java.awt.Color;
import java.util.Arrays;

/**
 * A colour scale: values between two stops are blended linearly in RGB, values outside the first and last stop
 * take the end colours.
 */
public final class ColourRamp {
    /**
     * Share without legal status, 0..1: blue (all legal), purple (half), red (none legal). Every colour stays dark
     * enough to read on the light map, and blue and red stay apart for the common forms of colour blindness.
     */
    public static final ColourRamp WITHOUT_STATUS = new ColourRamp(new double[] {0, 0.5, 1},
            new Color[] {new Color(0x2166ac), new Color(0x8e3fa8), new Color(0xd7191c)});
    /** Poverty headcount, 0..0.6 and above: pale lilac to deep purple. */
    public static final ColourRamp POVERTY = new ColourRamp(new double[] {0, 0.3, 0.6},
            new Color[] {new Color(0xf2f0f7), new Color(0x9e9ac8), new Color(0x3f007d)});

    private final double[] stops;
    private final Color[] colours;

    /** @param stops increasing values; @param colours one colour per stop */
    public ColourRamp(double[] stops, Color[] colours) {
        if (stops.length < 2 || stops.length != colours.length) {
            throw new IllegalArgumentException("a colour ramp needs two or more stops and one colour per stop, had "
                    + stops.length + " stops and " + colours.length + " colours");
        }
        for (int i = 1; i < stops.length; i++) {
            if (!(stops[i] > stops[i - 1])) {
                throw new IllegalArgumentException("stops must increase, were " + Arrays.toString(stops));
            }
        }
        this.stops = stops.clone();
        this.colours = colours.clone();
    }

    /** The colour of {@code value}; NaN gives the first colour. */
    public Color at(double value) {
        if (Double.isNaN(value) || value <= stops[0]) {
            return colours[0];
        }
        int last = stops.length - 1;
        if (value >= stops[last]) {
            return colours[last];
        }
        int i = 1;
        while (value > stops[i]) {
            i++;
        }
        double f = (value - stops[i - 1]) / (stops[i] - stops[i - 1]);
        return blend(colours[i - 1], colours[i], f);
    }

    /** The lowest stop. */
    public double min() {
        return stops[0];
    }

    /** The highest stop. */
    public double max() {
        return stops[stops.length - 1];
    }

    private static Color blend(Color a, Color b, double f) {
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f),
                mix(a.getBlue(), b.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }
}
