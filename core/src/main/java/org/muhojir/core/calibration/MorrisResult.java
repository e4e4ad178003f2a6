package org.muhojir.core.calibration;

import java.util.List;

/**
 * A Morris screening's ranked table.
 *
 * @param design      the design used
 * @param factors     the factors' names, in the order given
 * @param outcomes    the outcomes' labels, in the order given
 * @param effects     one row per outcome and factor: outcomes in order, factors by rank within each
 * @param evaluations model evaluations made ({@code trajectories * (factors + 1)})
 * @param points      every point evaluated, trajectory by trajectory, with its outcomes: enough to recompute every
 *                    elementary effect and so every row of {@code effects}
 */
public record MorrisResult(MorrisDesign design, List<String> factors, List<String> outcomes,
                           List<MorrisEffect> effects, int evaluations, List<Point> points) {
    /**
     * Copies the lists.
     */
    public MorrisResult {
        factors = List.copyOf(factors);
        outcomes = List.copyOf(outcomes);
        effects = List.copyOf(effects);
        points = List.copyOf(points);
    }

    /**
     * One point of the design.
     *
     * @param trajectory the trajectory (0, 1, ...)
     * @param step       its place in the trajectory (0 to factors; step s differs from step s - 1 in one factor)
     * @param unit       each factor's value on the unit interval, in factor order
     * @param outcomes   each outcome's value there, in outcome order
     */
    public record Point(int trajectory, int step, double[] unit, double[] outcomes) {
        /**
         * Copies the arrays.
         */
        public Point {
            unit = unit.clone();
            outcomes = outcomes.clone();
        }

        /** Each factor's value on the unit interval, in factor order (a copy). */
        @Override
        public double[] unit() {
            return unit.clone();
        }

        /** Each outcome's value at this point, in outcome order and its unit (a copy). */
        @Override
        public double[] outcomes() {
            return outcomes.clone();
        }
    }

    /** The rows of one outcome, by rank. */
    public List<MorrisEffect> ranking(String outcome) {
        List<MorrisEffect> rows = effects.stream().filter(e -> e.outcome().equals(outcome)).toList();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no outcome '" + outcome + "'; outcomes: " + outcomes);
        }
        return rows;
    }

    /** The row of one outcome and factor. */
    public MorrisEffect effect(String outcome, String factor) {
        return ranking(outcome).stream().filter(e -> e.factor().equals(factor)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor '" + factor + "'; factors: " + factors));
    }
}
