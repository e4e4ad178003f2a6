package org.muhojir.gui.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.outcome.Group;
import org.muhojir.core.outcome.MonthlyOutcome;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.Region;

/**
 * The four moving charts of the visualizer and how each line is read from a {@link MonthlyOutcome}. Values are
 * national totals, converted to the chart's unit: millions of US dollars, thousands of persons, per cent.
 */
public final class Charts {
    /**
     * A colour per destination, in {@link Destination} order: Russia vermillion, Kazakhstan blue, Turkey pink,
     * the Gulf violet, South Korea green, the UK olive, the USA grey. Hues at least 30 degrees apart (mostly from
     * the colour-blind-safe Okabe-Ito palette), so no two destinations look alike.
     */
    static final Color[] DESTINATION_COLOURS = {new Color(0xd55e00), new Color(0x0072b2), new Color(0xcc79a7),
        new Color(0x6a3d9a), new Color(0x009e73), new Color(0x808000), new Color(0x999999)};
    /**
     * A colour per region, in {@link Region} order: Dushanbe blue, Sughd green, Khatlon vermillion, DRS pink,
     * GBAO violet; hues at least 30 degrees apart.
     */
    static final Color[] REGION_COLOURS = {new Color(0x0072b2), new Color(0x009e73), new Color(0xd55e00),
        new Color(0xcc79a7), new Color(0x6a3d9a)};

    private Charts() {
    }

    /** The four charts, in the order their windows are laid out. */
    public static List<ChartSpec> all() {
        return List.of(remittances(), migrantsAbroad(), deportationsAndBans(), poverty());
    }

    /** Remittances sent home from each destination (before transfer fees), and all received after fees. */
    public static ChartSpec remittances() {
        List<SeriesSpec> s = new ArrayList<>();
        for (Destination d : Destination.values()) {
            int i = d.ordinal();
            s.add(new SeriesSpec("from " + d.label(), o -> o.remittancesSentUsd()[i] / 1e6,
                    DESTINATION_COLOURS[i], false));
        }
        s.add(new SeriesSpec("all, received after fees", o -> o.remittancesReceivedUsd() / 1e6, Color.BLACK,
                false));
        return new ChartSpec("Remittances by destination", "US dollars a month (millions)", s);
    }

    /** Migrants abroad at the end of each month, by destination. */
    public static ChartSpec migrantsAbroad() {
        List<SeriesSpec> s = new ArrayList<>();
        for (Destination d : Destination.values()) {
            s.add(new SeriesSpec(d.label(), o -> o.abroad(d) / 1e3, DESTINATION_COLOURS[d.ordinal()], false));
        }
        return new ChartSpec("Migrants abroad by destination", "persons (thousands)", s);
    }

    /** Deportations and detentions each month, and members at home under a re-entry ban. */
    public static ChartSpec deportationsAndBans() {
        return new ChartSpec("Deportations and bans", "persons (thousands)", List.of(
                new SeriesSpec("deported this month", o -> MonthlyOutcome.total(o.deportations()) / 1e3,
                        new Color(0xd7191c), false),
                new SeriesSpec("detained this month", o -> MonthlyOutcome.total(o.detentions()) / 1e3,
                        new Color(0xe69f00), false),
                new SeriesSpec("at home, banned from re-entry", o -> o.bansInForce() / 1e3, Color.BLACK, false)));
    }

    /**
     * Poverty headcount nationally and by region, with remittances (solid) and without them (dashed): the gap is
     * the poverty remittances hold off (a static counterfactual: each month of the quarter's consumption had its
     * remittances not arrived; docs/ODD.md 7.7.1).
     */
    public static ChartSpec poverty() {
        List<SeriesSpec> s = new ArrayList<>();
        s.add(headcount("national", Group.NATIONAL, Color.BLACK, false));
        s.add(headcount("national without", Group.NATIONAL, Color.BLACK, true));
        for (Region r : Region.values()) {
            Color c = REGION_COLOURS[r.ordinal()];
            s.add(headcount(r.label(), Group.of(r), c, false));
            s.add(headcount(r.label() + " without", Group.of(r), c, true));
        }
        return new ChartSpec("Poverty: with remittances (solid), without (dashed)",
                "below the poverty line (%)", s);
    }

    private static SeriesSpec headcount(String name, Group g, Color c, boolean withoutRemittances) {
        int i = g.ordinal();
        return new SeriesSpec(name, withoutRemittances ? o -> 100 * o.povertyWithoutRemittances()[i].fgt0()
                : o -> 100 * o.poverty()[i].fgt0(), c, withoutRemittances);
    }
}
