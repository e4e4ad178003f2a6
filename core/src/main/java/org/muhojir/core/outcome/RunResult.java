package org.muhojir.core.outcome;

import java.util.List;
import org.muhojir.core.scenario.Scenario;

/**
 * The result of one run: the scenario as run, its seed and replication, and every month's outcome.
 *
 * @param scenario    the scenario, with all its values
 * @param seed        the master seed
 * @param replication the replication number
 * @param months      the monthly outcomes, in month order
 */
public record RunResult(Scenario scenario, long seed, int replication, List<MonthlyOutcome> months) {
    public RunResult {
        months = List.copyOf(months);
    }

    /** Headline outcomes by calendar year. */
    public List<AnnualOutcome> annual() {
        return AnnualOutcome.of(months);
    }

    /** The last month's outcome. */
    public MonthlyOutcome last() {
        return months.get(months.size() - 1);
    }
}
