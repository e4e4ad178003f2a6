package org.muhojir.core.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.muhojir.core.policy.Conditions;
import org.muhojir.core.policy.WageShock;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.scenario.DestinationSpec;
import org.muhojir.core.scenario.Scenario;
import org.muhojir.core.scenario.TajikistanDefaults;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Skill;

/**
 * The default earnings, remittance and return rules on parameters chosen here, not the baseline's (which the
 * calibration may move): remittance share 0.75, extra 0.15 when poor, naturalised factor 0.4; return hazard 0.045
 * a month, seasonality January 1.2, April 0.5, December 1.9, care factor 2, duration profile 0.2 (months 1-3), 0.5
 * (4-6), 1 (7-12), 0.6 (13 and more), earnings elasticity 0.5 around a reference ratio of 4.
 */
class DefaultRulesTest {
    /** Return seasonality, January first: returns peak before winter. */
    private static final List<Double> RETURN_SEASONALITY =
            List.of(1.2, 0.6, 0.5, 0.5, 0.6, 0.8, 0.9, 1.0, 1.1, 1.3, 1.6, 1.9);
    private static final Behaviour B = behaviour(0.045, 2.0, 0.75, 0.15);
    private static final double EPS = 1e-12;

    private final RemittanceRule remittance = new DefaultRemittance();
    private final ReturnRule returns = new DefaultReturn();
    private final EarningsRule earnings = new DefaultEarnings();

    @Test
    void remittanceIsAShareOfNetEarnings() {
        int none = RemittanceRule.NOT_SETTLED;
        assertEquals(750, remittance.amount(1_000, false, none, B), EPS); // 0.75
        assertEquals(900, remittance.amount(1_000, true, none, B), EPS); // 0.75 + 0.15
        assertEquals(300, remittance.amount(1_000, false, 0, B), EPS); // 0.75 x 0.4, just naturalised
        assertEquals(360, remittance.amount(1_000, true, 0, B), EPS); // 0.90 x 0.4
        assertEquals(0, remittance.amount(0, true, none, B), EPS);
    }

    @Test
    void aSettledMigrantsRemittancesDecayWithTheYearsSettled() {
        // 0.75 x 0.4 x (1 - 0.1)^years: 300 just naturalised, 270 after a year, 218.7 after three, 150 at one half
        assertEquals(270, remittance.amount(1_000, false, 12, B), EPS);
        assertEquals(218.7, remittance.amount(1_000, false, 36, B), EPS);
        assertEquals(300 * Math.pow(0.9, 1.5), remittance.amount(1_000, false, 18, B), EPS);
        assertTrue(remittance.amount(1_000, false, 240, B) < 0.13 * 300, "twenty years settled send little");
    }

    @Test
    void remittanceNeverExceedsNetEarnings() {
        Behaviour all = behaviour(0.045, 2.0, 0.9, 0.1);
        assertEquals(1_000, remittance.amount(1_000, true, RemittanceRule.NOT_SETTLED, all), EPS); // 0.9 + 0.1 = everything
    }

    @Test
    void returnHazardFollowsTheSeasons() {
        assertEquals(0.054, returns.probability(1, 8, 1, false, false, B), EPS); // 0.045 x 1.2
        assertEquals(0.0225, returns.probability(4, 8, 1, false, false, B), EPS); // 0.045 x 0.5
        assertEquals(0.0855, returns.probability(12, 8, 1, false, false, B), EPS); // 0.045 x 1.9
    }

    @Test
    void returnHazardHasTheDurationProfile() {
        // December (1.9), by months abroad: 0.0855 x 0.2, x 0.5, x 1, x 0.6
        assertEquals(0.0171, returns.probability(12, 1, 1, false, false, B), EPS);
        assertEquals(0.0171, returns.probability(12, 3, 1, false, false, B), EPS);
        assertEquals(0.04275, returns.probability(12, 4, 1, false, false, B), EPS);
        assertEquals(0.04275, returns.probability(12, 6, 1, false, false, B), EPS);
        assertEquals(0.0855, returns.probability(12, 7, 1, false, false, B), EPS);
        assertEquals(0.0855, returns.probability(12, 12, 1, false, false, B), EPS);
        assertEquals(0.0513, returns.probability(12, 13, 1, false, false, B), EPS);
        assertEquals(0.0513, returns.probability(12, 120, 1, false, false, B), EPS);
    }

