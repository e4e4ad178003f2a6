package org.muhojir.scenarios.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.engine.RunOptions;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.policy.RaidWave;
import org.muhojir.core.policy.ScheduledShock;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;

/**
 * A policy's change in per cent is its paired difference from the baseline over the baseline's mean, interval and
 * all, so a change the report calls clear in per cent (its interval excludes zero) is exactly a difference it calls
 * clear, in the table, its colours and the summary's sentences. (It used to be the mean of each pair's ratio, whose
 * interval could include zero while the difference's did not: "deportations are not clearly changed" beside a
 * clearly higher difference coloured red.)
 */
class DifferencesTest {
    private static final Scenario BASE = TajikistanDefaults.baseline().withSampleFraction(0.002)
            .withPeriod(YearMonth.of(2023, 11), 4);
    private static final Scenario RAIDS = BASE.plusShocks(List.of(new ScheduledShock(YearMonth.of(2023, 11),
            ScheduledShock.UNTIL_END, new RaidWave(Destination.RUSSIA, 3)))).named("raids", "raids x3");

    @Test
    void theChangeInPerCentIsTheDifferenceOverTheBaselinesMean() {
        ScenarioRuns base = new ScenarioRuns(BASE, Muhojir.replicate(BASE, RunOptions.seed(3), 3, 1));
        ScenarioRuns raids = new ScenarioRuns(RAIDS, Muhojir.replicate(RAIDS, RunOptions.seed(3), 3, 1));
        int compared = 0;
        for (List<Integer> months : base.years().values()) {
            for (int k = 0; k < base.rows().size(); k++) {
                double baseMean = Arrays.stream(base.annualAcrossReplications(k, months)).average().orElseThrow();
                ConfidenceInterval d = Differences.annual(base, raids, k, months);
                ConfidenceInterval r = Differences.relative(base, raids, k, months);
                String row = base.row(k).name() + "/" + base.row(k).group() + " " + months;
                if (!(baseMean > 0)) {
                    assertEquals(Double.NaN, r.mean(), row);
                    continue;
                }
                compared++;
                assertEquals(d.mean() / baseMean, r.mean(), 1e-12 * Math.abs(r.mean()), row);
                assertEquals(d.low() / baseMean, r.low(), 1e-12 * Math.abs(r.low()), row);
                assertEquals(d.high() / baseMean, r.high(), 1e-12 * Math.abs(r.high()), row);
                assertEquals(clear(d), clear(r), row);
            }
        }
        assertEquals(true, compared > 100, compared + " rows compared");
    }

    private static boolean clear(ConfidenceInterval c) {
        return c.low() > 0 || c.high() < 0;
    }
}
