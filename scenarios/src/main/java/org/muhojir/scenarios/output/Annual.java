package org.muhojir.scenarios.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a monthly metric becomes a yearly one: flows (departures, remittances, deportations, ...) are summed over
 * the simulated months of the year; the remittances' share of GDP is the year's remittances over the year's GDP;
 * stocks, rates and poverty measures are averaged over the months.
 */
public final class Annual {
    /** Monthly flows, summed over a year. */
    static final Set<String> FLOWS = Set.of("departures", "departures_women", "returns_by_choice", "deportations",
            "detentions", "naturalisations", "remittances_usd", "transfer_fees_usd", "remittances_received_usd",
            "remittances_received_tjs", "gdp_usd");

    private Annual() {
    }

    /** "sum", "ratio" or "mean": how {@code metric} is aggregated over a year. */
    public static String aggregation(String metric) {
        if (FLOWS.contains(metric)) {
            return "sum";
        }
        return metric.equals("remittances_share_of_gdp") ? "ratio" : "mean";
    }

    /** The years of a cube, each with the indices of its months. */
    public static TreeMap<Integer, List<Integer>> years(Cube c) {
        TreeMap<Integer, List<Integer>> y = new TreeMap<>();
        for (int t = 0; t < c.months().size(); t++) {
            y.computeIfAbsent(c.months().get(t).getYear(), k -> new ArrayList<>()).add(t);
        }
        return y;
    }

    /** The yearly value of metric {@code k} in replication {@code r} over {@code months}. */
    public static double value(Cube c, int r, int k, List<Integer> months) {
        String agg = aggregation(c.metricName(k));
        if (agg.equals("ratio")) {
            int rem = c.index("remittances_received_usd", "all");
            int gdp = c.index("gdp_usd", "all");
            return sum(c, r, rem, months) / sum(c, r, gdp, months);
        }
        double s = sum(c, r, k, months);
        return agg.equals("sum") ? s : s / months.size();
    }

    /** The yearly values of metric {@code k} across replications. */
    public static double[] acrossReplications(Cube c, int k, List<Integer> months) {
        double[] v = new double[c.replications()];
        for (int r = 0; r < v.length; r++) {
            v[r] = value(c, r, k, months);
        }
        return v;
    }

    private static double sum(Cube c, int r, int k, List<Integer> months) {
        double s = 0;
        for (int t : months) {
            s += c.value(r, t, k);
        }
        return s;
    }
}
