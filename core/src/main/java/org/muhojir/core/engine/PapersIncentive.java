package org.muhojir.core.engine;

import java.io.Serializable;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Skill;

/**
 * What papers are worth this month, by destination and skill: the ratio of a legal migrant's expected net earnings
 * (the chance of work times the wage, less living costs and the monthly fee) to an irregular one's (less work, lower
 * pay, no fee), both in the destination's currency, relative to {@link #REFERENCE_RATIO}. Keeping papers is a choice
 * (docs/ODD.md, 7.2.4): the hazard of letting them lapse is multiplied by {@link #lapseFactor}, the hazard of
 * regularising by its inverse, so a dearer patent makes more legal migrants work without one and fewer irregular
 * ones buy one, and better-paid legal work the opposite. Computed once a month.
 */
final class PapersIncentive implements Serializable {
    /**
     * The ratio at which the status hazards are the scenario's own (dimensionless): 2023's for an unskilled migrant
     * in Russia at the wage index of when it was set, 32,169.2 RUB a month expected legal and 27,293.6 irregular. At
     * today's index 2023's ratio is 1.1858 (34,259.2 and 28,891.8, {@code IrregularEarningsTest}), a factor of 0.994
     * on the hazards there; kept, as the calibrated values were fitted with it (docs/ODD.md 7.2.4).
     */
    static final double REFERENCE_RATIO = 32_169.2 / 27_293.6;
    /**
     * Elasticity of the status hazards to the ratio (dimensionless). Assumption, without a published estimate: a
     * unit elasticity, so that papers worth 10% less relative to irregular work make lapses 10% more likely and
     * regularisation 10% less likely. The joint calibration should free it (docs/ODD.md, 7.2.4 and section 11).
     */
    static final double ELASTICITY = 1.0;
    /**
     * The ratio is held within this factor of {@link #REFERENCE_RATIO} either way (dimensionless), so that the hazards
     * move at most tenfold when one kind of work nets nearly nothing or less (as the return rule's floor, 7.2.1).
     */
    static final double RATIO_BOUND = 10;

    private static final long serialVersionUID = 1L;
    private static final byte LEGAL = (byte) LegalStatus.LEGAL.ordinal();
    private static final byte IRREGULAR = (byte) LegalStatus.IRREGULAR.ordinal();

    private final double[] lapseFactor = new double[Destination.COUNT * Skill.COUNT];

    /** Recomputes every destination's and skill's factor from this month's conditions. */
    void update(MuhojirModel m) {
        Conditions c = m.conditions();
        for (int d = 0; d < Destination.COUNT; d++) {
            for (int skill = 0; skill < Skill.COUNT; skill++) {
                double legal = MigrantsAbroadPhase.expectedNetEarnings(m, c, d, skill, LEGAL);
                double irregular = MigrantsAbroadPhase.expectedNetEarnings(m, c, d, skill, IRREGULAR);
                lapseFactor[d * Skill.COUNT + skill] = Math.pow(relativeRatio(legal, irregular), -ELASTICITY);
            }
        }
    }

    /**
     * The ratio of legal to irregular expected net earnings over {@link #REFERENCE_RATIO}, within
     * {@link #RATIO_BOUND} of 1 either way: at the bound's top when irregular work nets nothing, at its bottom when
     * legal work nets nothing.
     */
    static double relativeRatio(double legalNet, double irregularNet) {
        if (legalNet <= 0) {
            return 1 / RATIO_BOUND;
        }
        if (irregularNet <= 0) {
            return RATIO_BOUND;
        }
        double r = legalNet / irregularNet / REFERENCE_RATIO;
        return Math.max(1 / RATIO_BOUND, Math.min(RATIO_BOUND, r));
    }

    /**
     * The factor on the hazard that a legal migrant with {@code skill} at {@code d} lets the papers lapse this month
     * (dimensionless; 1 at the reference ratio); the hazard of regularising is divided by it.
     */
    double lapseFactor(int d, int skill) {
        return lapseFactor[d * Skill.COUNT + skill];
    }
}
