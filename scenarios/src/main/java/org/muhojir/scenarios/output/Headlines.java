package org.muhojir.scenarios.output;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The headline outcomes of a report and of {@code summary.json}: remittances in dollars and as a share of GDP,
 * migrants abroad by destination, departures, deportations and bans, and poverty (FGT0, FGT1, FGT2) with and
 * without remittances, nationally and by region.
 */
public final class Headlines {
    /**
     * One headline.
     *
     * @param metric  the tidy metric name
     * @param group   its group
     * @param label   words for a reader
     * @param unit    the unit shown in the report
     * @param scale   factor from the metric's unit to the shown unit
     * @param section the table section it belongs to
     */
    public record Headline(String metric, String group, String label, String unit, double scale, String section) {
        /** {@code metric/group}, the headline's identifier in summary.json. */
        public String id() {
            return metric + "/" + group;
        }
    }

    /** Every headline, in report order. */
    public static final List<Headline> ALL = build();

    private Headlines() {
    }

    private static List<Headline> build() {
        List<Headline> h = new ArrayList<>();
        String money = "Remittances";
        h.add(new Headline("remittances_received_usd", "all", "Remittances received (after fees)", "USD million",
                1e-6, money));
        h.add(new Headline("remittances_share_of_gdp", "all", "Remittances received, share of GDP", "%", 100, money));
        h.add(new Headline("transfer_fees_usd", "all", "Transfer fees paid", "USD million", 1e-6, money));
        String migrants = "Migrants (yearly mean of the monthly stock; flows summed over the year)";
        h.add(new Headline("migrants_abroad", "all", "Migrants abroad, all destinations", "thousand", 1e-3,
                migrants));
        for (Destination d : Destination.values()) {
            h.add(new Headline("migrants_abroad", d.label(), "Migrants abroad in " + d.label(), "thousand", 1e-3,
                    migrants));
        }
        h.add(new Headline("migrants_abroad_irregular", "Russia", "Migrants in Russia without papers", "thousand",
                1e-3, migrants));
        h.add(new Headline("departures", "all", "Departures", "thousand", 1e-3, migrants));
        h.add(new Headline("returns_by_choice", "all", "Returns by choice", "thousand", 1e-3, migrants));
        h.add(new Headline("detentions", "all", "Detentions", "thousand", 1e-3, migrants));
        h.add(new Headline("deportations", "all", "Deportations", "thousand", 1e-3, migrants));
        h.add(new Headline("bans_in_force", "all", "Re-entry bans in force", "thousand", 1e-3, migrants));
        h.add(new Headline("households_with_migrant_share", "all", "Households with a member abroad", "%", 100,
                migrants));
        String poverty = "Poverty, national (yearly mean of monthly measures)";
        String[][] fgt = {{"poverty_fgt0", "Poverty headcount (FGT0)"}, {"poverty_fgt1", "Poverty gap (FGT1)"},
            {"poverty_fgt2", "Poverty severity (FGT2)"}, {"extreme_poverty_fgt0", "Extreme poverty headcount"}};
        for (String[] f : fgt) {
            h.add(new Headline(f[0], "national", f[1], "%", 100, poverty));
            h.add(new Headline(f[0] + "_without_remittances", "national", f[1] + " without remittances", "%", 100,
                    poverty));
        }
        h.add(new Headline("gini", "national", "Gini coefficient of consumption", "x100", 100, poverty));
        h.add(new Headline("gini_without_remittances", "national", "Gini without remittances", "x100", 100,
                poverty));
        String regions = "Poverty by region and area (headcount FGT0)";
        for (Group g : Group.values()) {
            if (g == Group.NATIONAL) {
                continue;
            }
            h.add(new Headline("poverty_fgt0", g.label(), "Poverty headcount, " + g.label(), "%", 100, regions));
            h.add(new Headline("poverty_fgt0_without_remittances", g.label(), "... without remittances, "
                    + g.label(), "%", 100, regions));
        }
        assert Region.COUNT == 5;
        return List.copyOf(h);
    }
}
