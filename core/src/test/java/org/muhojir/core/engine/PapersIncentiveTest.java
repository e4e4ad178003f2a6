package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What papers are worth: the ratio of legal to irregular net earnings that moves the status hazards (ODD 7.2.4). */
class PapersIncentiveTest {
    private static final double EPS = 1e-12;

    @Test
    void theReferenceYearsRatioLeavesTheHazardsAsCalibrated() {
        // 2023, an unskilled migrant in Russia: 31,807 RUB a month legal, 27,294 irregular (ODD 7.2.5)
        assertEquals(1, PapersIncentive.relativeRatio(31_807, 27_294), EPS);
    }

    @Test
    void aPatentThatCostsMoreMakesLapsesMoreLikelyInProportion() {
        // the 2023 fee of 7,500 RUB doubled: legal net earnings 31,807 - 7,500 = 24,307 against 27,294 irregular
        double ratio = PapersIncentive.relativeRatio(24_307, 27_294);
        assertEquals(24_307.0 / 27_294 / (31_807.0 / 27_294), ratio, EPS);
        assertEquals(Math.pow(31_807.0 / 24_307, PapersIncentive.ELASTICITY), Math.pow(ratio, -PapersIncentive.ELASTICITY),
                1e-9);
    }

    @Test
    void theRatioIsBoundedWhenOneKindOfWorkNetsNothing() {
        assertEquals(0.1, PapersIncentive.relativeRatio(0, 27_294), EPS);
        assertEquals(0.1, PapersIncentive.relativeRatio(-5_000, 27_294), EPS);
        assertEquals(10, PapersIncentive.relativeRatio(31_807, 0), EPS);
        assertEquals(10, PapersIncentive.relativeRatio(31_807, 1), EPS);
        assertEquals(0.1, PapersIncentive.relativeRatio(1, 31_807), EPS);
    }
}
