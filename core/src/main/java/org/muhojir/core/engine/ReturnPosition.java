package org.muhojir.core.engine;

import java.io.Serializable;
import org.muhojir.core.behaviour.ReturnRule;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.population.Households;
import org.muhojir.core.population.LocalEconomy;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;
import org.muhojir.core.world.Skill;

/**
 * The return rule's position factor ({@link ReturnRule#positionFactor}) this month for every group of migrants who
 * share an economic position: destination, skill, legal status (legal, or irregular: a migrant just released from
 * detention counts as irregular), and the region, area and sex that set what a member of a typical household there
 * earns at home ({@link LocalEconomy#typicalMemberEarnings}). The earnings ratio is the month's expected net earnings
 * abroad (the chance of work times the wage, less living costs and, for legal migrants, the monthly fee), converted
 * to somoni at this month's rates, over those earnings at home at this month's home prices: both sides are in
 * somoni of the same month, so the ratio is the same in real terms. Computed once a month, so that the rule's power
 * law costs nothing per migrant.
 */
final class ReturnPosition implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int STATUSES = 2;
    private static final int AREAS = 2;
    private static final int SEXES = 2;
    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();

    private final double[] factor = new double[Destination.COUNT * Skill.COUNT * STATUSES * Region.COUNT * AREAS
            * SEXES];

    /** Recomputes every group's factor from this month's conditions, prices and rule. */
    void update(MuhojirModel m) {
        Conditions c = m.conditions();
        LocalEconomy economy = m.economy();
        ReturnRule rule = m.rules().returns();
        Behaviour b = m.scenario().behaviour();
        for (int d = 0; d < Destination.COUNT; d++) {
            for (int skill = 0; skill < Skill.COUNT; skill++) {
                for (byte status = 0; status < STATUSES; status++) {
                    double abroadTjs = c.toTjs(d, MigrantsAbroadPhase.expectedNetEarnings(m, c, d, skill, status));
                    for (int region = 0; region < Region.COUNT; region++) {
                        for (int urban = 0; urban < AREAS; urban++) {
                            for (int sex = 0; sex < SEXES; sex++) {
                                double home = economy.typicalMemberEarnings(region, urban, sex == 1);
                                factor[index(d, skill, status, region, urban, sex)] =
                                        checked(rule, rule.positionFactor(abroadTjs / home, b), m);
                            }
                        }
                    }
                }
            }
        }
    }

    /**
     * A position factor the return rule gave, checked against its contract (finite, 0 or more).
     *
     * @throws IllegalStateException naming the rule and what it gave
     */
    private static double checked(ReturnRule rule, double factor, MuhojirModel m) {
        if (!(factor >= 0 && factor < Double.POSITIVE_INFINITY)) {
            throw new IllegalStateException("the return rule " + rule.getClass().getName() + " gave a position factor "
                    + "of " + factor + " in " + m.monthInMessages() + ": ReturnRule.positionFactor must give a finite "
                    + "factor, 0 or more");
        }
        return factor;
    }

    /**
     * The factor of the member in slot {@code s} of household {@code h}; 1 for a naturalised member (a citizen's
     * return hazard, the rule's settled one, does not answer the position: docs/ODD.md 7.2.1).
     */
    double factor(Households hh, int h, int s) {
        return factor(factor, hh, h, s);
    }

    /** A copy of this month's factors, for {@link #factor(double[], Households, int, int)} in a later month. */
    double[] snapshot() {
        return factor.clone();
    }

    /** The factor of the member in slot {@code s} of household {@code h} in a {@link #snapshot} of a month. */
    static double factor(double[] table, Households hh, int h, int s) {
        byte status = hh.slotStatus[s];
        if (status != LEGAL && status != IRREGULAR) {
            return 1;
        }
        return table[index(hh.slotDestination[s], hh.slotSkill[s], status, hh.region[h], hh.urban[h],
                hh.slotFemale[s])];
    }

    private static int index(int d, int skill, int status, int region, int urban, int sex) {
        return ((((d * Skill.COUNT + skill) * STATUSES + status) * Region.COUNT + region) * AREAS + urban) * SEXES
                + sex;
    }
}
