package org.muhojir.scenarios.output;

/** The unit of a tidy metric, from its name (names say their unit, as {@code remittances_usd} does). */
public final class Units {
    private Units() {
    }

    /** The unit of one monthly value of {@code metric}. */
    public static String monthly(String metric) {
        if (metric.equals("tjs_per_usd")) {
            return "TJS per USD";
        } else if (metric.startsWith("consumption_tjs_per_ae")) {
            return "TJS per adult equivalent per month";
        } else if (metric.endsWith("_usd")) {
            return "USD";
        } else if (metric.endsWith("_tjs")) {
            return "TJS";
        } else if (metric.contains("share") || metric.contains("poverty_fgt0")) {
            return "share (0 to 1)";
        } else if (metric.contains("fgt1") || metric.contains("fgt2") || metric.startsWith("gini")) {
            return "index (0 to 1)";
        }
        return "persons";
    }

    /** The unit of a yearly value: flows are totals for the year, the rest monthly averages. */
    public static String annual(String metric) {
        String unit = monthly(metric);
        return Annual.aggregation(metric).equals("sum") ? unit + " per year" : unit;
    }
}
