package org.muhojir.scenarios.responses;

import java.io.PrintWriter;
import java.util.Locale;
import org.muhojir.core.population.Households;
import org.muhojir.core.world.Region;

/**
 * A poverty measure's response split in two: the change in its numerator (poor persons, or persons times their gap
 * or squared gap) over the baseline's persons at home, and the rest, the change in who is at home. Poverty measures
 * are shares of persons at home, so migrants who come home to households above the line lower them even when no
 * one's consumption rises: the composition term. Summed over months (and replications) like {@link HouseholdSplit},
 * nationally and for one region.
 */
final class PovertyComposition {
    /** The measures split: the headcount, extreme headcount, gap and severity (FGT0, FGT0 extreme, FGT1, FGT2). */
    private static final String[] MEASURES = {"poverty_fgt0", "extreme_poverty_fgt0", "poverty_fgt1", "poverty_fgt2"};
    private static final int BASE = 0;
    private static final int POLICY = 1;

    private final Region region;
    /** [run][national 0, region 1][persons, then one numerator per measure] */
    private final double[][][] sums = new double[2][2][1 + MEASURES.length];

    PovertyComposition(Region region) {
        this.region = region;
    }

    /** Adds one month of both runs, with the month's poverty lines (TJS per adult equivalent per month). */
    void add(Households base, Households policy, double weight, double line, double extremeLine) {
        add(BASE, base, weight, line, extremeLine);
        add(POLICY, policy, weight, line, extremeLine);
    }

    private void add(int run, Households hh, double weight, double line, double extremeLine) {
        for (int h = 0; h < hh.size; h++) {
            int persons = hh.membersAtHome(h);
            if (persons == 0) {
                continue;
            }
            double c = hh.welfare[h];
            double gap = Math.max(0, 1 - c / line);
            double[] terms = {1, c < line ? 1 : 0, c < extremeLine ? 1 : 0, gap, gap * gap};
            for (int g = 0; g < 2; g++) {
                if (g == 1 && hh.region[h] != region.ordinal()) {
                    continue;
                }
                for (int i = 0; i < terms.length; i++) {
                    sums[run][g][i] += weight * persons * terms[i];
                }
            }
        }
    }

    /**
     * Prints each measure's response (x 100: points of the share or of the index) and its two terms; {@code n} is the
     * number of months times replications added, for the monthly mean change in persons at home.
     */
    void print(PrintWriter out, double n) {
        out.printf(Locale.ROOT,
                "Poverty responses split: more or fewer poor (numerator at the baseline's persons at home) and "
                + "who is at home (composition), x 100%n");
        out.printf(Locale.ROOT, "  %-12s %-22s %12s %16s %14s %22s%n", "group", "measure", "response", "numerator term",
                "composition", "persons at home (chg)");
        for (int g = 0; g < 2; g++) {
            String group = g == 0 ? "national" : region.label();
            double nb = sums[BASE][g][0];
            double np = sums[POLICY][g][0];
            for (int i = 0; i < MEASURES.length; i++) {
                double numB = sums[BASE][g][i + 1];
                double numP = sums[POLICY][g][i + 1];
                double response = numP / np - numB / nb;
                double numerator = (numP - numB) / nb;
                out.printf(Locale.ROOT, "  %-12s %-22s %+12.4f %+16.4f %+14.4f %+22.0f%n", group, MEASURES[i],
                        100 * response, 100 * numerator, 100 * (response - numerator), (np - nb) / n);
            }
        }
    }
}
