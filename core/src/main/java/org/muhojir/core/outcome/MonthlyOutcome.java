package org.muhojir.core.outcome;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * Everything the model reports for one month, scaled to national totals. Persons are counts of people; money is
 * in the unit its name says, per month. Arrays are indexed by {@link Destination#ordinal()} (and
 * {@link LegalStatus#ordinal()} or {@link Group#ordinal()} where noted); they are copies and may be read freely.
 *
 * @param month                    the calendar month
 * @param abroad                   migrants abroad at the end of the month by destination and legal status, persons
 * @param departures               departures by destination, persons
 * @param departuresWomen          departures of women, all destinations, persons
 * @param returnsByChoice          returns home by choice, persons
 * @param deportations             deportations (including mass expulsions), persons
 * @param detentions               detentions in raids, persons
 * @param naturalisations          migrants who became citizens of the destination, persons
 * @param bansInForce              members at home under a re-entry ban at the end of the month (still in force
 *                                 the next month), persons
 * @param remittancesSentUsd       remittances sent, before transfer fees, US dollars
 * @param transferFeesUsd          transfer fees paid, US dollars
 * @param remittancesReceivedTjs   remittances received by households, all corridors, somoni
 * @param gdpUsd                   GDP of the month (annual GDP / 12), US dollars
 * @param tjsPerUsd                somoni per US dollar this month
 * @param householdsWithMigrant    share of households with a member abroad (0..1)
 * @param householdsReceiving      share of households that received remittances this month (0..1)
 * @param consumption              mean consumption by {@link Group}, TJS per adult equivalent per month
 * @param poverty                  poverty by {@link Group}
 * @param povertyWithoutRemittances poverty by {@link Group} had this month's remittances not arrived
 * @param gini                     Gini coefficient of consumption per adult equivalent, persons weighted
 * @param giniWithoutRemittances   the same without this month's remittances
 */
public record MonthlyOutcome(
        YearMonth month,
        double[][] abroad,
        double[] departures,
        double departuresWomen,
        double[] returnsByChoice,
        double[] deportations,
        double[] detentions,
        double[] naturalisations,
        double bansInForce,
        double[] remittancesSentUsd,
        double[] transferFeesUsd,
        double remittancesReceivedTjs,
        double gdpUsd,
        double tjsPerUsd,
        double householdsWithMigrant,
        double householdsReceiving,
        double[] consumption,
        PovertyMeasures[] poverty,
        PovertyMeasures[] povertyWithoutRemittances,
        double gini,
        double giniWithoutRemittances) implements Serializable {

    /** Migrants abroad at destination {@code d}, all statuses, persons. */
    public double abroad(Destination d) {
        return Arrays.stream(abroad[d.ordinal()]).sum();
    }

    /** Migrants abroad everywhere, persons. */
    public double abroadTotal() {
        double t = 0;
        for (Destination d : Destination.values()) {
            t += abroad(d);
        }
        return t;
    }

    /** Migrants abroad with a given status everywhere, persons. */
    public double abroadTotal(LegalStatus s) {
        double t = 0;
        for (double[] byStatus : abroad) {
            t += byStatus[s.ordinal()];
        }
        return t;
    }

    /** Remittances sent from every destination, before fees, US dollars. */
    public double remittancesSentUsdTotal() {
        return Arrays.stream(remittancesSentUsd).sum();
    }

    /** Remittances received, after fees, US dollars. */
    public double remittancesReceivedUsd() {
        return remittancesSentUsdTotal() - Arrays.stream(transferFeesUsd).sum();
    }

    /** Remittances received as a share of the month's GDP. */
    public double remittancesShareOfGdp() {
        return remittancesReceivedUsd() / gdpUsd;
    }

    /** Sum over destinations of an array of this outcome. */
    public static double total(double[] byDestination) {
        return Arrays.stream(byDestination).sum();
    }

    /** Every number of this month in tidy form, in a fixed order. */
    public List<Metric> metrics() {
        List<Metric> m = new ArrayList<>();
        for (Destination d : Destination.values()) {
            String g = d.label();
            int i = d.ordinal();
            m.add(new Metric("migrants_abroad", g, abroad(d)));
            for (LegalStatus s : LegalStatus.values()) {
                m.add(new Metric("migrants_abroad_" + s.name().toLowerCase(java.util.Locale.ROOT), g,
                        abroad[i][s.ordinal()]));
            }
            m.add(new Metric("departures", g, departures[i]));
            m.add(new Metric("returns_by_choice", g, returnsByChoice[i]));
            m.add(new Metric("deportations", g, deportations[i]));
            m.add(new Metric("detentions", g, detentions[i]));
            m.add(new Metric("naturalisations", g, naturalisations[i]));
            m.add(new Metric("remittances_usd", g, remittancesSentUsd[i]));
            m.add(new Metric("transfer_fees_usd", g, transferFeesUsd[i]));
        }
        m.add(new Metric("migrants_abroad", "all", abroadTotal()));
        m.add(new Metric("departures", "all", total(departures)));
        m.add(new Metric("departures_women", "all", departuresWomen));
        m.add(new Metric("returns_by_choice", "all", total(returnsByChoice)));
        m.add(new Metric("deportations", "all", total(deportations)));
        m.add(new Metric("detentions", "all", total(detentions)));
        m.add(new Metric("bans_in_force", "all", bansInForce));
        m.add(new Metric("remittances_usd", "all", remittancesSentUsdTotal()));
        m.add(new Metric("remittances_received_usd", "all", remittancesReceivedUsd()));
        m.add(new Metric("remittances_received_tjs", "all", remittancesReceivedTjs));
        m.add(new Metric("gdp_usd", "all", gdpUsd));
        m.add(new Metric("remittances_share_of_gdp", "all", remittancesShareOfGdp()));
        m.add(new Metric("tjs_per_usd", "all", tjsPerUsd));
        m.add(new Metric("households_with_migrant_share", "all", householdsWithMigrant));
        m.add(new Metric("households_receiving_share", "all", householdsReceiving));
        m.add(new Metric("gini", "national", gini));
        m.add(new Metric("gini_without_remittances", "national", giniWithoutRemittances));
        for (Group g : Group.values()) {
            addPoverty(m, g, poverty[g.ordinal()], "");
            addPoverty(m, g, povertyWithoutRemittances[g.ordinal()], "_without_remittances");
            m.add(new Metric("consumption_tjs_per_ae", g.label(), consumption[g.ordinal()]));
        }
        return m;
    }

    private static void addPoverty(List<Metric> m, Group g, PovertyMeasures p, String suffix) {
        m.add(new Metric("poverty_fgt0" + suffix, g.label(), p.fgt0()));
        m.add(new Metric("poverty_fgt1" + suffix, g.label(), p.fgt1()));
        m.add(new Metric("poverty_fgt2" + suffix, g.label(), p.fgt2()));
        m.add(new Metric("extreme_poverty_fgt0" + suffix, g.label(), p.extremeFgt0()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyOutcome other && month.equals(other.month) && metrics().equals(other.metrics());
    }

    @Override
    public int hashCode() {
        return metrics().hashCode();
    }

    @Override
    public String toString() {
        return "MonthlyOutcome[" + month + ", abroad=" + Math.round(abroadTotal()) + ", departures="
                + Math.round(total(departures)) + ", remittancesUsd=" + Math.round(remittancesSentUsdTotal())
                + ", fgt0=" + poverty[Group.NATIONAL.ordinal()].fgt0() + "]";
    }
}
