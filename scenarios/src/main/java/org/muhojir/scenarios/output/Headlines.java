package org.muhojir.scenarios.output;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.GroupKind;
import org.muhojir.core.outcome.Metric;
import org.muhojir.core.world.Destination;

/**
 * The headline outcomes of a report and of {@code summary.json}: remittances received in dollars and as a share of
 * GDP, and as the published figures measure them (sent before fees; the balance of payments),
 * migrants abroad by destination, departures, deportations and bans, poverty (FGT0, FGT1, FGT2) with and without
 * remittances, nationally and by region, and the exchange rates in force. Units and aggregation come from the
 * metric catalogue.
 */
public final class Headlines {
    /**
     * One headline.
     *
     * @param metric  the catalogue metric
     * @param group   its group
     * @param label   words for a reader
     * @param section the table section it belongs to
     */
    public record Headline(Metric metric, String group, String label, String section) {
        /** {@code metric/group}, the headline's identifier in summary.json. */
        public String id() {
            return metric.tidyName() + "/" + group;
        }

        /**
         * The unit shown in the report's yearly tables: a flow summed over the year's months says so ("thousand
         * persons per year"), beside stocks and rates, which are the months' averages ("thousand persons").
         */
        public String unit() {
            return unit(true);
        }

        /** {@link #unit()}, for a period of a whole year or, if not, of the months simulated (no "per year"). */
        public String unit(boolean wholeYear) {
            return wholeYear && metric.aggregation().kind() == org.muhojir.core.outcome.Aggregation.Kind.SUM
                    ? metric.unit().shown() + " per year" : metric.unit().shown();
        }

        /** Factor from the metric's unit to the shown unit. */
        public double scale() {
            return metric.unit().shownScale();
        }
    }

    private static final String EVERYWHERE = GroupKind.ALL_LABEL;
    private static final String NATIONAL = Group.NATIONAL.label();

    /** Every headline, in report order. */
    public static final List<Headline> ALL = build();

    private Headlines() {
    }

    /** Whether a row is an exchange rate in force: an input of the run, not an outcome of it. */
    static boolean isExchangeRate(Metric m) {
        return m == Metric.LOCAL_CURRENCY_PER_USD || m == Metric.TJS_PER_LOCAL_CURRENCY || m == Metric.TJS_PER_USD;
    }

    /** The headline with identifier {@code metric/group}. */
    public static Headline byId(String id) {
        return ALL.stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow(
                () -> new IllegalArgumentException("no headline " + id));
    }

    private static List<Headline> build() {
        List<Headline> h = new ArrayList<>();
        String money = "Remittances";
        h.add(new Headline(Metric.REMITTANCES_RECEIVED_USD, EVERYWHERE, "Remittances received (after fees)", money));
        h.add(new Headline(Metric.REMITTANCES_RECEIVED_TJS, EVERYWHERE, "Remittances received in somoni (after fees)",
                money));
        h.add(new Headline(Metric.REMITTANCES_SHARE_OF_GDP, EVERYWHERE, "Remittances received, share of GDP", money));
        // the measures published figures use (docs/calibration.md, section 6): what transfer systems record, which
        // the World Bank's series follows, and the balance of payments' personal remittances
        h.add(new Headline(Metric.REMITTANCES_USD, EVERYWHERE, "Remittances sent (before fees, as transfer systems "
                + "and the World Bank count them)", money));
        h.add(new Headline(Metric.REMITTANCES_BOP_USD, EVERYWHERE, "Remittances in the balance of payments (earnings "
                + "of members abroad under a year, transfers of the others)", money));
        String migrants = "Migrants (yearly mean of the monthly stock; flows summed over the year)";
        h.add(new Headline(Metric.MIGRANTS_ABROAD, EVERYWHERE, "Migrants abroad, all destinations", migrants));
        for (Destination d : Destination.values()) {
            h.add(new Headline(Metric.MIGRANTS_ABROAD, d.label(), "Migrants abroad in " + PlainSummary.place(d),
                    migrants));
        }
        h.add(new Headline(Metric.MIGRANTS_ABROAD_IRREGULAR, Destination.RUSSIA.label(),
                "Migrants in Russia without papers", migrants));
        h.add(new Headline(Metric.DEPARTURES, EVERYWHERE, "Departures", migrants));
        h.add(new Headline(Metric.RETURNS_BY_CHOICE, EVERYWHERE, "Returns by choice", migrants));
        h.add(new Headline(Metric.DETENTIONS, EVERYWHERE, "Detentions", migrants));
        h.add(new Headline(Metric.DEPORTATIONS, EVERYWHERE, "Deportations", migrants));
        h.add(new Headline(Metric.BANS_IN_FORCE, EVERYWHERE, "Re-entry bans in force", migrants));
        h.add(new Headline(Metric.HOUSEHOLDS_WITH_MIGRANT_SHARE, EVERYWHERE, "Households with a member abroad",
                migrants));
        String poverty = "Poverty, national (yearly mean of monthly measures)";
        povertyPair(h, Metric.POVERTY_FGT0, Metric.POVERTY_FGT0_WITHOUT_REMITTANCES, "Poverty headcount (FGT0)",
                poverty);
        h.add(new Headline(Metric.PERSONS_IN_POVERTY, NATIONAL, "Persons at home in poverty", poverty));
        h.add(new Headline(Metric.PERSONS_AT_HOME, NATIONAL, "Persons at home (members abroad not counted)", poverty));
        povertyPair(h, Metric.POVERTY_FGT1, Metric.POVERTY_FGT1_WITHOUT_REMITTANCES, "Poverty gap (FGT1)", poverty);
        povertyPair(h, Metric.POVERTY_FGT2, Metric.POVERTY_FGT2_WITHOUT_REMITTANCES, "Poverty severity (FGT2)",
                poverty);
        povertyPair(h, Metric.EXTREME_POVERTY_FGT0, Metric.EXTREME_POVERTY_FGT0_WITHOUT_REMITTANCES,
                "Extreme poverty headcount", poverty);
        h.add(new Headline(Metric.GINI, NATIONAL, "Gini coefficient of quarterly consumption", poverty));
        h.add(new Headline(Metric.GINI_WITHOUT_REMITTANCES, NATIONAL, "Gini without remittances", poverty));
        String regions = "Poverty by region and area (headcount FGT0)";
        for (Group g : Group.values()) {
            if (g != Group.NATIONAL) {
                h.add(new Headline(Metric.POVERTY_FGT0, g.label(), "Poverty headcount, " + g.label(), regions));
                h.add(new Headline(Metric.POVERTY_FGT0_WITHOUT_REMITTANCES, g.label(), "... without remittances, "
                        + g.label(), regions));
            }
        }
        String rates = "Exchange rates in force (yearly mean of the monthly rate)";
        h.add(new Headline(Metric.TJS_PER_USD, EVERYWHERE, "TJS per US dollar (the somoni)", rates));
        for (Destination d : Destination.values()) {
            if (!d.currency().equals("USD")) {
                h.add(new Headline(Metric.LOCAL_CURRENCY_PER_USD, d.label(), d.currency() + " per US dollar ("
                        + d.label() + ")", rates));
            }
        }
        return List.copyOf(h);
    }

    private static void povertyPair(List<Headline> h, Metric with, Metric without, String label, String section) {
        h.add(new Headline(with, NATIONAL, label, section));
        h.add(new Headline(without, NATIONAL, label + " without remittances", section));
    }
}
