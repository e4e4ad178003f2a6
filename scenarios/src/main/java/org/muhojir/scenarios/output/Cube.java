package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.outcome.RunResult;
import org.muhojir.core.scenario.Scenario;

/**
 * The runs of one scenario as numbers: {@code value(replication, month, metric)}, where metrics are the tidy rows of
 * {@link MonthlyOutcome#metrics()} in their fixed order.
 */
public final class Cube {
    private final Scenario scenario;
    private final List<RunResult> runs;
    private final List<YearMonth> months;
    private final List<String> names = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final double[][][] values;

    public Cube(Scenario scenario, List<RunResult> runs) {
        this.scenario = scenario;
        this.runs = List.copyOf(runs);
        List<MonthlyOutcome> first = runs.get(0).months();
        this.months = first.stream().map(MonthlyOutcome::month).toList();
        for (Metric m : first.get(0).metrics()) {
            names.add(m.name());
            groups.add(m.group());
        }
        values = new double[runs.size()][months.size()][names.size()];
        for (int r = 0; r < runs.size(); r++) {
            for (int t = 0; t < months.size(); t++) {
                List<Metric> metrics = runs.get(r).months().get(t).metrics();
                for (int k = 0; k < names.size(); k++) {
                    values[r][t][k] = metrics.get(k).value();
                }
            }
        }
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

    public int metrics() {
        return names.size();
    }

    public String metricName(int k) {
        return names.get(k);
    }

    public String group(int k) {
        return groups.get(k);
    }

    /** Index of a metric in a group, or -1. */
    public int index(String name, String group) {
        for (int k = 0; k < names.size(); k++) {
            if (names.get(k).equals(name) && groups.get(k).equals(group)) {
                return k;
            }
        }
        return -1;
    }

    public double value(int replication, int month, int metric) {
        return values[replication][month][metric];
    }

    /** The replications' values of one metric in one month. */
    public double[] acrossReplications(int month, int metric) {
        double[] v = new double[runs.size()];
        for (int r = 0; r < v.length; r++) {
            v[r] = values[r][month][metric];
        }
        return v;
    }
}
