package org.muhojir.scenarios.responses;

import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;

/**
 * One month of a baseline run and a policy run compared household by household (their populations start identical
 * and share their random draws): where the extra poor persons are, where the extra remittances go, and which
 * cohort of migrants in Russia holds the change in legal status. All sums are national (weighted), per month.
 */
final class HouseholdSplit {
    /** How the household's members abroad differ in the policy run from the baseline. */
    enum Abroad { FEWER, SAME, MORE }

    /**
     * The household's welfare in the baseline (consumption per adult equivalent over the quarter), relative to the
     * poverty line.
     */
    enum Band {
        BELOW_LINE("below the line"), TO_1_5("1 to 1.5 lines"), TO_3("1.5 to 3 lines"), ABOVE_3("3 lines or more"),
        NOBODY_HOME("nobody at home");

        final String label;

        Band(String label) {
            this.label = label;
        }

        static Band of(int persons, double consumption, double line) {
            if (persons == 0) {
                return NOBODY_HOME;
            }
            double r = consumption / line;
            return r < 1 ? BELOW_LINE : r < 1.5 ? TO_1_5 : r < 3 ? TO_3 : ABOVE_3;
        }
    }

    final double[] poorPersons = new double[Abroad.values().length];
    final double[] extremePoorPersons = new double[Abroad.values().length];
    final double[] severityPersons = new double[Abroad.values().length];
    final double[] savingsTjs = new double[Abroad.values().length];
    final double[] personsAtHome = new double[Abroad.values().length];
    final double[] households = new double[Abroad.values().length];
    final double[] remittancesTjs = new double[Band.values().length];
    final double[] personsByBand = new double[Band.values().length];
    final double[] legalByCohort = new double[2];
    final double[] irregularByCohort = new double[2];

    /**
     * Adds one month: {@code policyStart} is the month index of the policy's first month (members who left before it
     * are the "earlier" cohort), {@code line} and {@code extremeLine} the poverty lines (TJS per adult equivalent per
     * month).
     */
    void add(Households base, Households policy, double weight, double line, double extremeLine, int policyStart) {
        for (int h = 0; h < base.size; h++) {
            Abroad a = abroad(policy.membersAbroad(h) - base.membersAbroad(h));
            int i = a.ordinal();
            households[i] += weight;
            poorPersons[i] += weight * (poor(policy, h, line) - poor(base, h, line));
            extremePoorPersons[i] += weight * (poor(policy, h, extremeLine) - poor(base, h, extremeLine));
            severityPersons[i] += weight * (severity(policy, h, line) - severity(base, h, line));
            savingsTjs[i] += weight * (policy.savings[h] - base.savings[h]);
            personsAtHome[i] += weight * (policy.membersAtHome(h) - base.membersAtHome(h));
            int b = Band.of(base.membersAtHome(h), base.welfare[h], line).ordinal();
            remittancesTjs[b] += weight * (policy.remittancesReceived[h] - base.remittancesReceived[h]);
            personsByBand[b] += weight * base.membersAtHome(h);
        }
        addCohorts(policy, weight, policyStart, 1);
        addCohorts(base, weight, policyStart, -1);
    }

    private void addCohorts(Households hh, double weight, int policyStart, int sign) {
        for (int s = 0; s < hh.slotDestination.length; s++) {
            if (hh.slotDestination[s] != Destination.RUSSIA.ordinal()) {
                continue;
            }
            int cohort = hh.slotSince[s] < policyStart ? 0 : 1;
            if (hh.slotStatus[s] == LegalStatus.LEGAL.ordinal()) {
                legalByCohort[cohort] += sign * weight;
            } else if (hh.slotStatus[s] == LegalStatus.IRREGULAR.ordinal()) {
                irregularByCohort[cohort] += sign * weight;
            }
        }
    }

    private static int poor(Households hh, int h, double line) {
        int persons = hh.membersAtHome(h);
        return persons > 0 && hh.welfare[h] < line ? persons : 0;
    }

    /** The household's persons at home times its squared poverty gap: its share of FGT2's numerator. */
    private static double severity(Households hh, int h, double line) {
        double gap = Math.max(0, 1 - hh.welfare[h] / line);
        return hh.membersAtHome(h) * gap * gap;
    }

    private static Abroad abroad(int difference) {
        return difference < 0 ? Abroad.FEWER : difference == 0 ? Abroad.SAME : Abroad.MORE;
    }

    /** Every sum divided by {@code n} (months times replications): monthly means. */
    void scale(double n) {
        for (double[] a : new double[][] {poorPersons, extremePoorPersons, severityPersons, savingsTjs, personsAtHome, households, remittancesTjs, personsByBand,
            legalByCohort, irregularByCohort}) {
            for (int i = 0; i < a.length; i++) {
                a[i] /= n;
            }
        }
    }
}
