package org.muhojir.core.behaviour;

import java.io.Serializable;
import org.muhojir.core.scenario.Behaviour;

/**
 * When a migrant goes home by choice. Both methods must be pure functions of their arguments. The model calls
 * {@link #positionFactor} once a month for each group of migrants who share an economic position (destination, skill,
 * legal status, and the region, area and sex that set what they could earn at home), and {@link #probability} for
 * each migrant with that group's factor. A rule that does not look at earnings keeps the first's default, 1.
 */
public interface ReturnRule extends Serializable {
    /**
     * Multiplier of the return probability from the migrant's economic position: finite, 0 or more (anything else
     * stops the run, naming this rule).
     *
     * @param earningsRatio expected net earnings abroad a month (after living costs and fees, with the chance of
     *                      work) over expected earnings at home a month, both in somoni at this month's home prices;
     *                      0 or less when a month abroad costs more than it brings, NaN when nothing is earned on
     *                      either side (0 / 0), and infinite when nothing is earned at home (a participation of 0)
     */
    default double positionFactor(double earningsRatio, Behaviour behaviour) {
        return 1;
    }

    /**
     * Probability of going home this month (0..1).
     *
     * @param calendarMonth  1 (January) to 12
     * @param monthsAbroad   months since the migrant left (1 in the first month abroad); for a naturalised migrant
     *                       ({@code naturalised} true), months since naturalisation
     * @param positionFactor the factor {@link #positionFactor} gave for the migrant's economic position
     * @param nobodyAtHome   whether no working-age member is left at home to care for dependants
     * @param naturalised    whether the migrant holds the destination's citizenship
     */
    double probability(int calendarMonth, int monthsAbroad, double positionFactor, boolean nobodyAtHome,
                       boolean naturalised, Behaviour behaviour);

    /**
     * This rule in one calendar month: {@link #probability} with the month and behaviour fixed. The model asks for
     * it once a month and calls it for each migrant, so a rule can work out here what depends on the month alone;
     * it must give exactly what {@link #probability} gives. The default calls {@link #probability}.
     *
     * @param calendarMonth 1 (January) to 12
     */
    default InMonth inMonth(int calendarMonth, Behaviour behaviour) {
        return (monthsAbroad, positionFactor, nobodyAtHome, naturalised) ->
                probability(calendarMonth, monthsAbroad, positionFactor, nobodyAtHome, naturalised, behaviour);
    }

    /** A return rule in one calendar month ({@link #inMonth}). */
    @FunctionalInterface
    interface InMonth {
        /** Probability of going home this month (0..1); the arguments as in {@link ReturnRule#probability}. */
        double probability(int monthsAbroad, double positionFactor, boolean nobodyAtHome, boolean naturalised);
    }
}
