package org.muhojir.core.engine;

import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;

/** A destination's entry test (an exam, with Russia's scaled by the candidate's Russian), as all phases see it. */
final class EntryTest {
    private EntryTest() {
    }

    /** Probability (0..1) that household {@code h}'s candidate passes destination {@code d}'s test this month. */
    static double passProbability(MuhojirModel m, Households hh, int h, int d) {
        Conditions c = m.conditions();
        double fit = c.russianExam[d] ? m.scenario().behaviour().russianExamFit().get(hh.russian[h]) : 1;
        return c.examPassRate[d] * fit;
    }
}
