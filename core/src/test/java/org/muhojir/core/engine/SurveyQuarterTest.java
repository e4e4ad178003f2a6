package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.muhojir.core.population.Households;

/** Welfare over the survey's quarter: this month's consumption and the two months' before, at this month's prices. */
class SurveyQuarterTest {
    private static final double EXACT = 1e-4;

    @Test
    void aHouseholdsFirstMonthIsItsOwnQuarter() {
        Households hh = new Households(1, 1);
        SurveyQuarter q = new SurveyQuarter(100);
        q.measure(hh, 0, 90f, 90f);
        assertEquals(90, q.welfare, EXACT);
        assertEquals(90, q.welfareWithoutRemittances, EXACT);
    }

    @Test
    void theQuarterIsTheMeanOfThreeMonthsEachOverItsOwnLineAtThisMonthsPrices() {
        Households hh = new Households(1, 1);
        new SurveyQuarter(100).measure(hh, 0, 90f, 90f);   // 0.9 of the line
        new SurveyQuarter(100).measure(hh, 0, 120f, 120f); // 1.2
        SurveyQuarter dearer = new SurveyQuarter(110);
        dearer.measure(hh, 0, 165f, 165f); // 1.5 of a line 10% higher
        assertEquals(132, dearer.welfare, EXACT); // the mean of 0.9, 1.2 and 1.5 lines is 1.2 lines of 110 TJS
        dearer.measure(hh, 0, 66f, 66f);
        // the first month leaves the quarter: the mean of 1.2, 1.5 and 0.6 lines is 1.1 lines of 110 TJS
        assertEquals(121, dearer.welfare, EXACT);
    }

    @Test
    void aMonthWithNobodyAtHomeIsLeftOut() {
        Households hh = new Households(1, 1);
        SurveyQuarter q = new SurveyQuarter(100);
        q.measure(hh, 0, 80f, 80f);
        SurveyQuarter.noBudget(hh, 0);
        q.measure(hh, 0, 100f, 100f);
        assertEquals(90, q.welfare, EXACT);
    }

    @Test
    void theCounterfactualWithoutRemittancesKeepsItsOwnMonths() {
        Households hh = new Households(2, 1);
        SurveyQuarter q = new SurveyQuarter(100);
        q.measure(hh, 1, 150f, 60f); // remittances raised consumption from 60 to 150
        q.measure(hh, 1, 100f, 100f); // none this month: the quarter still holds last month's
        assertEquals(125, q.welfare, EXACT);
        assertEquals(80, q.welfareWithoutRemittances, EXACT);
        q.measure(hh, 1, 70f, 70f);
        q.measure(hh, 1, 90f, 90f); // the remittances' month has left the quarter: the two are the same again
        assertEquals(86.6667, q.welfare, EXACT);
        assertEquals(86.6667, q.welfareWithoutRemittances, EXACT);
        q.measure(hh, 0, 100f, 100f);
        assertEquals(100, q.welfare, EXACT); // another household's months are its own
    }
}