    @Test
    void worseEarningsAbroadRaiseTheHazard() {
        // at the reference ratio 4 the factor is 1; a quarter of it (ratio 1): 4^0.5 = 2; four times: 1/2
        assertEquals(1, returns.positionFactor(4, B), EPS);
        assertEquals(2, returns.positionFactor(1, B), EPS);
        assertEquals(0.5, returns.positionFactor(16, B), EPS);
        // a month abroad that costs more than it brings: the ratio is floored at 0.1 x 4, factor 10^0.5
        assertEquals(Math.sqrt(10), returns.positionFactor(-3, B), EPS);
        assertEquals(Math.sqrt(10), returns.positionFactor(0.2, B), EPS);
        // nothing earned abroad nor at home (0 / 0): the floor too, not NaN
        assertEquals(Math.sqrt(10), returns.positionFactor(Double.NaN, B), EPS);
        // the factor multiplies the hazard: January, 8 months abroad, 0.054 x 2
        assertEquals(0.108, returns.probability(1, 8, returns.positionFactor(1, B), false, false, B), EPS);
    }

    @Test
    void nobodyAtHomeRaisesTheHazardByTheCareFactor() {
        assertEquals(0.171, returns.probability(12, 8, 1, true, false, B), EPS); // 0.0855 x 2
        assertEquals(0.045, returns.probability(4, 8, 1, true, false, B), EPS); // 0.0225 x 2
        assertEquals(1, returns.probability(12, 8, 10, true, false, B), EPS); // 1.71, capped at 1
    }

    @Test
    void aRuleInOneMonthGivesItsProbability() {
        // a rule of its own that keeps the default month: 0.01 per month abroad in January, 0.02 in other months,
        // times the position factor, halved for the naturalised, and nobody at home counts as 3 more months
        ReturnRule own = (month, abroad, factor, nobody, naturalised, b) ->
                (month == 1 ? 0.01 : 0.02) * (abroad + (nobody ? 3 : 0)) * factor * (naturalised ? 0.5 : 1);
        assertEquals(0.1, own.inMonth(1, B).probability(5, 2, false, false), EPS); // 0.01 x 5 x 2
        assertEquals(0.16, own.inMonth(7, B).probability(1, 2, true, false), EPS); // 0.02 x (1 + 3) x 2
        assertEquals(0.01, own.inMonth(7, B).probability(1, 1, false, true), EPS); // 0.02 x 1 x 1 x 0.5
        // the default rule's month: December, 8 months abroad, 0.0855; 13 months, 0.0513; naturalised, 0.00513
        ReturnRule.InMonth december = returns.inMonth(12, B);
        assertEquals(0.0855, december.probability(8, 1, false, false), EPS);
        assertEquals(0.0513, december.probability(13, 1, false, false), EPS);
        assertEquals(0.00513, december.probability(60, 1, false, true), EPS);
        assertEquals(0.171, december.probability(8, 1, true, false), EPS);
    }

    @Test
    void naturalisedMigrantsReturnRarelyWhateverTheirMonthsSettled() {
        // the longest spells' hazard times the settled factor: 0.045 x 0.6 x 1.9 (December) x 0.1 = 0.00513, a tenth
        // of an unsettled migrant's 0.0513 after a year abroad, and the same in the first months after naturalising
        assertEquals(0.00513, returns.probability(12, 1, 1, false, true, B), EPS);
        assertEquals(0.00513, returns.probability(12, 60, 1, false, true, B), EPS);
        assertEquals(0.01026, returns.probability(12, 60, 1, true, true, B), EPS); // x 2 with nobody at home
    }

