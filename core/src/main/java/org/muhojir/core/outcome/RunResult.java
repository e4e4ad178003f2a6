package org.muhojir.core.outcome;

import java.util.List;
import org.muhojir.core.behaviour.Rules;
import org.muhojir.core.scenario.Scenario;

/**
 * The result of one run: what ran (the scenario, the behaviour rules, the seed and the replication) and every
 * month's outcome. {@code MuhojirModel.result()} builds it from a model.
 *
 * @param scenario    the scenario, with all its values, including the shocks added while it ran
 * @param rules       the behaviour rules it ran with
 * @param seed        the master seed
 * @param replication the replication number
 * @param months      the monthly outcomes, in month order
 */
public record RunResult(Scenario scenario, Rules rules, long seed, int replication, List<MonthlyOutcome> months) {
    /** Copies {@code months} (NullPointerException if it or a month is null). */
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
