package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/** An exam's pass rate is the share of all candidates who pass, not the rate of those whose Russian fits. */
class EntryTestTest {
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final double EPS = 1e-9;

    @Test
    void theBaselinesCandidatesPassAtThePublishedRateOnAverage() {
        // Russian levels 0..3 in shares 0.25, 0.35, 0.30, 0.10 and fits 0.5, 0.85, 1, 1; pass rate 0.97 (3% fail).
        // With factor k >= 1/0.85 on the fits: 0.25 x 0.5k + 0.35 + 0.40 = 0.97, so k = 1.76: level 0 passes
        // 0.88, the others always. (Counting the rate twice, 0.97 x the average fit 0.8225 = 0.80: 20% fail.)
        Scenario s = TajikistanDefaults.baseline();
        EntryTest test = new EntryTest(s.population().russianLevelShare(), s.behaviour().russianExamFit());
        test.update(exam(0.97));
        assertEquals(0.88, test.passProbability(RU, 0), EPS);
        for (int level = 1; level <= 3; level++) {
            assertEquals(1, test.passProbability(RU, level), EPS);
        }
        assertEquals(0.97, 0.25 * 0.88 + 0.75, EPS);
    }

    @Test
    void aHardExamKeepsTheOrderOfTheLevelsAndTheAverage() {
        // shares 0.1, 0.2, 0.3, 0.4 and fits 0.5, 0.85, 1, 1; pass rate 0.7 (2024's ~30% failure): no level
        // reaches 1, so k = 0.7 / (0.05 + 0.17 + 0.7) = 0.76087
        EntryTest test = new EntryTest(List.of(0.1, 0.2, 0.3, 0.4), List.of(0.5, 0.85, 1.0, 1.0));
        test.update(exam(0.7));
        double k = 0.7 / 0.92;
        assertEquals(0.5 * k, test.passProbability(RU, 0), 1e-9);
        assertEquals(0.85 * k, test.passProbability(RU, 1), 1e-9);
        assertEquals(k, test.passProbability(RU, 3), 1e-9);
    }

    @Test
    void anExamNotInRussianPassesEveryoneAtTheRate() {
        EntryTest test = new EntryTest(List.of(0.25, 0.35, 0.30, 0.10), List.of(0.5, 0.85, 1.0, 1.0));
        Conditions c = exam(0.8);
        c.russianExam[RU] = false;
        test.update(c);
        for (int level = 0; level <= 3; level++) {
            assertEquals(0.8, test.passProbability(RU, level), EPS);
        }
    }

    private static Conditions exam(double rate) {
        Conditions c = new Conditions();
        c.examPassRate[RU] = rate;
        c.russianExam[RU] = true;
        return c;
    }
}
