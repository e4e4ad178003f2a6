package org.muhojir.scenarios.responses;

import java.util.List;
import java.util.Locale;
import org.muhojir.core.outcome.AnnualOutcome;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.world.Destination;

/**
 * What an expectation measures: one catalogue metric for one group in one calendar year, as the year aggregates it
 * ({@link Metric#aggregation()}), and the scale of the response: the difference in the metric's annual unit, or
 * the relative change (policy over baseline, minus 1).
 *
 * @param metric the catalogue metric
 * @param group  a destination's label ({@code Russia}), {@code all}, or a population group ({@code national},
 *               {@code Khatlon}, {@code rural})
 * @param year   the calendar year compared
 * @param scale  difference or relative change
 */
public record Outcome(Metric metric, String group, int year, Scale scale) {

    /** How a response is expressed. */
    public enum Scale {
        /** Policy minus baseline, in the metric's annual unit. */
        DIFFERENCE,
        /** Policy over baseline, minus 1 (0.1 is 10% more). */
        RELATIVE
    }

    /** The metric at a destination in a year, as a difference. */
    public static Outcome at(Metric metric, Destination d, int year) {
        return new Outcome(metric, d.label(), year, Scale.DIFFERENCE);
    }

    /** The metric for a population group in a year, as a difference. */
    public static Outcome in(Metric metric, Group g, int year) {
        return new Outcome(metric, g.label(), year, Scale.DIFFERENCE);
    }

    /** The metric for every destination together or the nation (whichever it is reported for), as a difference. */
    public static Outcome total(Metric metric, int year) {
        boolean population = metric.groupKind() == GroupKind.NATIONAL
                || metric.groupKind() == GroupKind.POPULATION_GROUP;
        return new Outcome(metric, population ? Group.NATIONAL.label() : GroupKind.ALL_LABEL, year,
                Scale.DIFFERENCE);
    }

    /** The same outcome as a relative change. */
    public Outcome relative() {
        return new Outcome(metric, group, year, Scale.RELATIVE);
    }

    /** The response of one replication: the policy run against the baseline run with the same random numbers. */
    public double response(RunResult baseline, RunResult policy) {
        double base = valueIn(baseline);
        double changed = valueIn(policy);
        return scale == Scale.RELATIVE ? changed / base - 1 : changed - base;
    }

    /** The paired responses of replications {@code k = 0, 1, ...}: policy run k against baseline run k. */
    public double[] responses(List<RunResult> baselines, List<RunResult> policies) {
        double[] r = new double[baselines.size()];
        for (int k = 0; k < r.length; k++) {
            r[k] = response(baselines.get(k), policies.get(k));
        }
        return r;
    }

    /** The year's value in a run. */
    public double valueIn(RunResult run) {
        return year(run.annual()).value(metric, group);
    }

    private AnnualOutcome year(List<AnnualOutcome> years) {
        for (AnnualOutcome y : years) {
            if (y.year() == year) {
                return y;
            }
        }
        throw new IllegalArgumentException("the run does not simulate " + year);
    }

    /**
     * A response as a table shows it: a relative change in per cent, a difference in the unit reports show it in
     * ({@link #shownUnit()}: thousand persons, USD million, percentage points, index x 100).
     */
    public String format(double response) {
        return scale == Scale.RELATIVE ? String.format(Locale.ROOT, "%+.1f%%", 100 * response)
                : String.format(Locale.ROOT, "%+,.3f", response * metric.unit().shownScale());
    }

    /** The unit of {@link #format}: {@code %} for a relative change, else the metric's unit for differences. */
    public String shownUnit() {
        return scale == Scale.RELATIVE ? "%" : metric.unit().shownDifference();
    }

    /** In words, for tables: {@code remittances_received_usd (all, 2024)}. */
    public String describe() {
        return metric.tidyName() + " (" + group + ", " + year + ")";
    }
}
