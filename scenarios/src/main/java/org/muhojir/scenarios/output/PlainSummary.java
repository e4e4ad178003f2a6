package org.muhojir.scenarios.output;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.muhojir.core.outcome.ConfidenceInterval;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.outcome.Unit;
import org.muhojir.core.policy.ScheduledShock;

/**
 * A comparison in sentences, for a reader who will not read the tables: "In 2026 remittances received are 17% lower
 * (15 to 19%), the poverty headcount is 0.15 percentage points higher (0.10 to 0.20), ...", for the policy's first
 * full year and the headline year. Changes of amounts are given in per cent of the baseline; changes of shares
 * (poverty headcounts) in percentage points. Each figure carries its 95% interval over the paired replications; a
 * change whose interval includes zero is said to be not clear.
 */
final class PlainSummary {
    /**
     * One outcome of the summary.
     *
     * @param metric the catalogue metric
     * @param group  its group
     * @param words  its name in a sentence
     * @param plural whether the name takes "are"
     */
    record Outcome(Metric metric, String group, String words, boolean plural) {
        String verb() {
            return words + (plural ? " are " : " is ");
        }
    }

    /** The outcomes summarised, in sentence order. */
    static final List<Outcome> OUTCOMES = List.of(
            new Outcome(Metric.REMITTANCES_RECEIVED_USD, GroupKind.ALL_LABEL, "remittances received", true),
            new Outcome(Metric.POVERTY_FGT0, Group.NATIONAL.label(), "the poverty headcount", false),
            new Outcome(Metric.EXTREME_POVERTY_FGT0, Group.NATIONAL.label(), "extreme poverty", false),
            new Outcome(Metric.MIGRANTS_ABROAD, GroupKind.ALL_LABEL, "migrants abroad", true),
            new Outcome(Metric.DEPORTATIONS, GroupKind.ALL_LABEL, "deportations", true),
            new Outcome(Metric.BANS_IN_FORCE, GroupKind.ALL_LABEL, "re-entry bans in force", true));

    /** Most decimals a change is shown with, however narrow its interval. */
    private static final int MOST_DECIMALS = 4;

    private PlainSummary() {
    }

    /** The years to summarise: the policy's first full year (if it is another) and the headline year. */
    static List<Integer> years(ScenarioRuns policy) {
        TreeSet<Integer> years = new TreeSet<>();
        Integer first = firstFullYear(policy);
        if (first != null) {
            years.add(first);
        }
        years.add(policy.headlineYear());
        return List.copyOf(years);
    }

    /**
     * The first calendar year simulated in full in which the policy's first shock is in force from January, or null
     * if there is none (a policy without shocks of its own, or one that starts in the headline year).
     */
    static Integer firstFullYear(ScenarioRuns policy) {
        YearMonth start = policy.scenario().shocks().stream().map(ScheduledShock::start).min(YearMonth::compareTo)
                .orElse(null);
        if (start == null) {
            return null;
        }
        int year = start.getMonthValue() == 1 ? start.getYear() : start.getYear() + 1;
        List<Integer> months = policy.years().get(year);
        return months != null && months.size() == 12 && year <= policy.headlineYear() ? year : null;
    }

    /** One sentence for {@code year}: how each outcome of the policy differs from the baseline. */
    static String sentence(ScenarioRuns base, ScenarioRuns policy, int year) {
        List<Integer> months = base.years().get(year);
        List<String> parts = new ArrayList<>();
        for (Outcome o : OUTCOMES) {
            int k = base.index(o.metric(), o.group());
            parts.add(o.metric().unit() == Unit.SHARE
                    ? o.verb() + change(Differences.annual(base, policy, k, months), " percentage points", "")
                    : o.verb() + change(Differences.relative(base, policy, k, months), "%", "%"));
        }
        return "In " + year + " " + join(parts) + ".";
    }

    /**
     * "0.15 percentage points higher (0.10 to 0.20)" or "17% lower (15 to 19%)": a difference of shares or a relative
     * change (both shown times 100), with its interval, or "not clearly changed" when the interval includes zero.
     */
    static String change(ConfidenceInterval d, String unit, String intervalUnit) {
        return change(d, 100, unit, intervalUnit);
    }

    private static String change(ConfidenceInterval d, double scale, String unit, String intervalUnit) {
        if (Double.isNaN(d.mean())) {
            return "not comparable (none in the baseline)";
        }
        double mean = d.mean() * scale;
        if (Double.isNaN(d.low())) {
            return amount(Math.abs(mean)) + unit + " " + (mean < 0 ? "lower" : "higher") + " (one replication: no "
                    + "interval)";
        }
        double low = d.low() * scale;
        double high = d.high() * scale;
        if (low <= 0 && high >= 0) {
            return "not clearly changed (" + signed(low) + intervalUnit + " to " + signed(high) + intervalUnit + ")";
        }
        double near = Math.min(Math.abs(low), Math.abs(high));
        double far = Math.max(Math.abs(low), Math.abs(high));
        // as many decimals as the mean needs, and more if the interval's ends would otherwise read the same
        int decimals = decimals(Math.abs(mean));
        while (decimals < MOST_DECIMALS && amount(near, decimals).equals(amount(far, decimals))) {
            decimals++;
        }
        return amount(Math.abs(mean), decimals) + unit + " " + (mean < 0 ? "lower" : "higher") + " ("
                + amount(near, decimals) + " to " + amount(far, decimals) + intervalUnit + ")";
    }

    /** A number with two significant digits at least and no more decimals than it needs. */
    static String amount(double v) {
        return amount(v, decimals(v));
    }

    private static int decimals(double v) {
        return v >= 10 ? 0 : v >= 1 ? 1 : v >= 0.1 ? 2 : 3;
    }

    private static String amount(double v, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "-" : "") + amount(Math.abs(v));
    }

    private static String join(List<String> parts) {
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }
}
