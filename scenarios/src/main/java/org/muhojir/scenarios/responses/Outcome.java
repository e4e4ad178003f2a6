package org.muhojir.scenarios.responses;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.muhojir.core.outcome.AnnualOutcome;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.world.Destination;

/**
 * What an expectation measures: one catalogue metric for one group in one calendar year, as the year aggregates it
 * ({@link Metric#aggregation()}), and the scale of the response: the difference in the metric's annual unit, the
 * relative change (policy over baseline, minus 1), or, for a poverty measure, the difference at the baseline's
 * persons at home.
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
        RELATIVE,
        /**
         * For a poverty measure (FGT0, FGT1, FGT2, extreme FGT0) of persons at home: the change in its numerator
         * (poor persons, or persons times their gap or squared gap) over the baseline's persons at home, in the
         * measure's unit; the response with who is at home held as in the baseline. A plain difference also moves
         * when migrants come home to households above the line (they join the denominator; Foster, Greer and
         * Thorbecke, 1984, Econometrica 52(3): 761-766, the measures' decomposition by population share).
         */
        AT_BASELINE_PERSONS
    }

    /** The metrics {@link Scale#AT_BASELINE_PERSONS} applies to: shares of persons at home with a numerator. */
    private static final Set<Metric> POVERTY_MEASURES = EnumSet.of(Metric.POVERTY_FGT0, Metric.POVERTY_FGT1,
            Metric.POVERTY_FGT2, Metric.EXTREME_POVERTY_FGT0);

    public Outcome {
        if (scale == Scale.AT_BASELINE_PERSONS && !POVERTY_MEASURES.contains(metric)) {
            throw new IllegalArgumentException("the scale at-baseline-persons is for poverty_fgt0, poverty_fgt1, "
                    + "poverty_fgt2 and extreme_poverty_fgt0, not " + metric.tidyName());
        }
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

    /** The response of one replication: the policy run against the baseline run with the same random numbers. */
    public double response(RunResult baseline, RunResult policy) {
        if (scale == Scale.AT_BASELINE_PERSONS) {
            return responseAtBaselinePersons(baseline, policy);
        }
        double base = valueIn(baseline);
        double changed = valueIn(policy);
        return scale == Scale.RELATIVE ? changed / base - 1 : changed - base;
    }

    /** The year's mean numerator of the policy run less the baseline's, over the baseline's mean persons at home. */
    private double responseAtBaselinePersons(RunResult baseline, RunResult policy) {
        Group g = Group.byLabel(group);
        double numerators = 0;
        double persons = 0;
        for (int i = 0; i < baseline.months().size(); i++) {
            MonthlyOutcome b = baseline.months().get(i);
            if (b.month().getYear() != year) {
                continue;
            }
            MonthlyOutcome q = policy.months().get(i);
            double basePersons = b.poverty()[g.ordinal()].persons();
            numerators += metric.value(q, g) * q.poverty()[g.ordinal()].persons() - metric.value(b, g) * basePersons;
            persons += basePersons;
        }
        if (persons == 0) {
            throw new IllegalArgumentException("the run does not simulate " + year);
        }
        return numerators / persons;
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

    /**
     * In words, for tables: {@code remittances_received_usd (all, 2024)}, or
     * {@code poverty_fgt2 (DRS, 2024, at baseline persons)}.
     */
    public String describe() {
        return metric.tidyName() + " (" + group + ", " + year
                + (scale == Scale.AT_BASELINE_PERSONS ? ", at baseline persons" : "") + ")";
    }
}
