package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.IntervalKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MetricValue;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;

/**
 * The replications of one scenario as a table of numbers: {@code value(replication, month, row)}, where rows are
 * the tidy rows of {@link MonthlyOutcome#metrics()} (a catalogue {@link Metric} in one group) in their fixed
 * order. Yearly values are aggregated as the catalogue says.
 */
public final class ScenarioRuns {
    /**
     * One tidy row: a metric in a group.
     *
     * @param metric the catalogue metric
     * @param group  its group label
     */
    public record Row(Metric metric, String group) {
        /** The metric's tidy name. */
        public String name() {
            return metric.tidyName();
        }
    }

    private final Scenario scenario;
    private final List<RunResult> runs;
    private final List<YearMonth> months;
    private final List<Row> rows = new ArrayList<>();
    private final double[][][] values;
    private final IntervalKind intervals;
    /** The headline year asked for, or null for the last whole calendar year simulated. */
    private final Integer askedHeadlineYear;

    /** The runs of a scenario, every replication at the same parameters (Monte Carlo intervals). */
    public ScenarioRuns(Scenario scenario, List<RunResult> runs) {
        this(scenario, runs, IntervalKind.MONTE_CARLO);
    }

    /** The runs of a scenario, headlined by the last whole calendar year simulated. */
    public ScenarioRuns(Scenario scenario, List<RunResult> runs, IntervalKind intervals) {
        this(scenario, runs, intervals, null);
    }

    /**
     * @param scenario     the scenario as run (for a variation, as given: replications may have run variants of it)
     * @param runs         one result per replication, in replication order
     * @param intervals    what the intervals across these replications are
     * @param headlineYear the year of the headline outcomes, a calendar year simulated in full; null for the last
     *                     one (see {@link #headlineYear()})
     * @throws IllegalArgumentException if {@code headlineYear} is not simulated in full
     */
    public ScenarioRuns(Scenario scenario, List<RunResult> runs, IntervalKind intervals, Integer headlineYear) {
        this.scenario = scenario;
        this.intervals = intervals;
        this.askedHeadlineYear = headlineYear;
        this.runs = List.copyOf(runs);
        List<MonthlyOutcome> first = runs.get(0).months();
        this.months = first.stream().map(MonthlyOutcome::month).toList();
        for (MetricValue m : first.get(0).metrics()) {
            rows.add(new Row(m.metric(), m.group()));
        }
        values = new double[runs.size()][months.size()][rows.size()];
        for (int r = 0; r < runs.size(); r++) {
            for (int t = 0; t < months.size(); t++) {
                List<MetricValue> metrics = runs.get(r).months().get(t).metrics();
                for (int k = 0; k < rows.size(); k++) {
                    values[r][t][k] = metrics.get(k).value();
                }
            }
        }
        if (headlineYear != null && years().getOrDefault(headlineYear, List.of()).size() != 12) {
            throw new IllegalArgumentException("the headline year " + headlineYear + " is not simulated in full ("
                    + months.get(0) + " to " + months.get(months.size() - 1) + ")");
        }
    }

    /** What the intervals across these replications say (Monte Carlo noise, or also parameter uncertainty). */
    public IntervalKind intervals() {
        return intervals;
    }

    public Scenario scenario() {
        return scenario;
    }

    public String name() {
        return scenario.name();
    }

    public List<RunResult> runs() {
        return runs;
    }

    public int replications() {
        return runs.size();
    }

    public List<YearMonth> months() {
        return months;
    }

    /** The tidy rows, in output order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Row {@code k}. */
    public Row row(int k) {
        return rows.get(k);
    }

    /** Index of a metric's row in a group, or -1. */
    public int index(Metric metric, String group) {
        return rows.indexOf(new Row(metric, group));
    }

    public double value(int replication, int month, int row) {
        return values[replication][month][row];
    }

    /** The replications' values of one row in one month. */
    public double[] acrossReplications(int month, int row) {
        double[] v = new double[runs.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = values[r][month][row];
        }
        return v;
    }

    /** The mean across replications of one row in one month, with its 95% interval. */
    public ConfidenceInterval interval(int month, int row) {
        return intervals.of(acrossReplications(month, row));
    }

    /** The calendar years simulated, each with the indices of its months, in year order. */
    public TreeMap<Integer, List<Integer>> years() {
        TreeMap<Integer, List<Integer>> y = new TreeMap<>();
        for (int t = 0; t < months.size(); t++) {
            y.computeIfAbsent(months.get(t).getYear(), k -> new ArrayList<>()).add(t);
        }
        return y;
    }

    /** The yearly value of row {@code k} in replication {@code r} over {@code yearMonths}, as the catalogue says. */
    public double annual(int r, int k, List<Integer> yearMonths) {
        Row row = rows.get(k);
        return row.metric().aggregation().annual(row.metric(), yearMonths.size(),
                m -> sum(r, m == row.metric() ? k : index(m, row.group()), yearMonths));
    }

    /** The yearly values of row {@code k} across replications. */
    public double[] annualAcrossReplications(int k, List<Integer> yearMonths) {
        double[] v = new double[runs.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = annual(r, k, yearMonths);
        }
        return v;
    }

    /** The mean across replications of row {@code k}'s yearly value, with its 95% interval. */
    public ConfidenceInterval annualInterval(int k, List<Integer> yearMonths) {
        return intervals.of(annualAcrossReplications(k, yearMonths));
    }

    /** Months of the {@link #headlineYear()} simulated: 12 unless no calendar year is simulated in full. */
    public int headlineMonths() {
        return years().get(headlineYear()).size();
    }

    /**
     * How the headline year is described: {@code 2032 (the last whole calendar year simulated)}, {@code 2027 (asked
     * for; the last whole calendar year simulated is 2032)}, or for a run with no whole calendar year {@code 2023 (1
     * month simulated: no whole calendar year)}.
     */
    public String headlineYearDescribed() {
        if (headlineYearAsked()) {
            return askedHeadlineYear + " (asked for; the last whole calendar year simulated is " + lastWholeYear() + ")";
        }
        int months = headlineMonths();
        return headlineYear() + (months == 12 ? " (the last whole calendar year simulated)"
                : " (" + Numbers.months(months) + " simulated: no whole calendar year)");
    }

    /**
     * The year of the headline outcomes: the one asked for, else the last calendar year with twelve simulated months,
     * or the last year if none is whole.
     */
    public int headlineYear() {
        return askedHeadlineYear != null ? askedHeadlineYear : lastWholeYear();
    }

    /** Whether the headline year was asked for, rather than the last whole calendar year simulated. */
    public boolean headlineYearAsked() {
        return askedHeadlineYear != null && askedHeadlineYear != lastWholeYear();
    }

    /** The last calendar year with twelve simulated months, or the last year if none is whole. */
    private int lastWholeYear() {
        for (var y : years().descendingMap().entrySet()) {
            if (y.getValue().size() == 12) {
                return y.getKey();
            }
        }
        return years().lastKey();
    }

    private double sum(int r, int k, List<Integer> yearMonths) {
        double s = 0;
        for (int t : yearMonths) {
            s += values[r][t][k];
        }
        return s;
    }
}
