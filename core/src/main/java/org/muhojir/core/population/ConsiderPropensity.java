package org.muhojir.core.population;

import org.muhojir.core.random.KeyedRandom;
import org.muhojir.core.random.Purpose;

/**
 * Persistent differences between households in how often they consider migration ("movers and stayers"): a share
 * {@value #MIGRANT_HOUSEHOLD_SHARE} of households are migrant households, drawn once for each household with the
 * population's draws ({@link KeyedRandom#populationStream}, purpose {@link Purpose#INIT_CONSIDER_TYPE}; derived
 * from that keyed draw when needed, not stored), so a household keeps its type for the whole run, whatever the thread count. With a
 * concentration {@code c} in [0, 1) (scenario {@code behaviour.considerConcentration}) the other households consider
 * at {@code 1 - c} times the scenario's rate and the migrant households at {@code 1 + c (1 - q) / q} times it
 * ({@code q} their share), so that the mean over all households stays the scenario's rate: the same departures can
 * come from fewer households, each with more members abroad. At {@code c = 0} every factor is exactly 1.
 */
public final class ConsiderPropensity {
    /**
     * Share of households that are migrant households, 0..1: assumption, the middle of
     * data:households_with_migrant_share (30-40% of households have a member abroad): at a high concentration, nearly
     * every household with a migrant is one of them.
     */
    public static final double MIGRANT_HOUSEHOLD_SHARE = 0.35;

    private final KeyedRandom random;
    private final double migrantFactor;
    private final double otherFactor;

    /**
     * @param random        the run's keyed random numbers (the population's)
     * @param concentration {@code behaviour.considerConcentration}, in [0, 1)
     */
    public ConsiderPropensity(KeyedRandom random, double concentration) {
        if (!(concentration >= 0 && concentration < 1)) {
            throw new IllegalArgumentException("considerConcentration must be in [0, 1), was " + concentration);
        }
        this.random = random;
        this.migrantFactor = 1 + concentration * (1 - MIGRANT_HOUSEHOLD_SHARE) / MIGRANT_HOUSEHOLD_SHARE;
        this.otherFactor = 1 - concentration;
    }

    /** Whether household {@code h} is a migrant household (a draw of the population's, fixed for the run). */
    public boolean migrantHousehold(int h) {
        return KeyedRandom.uniform(random.populationStream(h), Purpose.INIT_CONSIDER_TYPE) < MIGRANT_HOUSEHOLD_SHARE;
    }

    /** The multiplier of the consideration rate of household {@code h}: 1 for every household at concentration 0. */
    public double factor(int h) {
        if (migrantFactor == otherFactor) {
            return 1;
        }
        return migrantHousehold(h) ? migrantFactor : otherFactor;
    }

    /** The largest multiplier of any household (that of the migrant households, at least 1). */
    public double highestFactor() {
        return migrantFactor;
    }
}
