package org.muhojir.core.behaviour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;

/**
 * Nested logit shares on a hand-built candidate (with the nest at 1, the multinomial logit). Weights are chosen
 * here, not the baseline's (which the calibration may move): income 1.0, cost 1.0, risk 0.5, network 0.5, tie 1.0,
 * Russian 0.3 (utils per unit, see {@link Behaviour.UtilityWeights}).
 */
class LogitChoiceTest {
    private static final Behaviour B = behaviour(new Behaviour.UtilityWeights(1.0, 1.0, 0.5, 0.5, 1.0, 0.3, 0.0));
    private static final int STAY = Destination.COUNT;
    private static final int RU = Destination.RUSSIA.ordinal();
    private static final int KZ = Destination.KAZAKHSTAN.ordinal();
    private static final int TR = Destination.TURKEY.ordinal();
    private static final double EPS = 1e-12;

    private final LogitChoice rule = new LogitChoice();
    private final double[] p = new double[STAY + 1];
    private Candidate c;

    /**
     * Candidate with local earnings 2,500 TJS (stay: 1.0 x 2.5 = 2.5 utils) and 10,000 TJS to raise, for whom
     * Russia, Kazakhstan and Turkey are open. Utilities:
     * <pre>
     * Russia:     0 + 2.0 (2,000 net) - 0.5 (5,000 / 10,000) - 0.5 x 0.2 (0.2% risk) + 0.5 ln(1 + 1) (1% network)
     *             + 1.0 (tie) + 0.3 x 2 (Russian level 2) = 3.3465736
     * Kazakhstan: -1 + 3.0 - 0.2 - 0.5 x 0.1 + 0 + 0 + 0.6 = 2.35
     * Turkey:     -0.5 + 3.5 - 0.4 - 0 + 0 + 0 + 0 (not Russian-speaking) = 2.6
     * stay:       2.5
     * </pre>
     * exp: 28.4066, 10.4856, 13.4637, 12.1825; sum 64.5384; shares 0.440139, 0.162474, 0.208620, 0.188767.
     */
    @BeforeEach
    void candidate() {
        c = new Candidate();
        c.russian = 2;
        c.localEarningsTjs = 2_500;
        c.capacityTjs = 10_000;
        set(RU, 0, 2_000, 5_000, 0.002, 0.01, true, true);
        set(KZ, -1, 3_000, 2_000, 0.001, 0, false, true);
        set(TR, -0.5, 3_500, 4_000, 0, 0, false, false);
        // attractive but not open to this candidate: must get nothing
        set(Destination.SOUTH_KOREA.ordinal(), 0, 20_000, 1_000, 0, 0.5, true, false);
        c.eligible[Destination.SOUTH_KOREA.ordinal()] = false;
    }

    @Test
    void sharesMatchTheHandComputedLogit() {
        rule.probabilities(c, B, p);
        assertEquals(0.4401385394893509, p[RU], 1e-9);
        assertEquals(0.162473668647762, p[KZ], 1e-9);
        assertEquals(0.20862032008622863, p[TR], 1e-9);
        assertEquals(0.18876747177665854, p[STAY], 1e-9);
    }

    @Test
    void theUtilityOfHomeAddsToStayingOnly() {
        // home = 1 util: staying's exp becomes 12.1825 x e = 33.1155; sum 85.4730; Russia 28.4066 / 85.4730
        rule.probabilities(c, behaviour(new Behaviour.UtilityWeights(1.0, 1.0, 0.5, 0.5, 1.0, 0.3, 1.0)), p);
        assertEquals(0.332342, p[RU], 1e-6);
        assertEquals(0.387451, p[STAY], 1e-6);
        // the destinations' odds against each other do not move
        assertEquals(0.4401385394893509 / 0.162473668647762, p[RU] / p[KZ], 1e-9);
    }

