package org.muhojir.core.calibration;

/**
 * A Morris (1991) one-at-a-time design: {@code trajectories} random trajectories on a grid of {@code levels}
 * levels per factor (factors scaled to 0..1), each step moving one factor by
 * {@code delta = levels / (2 (levels - 1))}. A screening of k factors costs {@code trajectories * (k + 1)} model
 * evaluations.
 *
 * @param trajectories number of trajectories r (2 or more; 10 to 20 is usual)
 * @param levels       grid levels p, even, 4 or more (4 is usual)
 * @param seed         seed of the trajectories' random starting points, directions and factor orders
 */
public record MorrisDesign(int trajectories, int levels, long seed) {
    /**
     * @throws IllegalArgumentException if there are fewer than 2 trajectories, or the levels are fewer than 4 or odd
     */
    public MorrisDesign {
        if (trajectories < 2) {
            throw new IllegalArgumentException("a Morris design needs at least 2 trajectories, had " + trajectories);
        }
        if (levels < 4 || levels % 2 != 0) {
            throw new IllegalArgumentException("a Morris design needs an even number of levels, 4 or more, had "
                    + levels);
        }
    }

    /** The step each factor moves by, on the 0..1 scale. */
    public double delta() {
        return levels / (2.0 * (levels - 1));
    }
}
