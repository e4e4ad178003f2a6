package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What papers are worth: the ratio of legal to irregular net earnings that moves the status hazards (ODD 7.2.4). */
class PapersIncentiveTest {
    private static final double EPS = 1e-12;

    @Test
    void theReferenceYearsRatioLeavesTheHazardsAsCalibrated() {
        // 2023, an unskilled migrant in Russia: 32,169.2 RUB a month legal, 27,293.6 irregular (IrregularEarningsTest)
        assertEquals(1, PapersIncentive.relativeRatio(32_169.2, 27_293.6), EPS);
    }

    @Test
    void aPatentThatCostsMoreMakesLapsesMoreLikelyInProportion() {
        // the 2023 fee of 6,600 RUB doubled: legal net earnings 32,169.2 - 6,600 = 25,569.2 against 27,293.6
        double ratio = PapersIncentive.relativeRatio(25_569.2, 27_293.6);
        assertEquals(25_569.2 / 32_169.2, ratio, EPS);
        assertEquals(Math.pow(32_169.2 / 25_569.2, PapersIncentive.ELASTICITY), Math.pow(ratio, -PapersIncentive.ELASTICITY),
                1e-9);
    }

    @Test
    void theRatioIsBoundedWhenOneKindOfWorkNetsNothing() {
        assertEquals(0.1, PapersIncentive.relativeRatio(0, 27_293.6), EPS);
        assertEquals(0.1, PapersIncentive.relativeRatio(-5_000, 27_293.6), EPS);
        assertEquals(10, PapersIncentive.relativeRatio(32_169.2, 0), EPS);
        assertEquals(10, PapersIncentive.relativeRatio(32_169.2, 1), EPS);
        assertEquals(0.1, PapersIncentive.relativeRatio(1, 32_169.2), EPS);
    }
}