    @Test
    void irregularWorkersEarnTheIrregularShare() {
        // the baseline with wages chosen here: Russia 53,010 / 74,214 / 66,262.5 RUB by skill, irregular workers
        // 25,100 / 27,900 of that; Kazakhstan 180,000 / 260,000 / 230,000 KZT, irregular 0.9
        Scenario s = TajikistanDefaults.baseline()
                .withDestination(TajikistanDefaults.baseline().destination(Destination.RUSSIA).withLabour(
                        new DestinationSpec.Labour(List.of(53_010.0, 74_214.0, 66_262.5), 0, 10_000, 0.92,
                                25_100.0 / 27_900, 0.85, org.muhojir.core.param.MonthlySeries.constant(1),
                                org.muhojir.core.param.MonthlySeries.constant(1),
                                org.muhojir.core.param.MonthlySeries.constant(1), 4, 0,
                                DestinationSpec.Labour.Crowding.NONE)))
                .withDestination(TajikistanDefaults.baseline().destination(Destination.KAZAKHSTAN).withLabour(
                        new DestinationSpec.Labour(List.of(180_000.0, 260_000.0, 230_000.0), 0, 80_000, 0.85, 0.9,
                                0.85,
                                org.muhojir.core.param.MonthlySeries.constant(1),
                                org.muhojir.core.param.MonthlySeries.constant(1),
                                org.muhojir.core.param.MonthlySeries.constant(1), 4, 0,
                                DestinationSpec.Labour.Crowding.NONE)));
        Conditions c = new Conditions();
        org.muhojir.core.scenario.Timeline.reset(c, s, s.start());
        int ru = Destination.RUSSIA.ordinal();
        int none = Skill.NONE.ordinal();
        // Russia, unskilled, legal: 53,010 RUB (27,900 x 1.9); irregular: 25,100 / 27,900 of that = 25,100 x 1.9
        assertEquals(53_010, earnings.wage(c, ru, none, LegalStatus.LEGAL.ordinal()), 1e-9);
        assertEquals(47_690, earnings.wage(c, ru, none, LegalStatus.IRREGULAR.ordinal()), 1e-9);
        assertEquals(53_010, earnings.wage(c, ru, none, LegalStatus.NATURALISED.ordinal()), 1e-9);
        // Kazakhstan, trade: 260,000 KZT legal, 0.9 of it irregular
        int kz = Destination.KAZAKHSTAN.ordinal();
        assertEquals(234_000, earnings.wage(c, kz, Skill.TRADE.ordinal(), LegalStatus.IRREGULAR.ordinal()), 1e-9);
        // a 20% wage cut reaches irregular workers too: 47,690 x 0.8
        new WageShock(Destination.RUSSIA, 0.8).apply(c, 0, 12);
        assertEquals(38_152, earnings.wage(c, ru, none, LegalStatus.IRREGULAR.ordinal()), 1e-9);
    }

    @Test
    void defaultsBundleTheDefaultRules() {
        Rules r = Rules.defaults();
        assertEquals(LogitChoice.class, r.choice().getClass());
        assertEquals(DefaultEarnings.class, r.earnings().getClass());
        assertEquals(DefaultRemittance.class, r.remittance().getClass());
        assertEquals(DefaultReturn.class, r.returns().getClass());
        ReturnRule never = (month, abroad, factor, nobody, naturalised, b) -> 0;
        assertEquals(1, never.positionFactor(0.5, B)); // a rule that ignores earnings
        assertEquals(never, r.withReturns(never).returns());
        assertEquals(r.choice(), r.withReturns(never).choice());
    }

    /**
     * Behaviour with the given return hazard, care factor and remittance shares, and, as chosen here, the return
     * seasonality, duration profile and earnings response above and a naturalised factor of 0.4. The rules under test read
     * nothing else; the other parameters are set to plausible values only so that the record is complete.
     */
    private static Behaviour behaviour(double returnHazard, double careFactor, double share, double needShare) {
        List<Double> flat = java.util.Collections.nCopies(12, 1.0);
        return new Behaviour(0.05, flat, 0.0, 0.15, new Behaviour.UtilityWeights(1.0, 1.0, 0.5, 0.5, 1.0, 0.3, 0.0), 2, 0.3,
                returnHazard, RETURN_SEASONALITY, List.of(0.2, 0.5, 1.0, 0.6), 0.5, 4.0, careFactor, share, needShare, 0.4,
                List.of(0.5, 0.85, 1.0, 1.0), new Behaviour.Circulation(1.5, 12, 12, 1.0, 0.1, 0.1, 6));
    }
}
