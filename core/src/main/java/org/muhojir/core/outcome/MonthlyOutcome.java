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
 * {@link LegalStatus#ordinal()} or {@link Group#ordinal()} where noted). They are the outcome's own (copies of the
 * model's working sums, which the model never touches again) and every view of the result reads them, the annual
 * outcomes and the writers included: treat them as read-only, and copy one before changing it.
 *
 * @param month                    the calendar month
 * @param abroad                   migrants abroad at the end of the month by destination and legal status, persons
 * @param departures               departures by destination, persons
 * @param departuresWomen          departures of women, all destinations, persons
 * @param returnsByChoice          returns home by choice, and of legal workers whose permitted stay ran out (every
 *                                 return but deportations), persons
 * @param returnsWithinYear        returns home by choice after 12 months abroad or less, all destinations, persons
 * @param deportations             deportations (including mass expulsions), persons
 * @param detentions               detentions in raids, persons
 * @param naturalisations          migrants who became citizens of the destination, persons
 * @param bansInForce              members at home under a re-entry ban at the end of the month (still in force
 *                                 the next month), persons
 * @param remittancesSentUsd       remittances sent, before transfer fees, US dollars
 * @param transferFeesUsd          transfer fees paid, US dollars
 * @param remittancesReceivedTjs   remittances received by households after transfer fees, all corridors, somoni
 * @param cashCarriedHomeUsd       savings brought home by members coming home (by choice or deported), US dollars
 * @param compensationUsd          earnings after living costs and fees of members abroad under a year and not
 *                                 naturalised (residents for the balance of payments), US dollars
 * @param personalTransfersUsd     remittances sent, before fees, by members abroad a year or more, US dollars
 * @param gdpUsd                   GDP of the month (annual GDP / 12), US dollars
 * @param tjsPerUsd                somoni per US dollar this month
 * @param localPerUsd              units of each destination's currency per US dollar this month, by destination
 * @param householdsWithMigrant    share of households with a member abroad (0..1)
 * @param householdsReceiving      share of households that received remittances this month (0..1)
 * @param consumption              mean consumption over the quarter to the month (the survey's welfare: the month
 *                                 and the two before, docs/ODD.md 7.7.1) by {@link Group}, TJS per adult equivalent
 *                                 per month at the month's prices
 * @param poverty                  poverty by {@link Group}, on the same welfare
 * @param povertyWithoutRemittances poverty by {@link Group} had no remittances arrived in the quarter
 * @param internationalPoverty     shares of persons at home (0..1) whose consumption per person over the quarter is
 *                                 below the international lines of USD 2.15 and 3.65 a day (2017 PPP), in that order
 * @param gini                     Gini coefficient of welfare (consumption per adult equivalent over the quarter),
 *                                 persons weighted (0 to 1)
 * @param giniWithoutRemittances   the same had no remittances arrived in the quarter (0 to 1)
 */
public record MonthlyOutcome(
        YearMonth month,
        double[][] abroad,
        double[] departures,
        double departuresWomen,
        double[] returnsByChoice,
        double returnsWithinYear,
        double[] deportations,
        double[] detentions,
        double[] naturalisations,
        double bansInForce,
        double[] remittancesSentUsd,
        double[] transferFeesUsd,
        double remittancesReceivedTjs,
        double cashCarriedHomeUsd,
        double compensationUsd,
        double personalTransfersUsd,
        double gdpUsd,
        double tjsPerUsd,
        double[] localPerUsd,
        double householdsWithMigrant,
        double householdsReceiving,
        double[] consumption,
        PovertyMeasures[] poverty,
        PovertyMeasures[] povertyWithoutRemittances,
        double[] internationalPoverty,
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

    /**
     * Personal remittances as the balance of payments counts them (BPM6), US dollars: net compensation of members
     * abroad under a year plus personal transfers of those abroad longer.
     */
    public double remittancesBopUsd() {
        return compensationUsd + personalTransfersUsd;
    }

    /** Remittances received over the month's GDP, a ratio (0.3 is 30%; 0 or more). */
    public double remittancesShareOfGdp() {
        return remittancesReceivedUsd() / gdpUsd;
    }

    /** Sum over destinations of an array of this outcome. */
    public static double total(double[] byDestination) {
        return Arrays.stream(byDestination).sum();
    }

    /** Somoni per unit of destination {@code d}'s currency this month (the cross rate through the dollar). */
    public double tjsPerLocal(Destination d) {
        return tjsPerUsd / localPerUsd[d.ordinal()];
    }

    /**
     * Every number of this month in tidy form, one row per catalogue {@link Metric} and group: each destination's
     * rows, then {@code all}'s, then each population {@link Group}'s, each group's in catalogue order.
     */
    public List<MetricValue> metrics() {
        return tidy(this);
    }

    /**
     * The tidy rows of every month, without values: each row's metric and group in {@link #metrics()}' order, its
     * value NaN. For readers of tables of metric values that were computed elsewhere.
     */
    public static List<MetricValue> layout() {
        return tidy(null);
    }

    /** The tidy rows of {@code m}, or of the layout (values NaN) if it is null. */
    private static List<MetricValue> tidy(MonthlyOutcome m) {
        List<MetricValue> rows = new ArrayList<>();
        for (Destination d : Destination.values()) {
            for (Metric k : Metric.values()) {
                if (k.groupKind().perDestination()) {
                    rows.add(new MetricValue(k, d.label(), m == null ? Double.NaN : k.value(m, d)));
                }
            }
        }
        for (Metric k : Metric.values()) {
            if (k.groupKind().hasAll()) {
                rows.add(new MetricValue(k, GroupKind.ALL_LABEL, m == null ? Double.NaN : k.value(m)));
            }
        }
        for (Group g : Group.values()) {
            for (Metric k : Metric.values()) {
                if (k.groupKind().covers(g)) {
                    rows.add(new MetricValue(k, g.label(), m == null ? Double.NaN
                            : k.groupKind() == GroupKind.NATIONAL ? k.value(m) : k.value(m, g)));
                }
            }
        }
        return rows;
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
