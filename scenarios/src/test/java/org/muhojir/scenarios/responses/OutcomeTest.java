package org.muhojir.scenarios.responses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.PovertyMeasures;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/** A poverty response measured at the baseline's persons at home leaves out who came home. */
class OutcomeTest {
    private static final double PERSONS = 9_000_000;
    private static final double POOR = 1_800_000;

    @Test
    void returneesWhoAreNotPoorLowerTheHeadcountButNotItsResponseAtBaselinePersons() {
        // 100,000 returnees come home, none of them poor, and 900 persons fall below the line
        RunResult baseline = year(POOR / PERSONS, PERSONS);
        RunResult policy = year((POOR + 900) / (PERSONS + 100_000), PERSONS + 100_000);

        double difference = Outcome.in(Metric.POVERTY_FGT0, Group.NATIONAL, 2024).response(baseline, policy);
        double atBaseline = new Outcome(Metric.POVERTY_FGT0, "national", 2024, Outcome.Scale.AT_BASELINE_PERSONS)
                .response(baseline, policy);

        assertEquals(1_800_900.0 / 9_100_000 - 0.2, difference, 1e-12);
        assertTrue(difference < 0);
        assertEquals(900 / PERSONS, atBaseline, 1e-12);
    }

    @Test
    void onlyPovertyMeasuresHaveAResponseAtBaselinePersons() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExpectationsFile.parse("test.txt", List.of(
                        "rouble-falls/gini | gini | national | 2024 | at-baseline-persons | down | why | ")));
        assertTrue(e.getMessage().startsWith("test.txt:1: the scale at-baseline-persons is for poverty_fgt0"),
                e.getMessage());
    }

    /** Twelve months of 2024 with a national (and every group's) headcount {@code fgt0} of {@code persons}. */
    private static RunResult year(double fgt0, double persons) {
        List<MonthlyOutcome> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(month(YearMonth.of(2024, m), fgt0, persons));
        }
        return new RunResult(null, null, 1, 0, months);
    }

    private static MonthlyOutcome month(YearMonth ym, double fgt0, double persons) {
        int d = Destination.COUNT;
        PovertyMeasures[] poverty = new PovertyMeasures[Group.COUNT];
        Arrays.fill(poverty, new PovertyMeasures(fgt0, fgt0 / 4, fgt0 / 10, fgt0 / 2, fgt0 * 0.8, persons));
        double[] rates = new double[d];
        Arrays.fill(rates, 1);
        return new MonthlyOutcome(ym, new double[d][LegalStatus.COUNT], new double[d], 0, new double[d], 0,
                new double[d], new double[d], new double[d], 0, new double[d], new double[d], 0, 0, 0, 0, 1e9, 10,
                rates, 0.4, 0.3, new double[Group.COUNT], poverty, poverty, new double[] {0.1, 0.3}, 0.38, 0.4);
    }
}