    @Test
    void theNestScalesTheDecisionToGoAndKeepsTheDestinationsOdds() {
        // nest 0.5, home 0: the destinations' exps sum to 52.354546, inclusive value ln 52.354546 = 3.958039;
        // going is worth 0.5 x 3.958039 = 1.979019 against staying's 0.5 x 2.5 = 1.25: P(go) = 1 / (1 + e^-0.729019)
        // = 0.674590; Russia 0.674590 x 28.406596 / 52.354546 = 0.366002
        rule.probabilities(c, behaviour(new Behaviour.UtilityWeights(1.0, 1.0, 0.5, 0.5, 1.0, 0.3, 0.0, 0.5)), p);
        assertEquals(0.3660024321485463, p[RU], 1e-9);
        assertEquals(0.13510690964297317, p[KZ], 1e-9);
        assertEquals(0.17348070595171167, p[TR], 1e-9);
        assertEquals(0.32540995225676894, p[STAY], 1e-9);
        assertEquals(0.4401385394893509 / 0.162473668647762, p[RU] / p[KZ], 1e-9);
        assertEquals(1, sum(p), EPS);
    }

    @Test
    void underANestBelowOneGoingAnswersADestinationsPayAtTheNestsScale() {
        // 1,000 TJS more in Russia raises the inclusive value by some dI; the log-odds of going rise by nest x dI
        double atOne = logOddsOfGoingGainedByRussianPay(1.0);
        double atHalf = logOddsOfGoingGainedByRussianPay(0.5);
        assertTrue(atOne > 0, "log-odds gained " + atOne);
        assertEquals(atOne / 2, atHalf, 1e-9);
    }

    private double logOddsOfGoingGainedByRussianPay(double nest) {
        Behaviour b = behaviour(new Behaviour.UtilityWeights(1.0, 1.0, 0.5, 0.5, 1.0, 0.3, 0.0, nest));
        rule.probabilities(c, b, p);
        double before = Math.log((1 - p[STAY]) / p[STAY]);
        c.netEarningsTjs[RU] += 1_000;
        rule.probabilities(c, b, p);
        c.netEarningsTjs[RU] -= 1_000;
        return Math.log((1 - p[STAY]) / p[STAY]) - before;
    }

    @Test
    void earningsCountAtThePriceBaseSoInflationAloneChangesNothing() {
        // prices at home half the base year's and every somoni amount halved (a year a decade earlier, say): the
        // same real earnings, costs and capacity give the hand-computed shares above
        c.homePriceLevel = 0.5;
        c.localEarningsTjs /= 2;
        c.capacityTjs /= 2;
        for (int d = 0; d < Destination.COUNT; d++) {
            c.netEarningsTjs[d] /= 2;
            c.costTjs[d] /= 2;
        }
        rule.probabilities(c, B, p);
        assertEquals(0.4401385394893509, p[RU], 1e-9);
        assertEquals(0.18876747177665854, p[STAY], 1e-9);
        // the same nominal earnings at half the prices are twice as much: staying loses to going
        candidate();
        c.homePriceLevel = 0.5;
        rule.probabilities(c, B, p);
        assertTrue(p[STAY] < 0.18876747177665854, "stay " + p[STAY]);
    }

    @Test
    void ineligibleDestinationsGetNothingAndSharesSumToOne() {
        rule.probabilities(c, B, p);
        for (int d : new int[] {Destination.GULF.ordinal(), Destination.SOUTH_KOREA.ordinal(),
            Destination.UK.ordinal(), Destination.USA.ordinal()}) {
            assertEquals(0, p[d], 0.0, Destination.values()[d].label());
        }
        assertEquals(1, sum(p), EPS);
    }

    @Test
    void higherPerceivedRiskLowersThatDestinationsShareOnly() {
        rule.probabilities(c, B, p);
        double[] before = p.clone();
        // risk 0.2% -> 0.4%: Russia's utility falls by 0.5 x 0.2 = 0.1 to 3.2465736; shares become
        // 0.415664 (Russia), 0.169576, 0.217740, 0.197020
        c.perceivedRisk[RU] = 0.004;
        rule.probabilities(c, B, p);
        assertEquals(0.41566378064968, p[RU], 1e-9);
        assertTrue(p[RU] < before[RU]);
        for (int i : new int[] {KZ, TR, STAY}) {
            assertTrue(p[i] > before[i]);
            // independence of irrelevant alternatives: the others' ratios are unchanged
            assertEquals(before[i] / before[STAY], p[i] / p[STAY], 1e-9);
        }
    }

