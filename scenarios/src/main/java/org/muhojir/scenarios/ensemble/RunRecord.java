package org.muhojir.scenarios.ensemble;

import java.io.Serializable;
import java.util.List;
import org.muhojir.core.outcome.MonthlyOutcome;

/**
 * The compact result of one run of an ensemble.
 *
 * @param item    the work item
 * @param moments the ensemble's moments in its order, in each moment's unit
 * @param annual  with {@link Detail#ANNUAL} or more: every tidy row's yearly value, year by year (years in order, rows
 *                in {@link MonthlyOutcome#metrics()}'s order within a year), as the metric catalogue aggregates it;
 *                otherwise empty
 * @param months  with {@link Detail#MONTHLY}: every month's outcome; otherwise empty
 */
public record RunRecord(WorkItem item, double[] moments, double[] annual, List<MonthlyOutcome> months)
        implements Serializable {
    private static final long serialVersionUID = 1L;

    public RunRecord {
        months = List.copyOf(months);
    }

    /** Whether two records hold the very same numbers, bit for bit. */
    public boolean sameAs(RunRecord o) {
        return item.equals(o.item) && java.util.Arrays.equals(moments, o.moments)
                && java.util.Arrays.equals(annual, o.annual) && months.equals(o.months);
    }
}