    @Test
    void aReEntryBanScalesPerceivedRisk() {
        // the risk term is 100 x risk x (1 + banMonths / 12): a 60-month ban makes Russia's 0.2% count as 1.2%,
        // utility 3.3465736 - 0.5 x 1.0 = 2.8465736; shares 0.322873, 0.196505, 0.252317, 0.228306
        c.banMonths[RU] = 60;
        rule.probabilities(c, B, p);
        assertEquals(0.3228729932752288, p[RU], 1e-9);
        assertEquals(0.2283056830069128, p[STAY], 1e-9);
    }

    @Test
    void nobodyStaysWhenNothingIsOpen() {
        for (int d = 0; d < STAY; d++) {
            c.eligible[d] = false;
        }
        rule.probabilities(c, B, p);
        assertEquals(1, p[STAY], EPS);
        assertEquals(0, sum(p) - p[STAY], 0.0);
    }

    @Test
    void aReturneeLeansToTheDestinationOfTheLastSpell() {
        // Russia at 0 utils, as staying; the last spell there adds circulation.lastDestinationUtility (1.0):
        // e / (1 + e) = 0.7310586
        Candidate returnee = new Candidate();
        returnee.eligible[RU] = true;
        returnee.constant[RU] = 1; // 1 - the whole cost share (no capacity) = 0
        returnee.costTjs[RU] = 1;
        rule.probabilities(returnee, B, p);
        assertEquals(0.5, p[RU], EPS);
        returnee.lastDestination = RU;
        rule.probabilities(returnee, B, p);
        assertEquals(Math.E / (1 + Math.E), p[RU], EPS);
        returnee.lastDestination = RU + 1; // a spell elsewhere does not pull to Russia
        rule.probabilities(returnee, B, p);
        assertEquals(0.5, p[RU], EPS);
    }

    @Test
    void noMeansOfPaymentCountsTheWholeCostShare() {
        // with nothing to raise, the cost term is the full weight (1.0) whatever the cost
        Candidate poor = new Candidate();
        poor.localEarningsTjs = 0; // stay: 0
        poor.capacityTjs = 0;
        poor.eligible[RU] = true;
        poor.constant[RU] = 1; // 1 - 1 = 0 utils, as staying: even odds
        poor.costTjs[RU] = 123_456;
        rule.probabilities(poor, B, p);
        assertEquals(0.5, p[RU], EPS);
        assertEquals(0.5, p[STAY], EPS);
    }

    @Test
    void hugeUtilitiesDoNotOverflow() {
        c.netEarningsTjs[RU] = 2_000_000; // 2,000 utils: exp would overflow without the max shift
        rule.probabilities(c, B, p);
        assertEquals(1, p[RU], EPS);
        assertEquals(1, sum(p), EPS);
        for (double v : p) {
            assertTrue(Double.isFinite(v));
        }
    }

    private void set(int d, double constant, double net, double cost, double risk, double network, boolean tie,
                     boolean russianSpoken) {
        c.eligible[d] = true;
        c.constant[d] = constant;
        c.netEarningsTjs[d] = net;
        c.costTjs[d] = cost;
        c.perceivedRisk[d] = risk;
        c.network[d] = network;
        c.tie[d] = tie;
        c.russianSpoken[d] = russianSpoken;
    }

    /**
     * Behaviour with the given utility weights. The logit reads nothing else; the other parameters are set to
     * plausible values only so that the record is complete.
     */
    private static Behaviour behaviour(Behaviour.UtilityWeights weights) {
        List<Double> flat = Collections.nCopies(12, 1.0);
        return new Behaviour(0.05, flat, 0.0, 0.15, weights, 2, 0.3, 0.045, flat, List.of(1.0, 1.0, 1.0, 1.0), 0.0, 1.0, 2.0, 0.75, 0.15, 0.4,
                List.of(0.5, 0.85, 1.0, 1.0), new Behaviour.Circulation(1.5, 12, 12, 1.0, 0.1, 0.1, 6));
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
