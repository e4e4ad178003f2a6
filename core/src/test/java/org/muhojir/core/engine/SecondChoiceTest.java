package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.muhojir.core.Muhojir;
import org.muhojir.core.behaviour.Candidate;
import org.muhojir.core.behaviour.LogitChoice;
import org.muhojir.core.scenario.Behaviour;
import org.muhojir.core.world.Destination;

/**
 * The second choice of a candidate whose first choice is taken away (a refused visa, a failed test, no quota place)
 * is the option that would be best without it, given that it was best. Checked against a direct simulation of the
 * nested logit's random utilities: staying {@code a + e0}, destination j {@code lambda V_j + e_j}, with e0 standard
 * Gumbel and the e_j Gumbel with the nested logit's (logistic) dependence, simulated as {@code lambda (ln S - ln W_j)}
 * with S positive stable of index lambda (Kanter's formula) and W_j standard exponential (Stephenson, 2003,
 * Extremes 6, 49-59), and the default rule's choice against the random utilities its probabilities imply.
 */
class SecondChoiceTest {
    private static final double STAY = 1.0;
    private static final double[] V = {2.0, 0.5, 1.2, -0.3};
    private static final int DRAWS = 400_000;
    private static final int D = Destination.COUNT;

    @Test
    void aCandidateWhoChoseToGoMostlyStillGoesUnderTheNestedLogit() {
        double lambda = 0.46;
        double[] second = secondChoice(lambda, new boolean[] {false, true, false, false});
        double[] simulated = simulatedSecondChoice(lambda, new boolean[] {false, true, false, false});
        for (int i = 0; i < second.length; i++) {
            assertEquals(simulated[i], second[i], 0.01, "option " + i);
        }
        double freshStay = probabilities(lambda, new boolean[] {true, false, true, true})[V.length];
        assertTrue(second[V.length] < freshStay / 2,
                "stays home with " + second[V.length] + " against a fresh choice's " + freshStay);
    }

    @Test
    void aQuotaApplicantWithoutAPlaceChoosesAsOneWhoseFirstChoiceWasAQuotaDestination() {
        double lambda = 0.46;
        boolean[] quota = {true, false, false, true};
        double[] second = secondChoice(lambda, quota);
        double[] simulated = simulatedSecondChoice(lambda, quota);
        for (int i = 0; i < second.length; i++) {
            assertEquals(simulated[i], second[i], 0.01, "option " + i);
        }
    }

    @Test
    void underTheMultinomialLogitItIsAFreshChoiceWithoutTheDestination() {
        boolean[] removed = {true, false, false, false};
        double[] second = secondChoice(1, removed);
        double[] fresh = probabilities(1, new boolean[] {false, true, true, true});
        for (int i = 0; i < second.length; i++) {
            assertEquals(fresh[i], second[i], 1e-12, "option " + i);
        }
    }

    @Test
    void theDefaultRulesSecondChoiceIsItsRandomUtilitiesBestLeft() {
        Behaviour behaviour = Muhojir.defaultScenario().behaviour();
        double lambda = behaviour.utility().nest();
        Candidate c = candidate();
        double[] with = new double[D + 1];
        new LogitChoice().probabilities(c, behaviour, with);
        c.eligible[Destination.RUSSIA.ordinal()] = false;
        double[] without = new double[D + 1];
        new LogitChoice().probabilities(c, behaviour, without);
        // the random utilities LogitChoice's probabilities imply: V_d = ln p_d within the nest, staying's utility
        // from the chance of going; the same utilities must give the rule's probabilities without Russia
        double go = 1 - with[D];
        double[] v = new double[D];
        for (int d = 0; d < D; d++) {
            v[d] = Math.log(with[d]);
        }
        double stay = lambda * Math.log(go) + Math.log(with[D] / go);
        boolean[] left = {false, true, true, true, true, true, true};
        assertArrayEquals(without, probabilities(lambda, left, v, stay), 1e-12, "LogitChoice is this nested logit");

        double sum = DestinationChoicePhase.givenFirstWasRemoved(with, without);
        boolean[] russia = {true, false, false, false, false, false, false};
        double[] simulated = simulatedSecondChoice(lambda, russia, v, stay);
        for (int i = 0; i <= D; i++) {
            assertEquals(simulated[i], without[i] / sum, 0.01, "option " + i);
        }
    }

    /** A candidate who may go anywhere, with pay, costs, networks and risks of about the baseline's sizes. */
    private static Candidate candidate() {
        Candidate c = new Candidate();
        c.localEarningsTjs = 1_500;
        c.capacityTjs = 40_000;
        c.russian = 2;
        double[] net = {6_000, 4_500, 5_000, 7_000, 11_000, 14_000, 18_000};
        double[] network = {0.3, 0.02, 0.01, 0.005, 0.001, 0.001, 0.0005};
        double[] constant = {0, -3.2, -1.5, -1.5, -1, -1, -1};
        for (int d = 0; d < D; d++) {
            c.eligible[d] = true;
            c.netEarningsTjs[d] = net[d];
            c.costTjs[d] = 3_000 + 2_000 * d;
            c.network[d] = network[d];
            c.perceivedRisk[d] = d == 0 ? 0.002 : 0.0005;
            c.russianSpoken[d] = d < 2;
            c.constant[d] = constant[d];
        }
        return c;
    }

    /** The phase's second choice: probabilities over the destinations and staying (last). */
    private static double[] secondChoice(double lambda, boolean[] removed) {
        boolean[] left = new boolean[V.length];
        for (int j = 0; j < V.length; j++) {
            left[j] = !removed[j];
        }
        double[] with = probabilities(lambda, new boolean[] {true, true, true, true});
        double[] without = probabilities(lambda, left);
        double sum = DestinationChoicePhase.givenFirstWasRemoved(with, without);
        double chosenFirst = 0;
        for (int j = 0; j < V.length; j++) {
            chosenFirst += removed[j] ? with[j] : 0;
        }
        assertEquals(chosenFirst, sum, 1e-12, "the weights sum to the probability that the first choice was removed");
        for (int i = 0; i < without.length; i++) {
            without[i] /= sum;
        }
        return without;
    }

    /** The nested logit's closed form over the eligible destinations, staying last. */
    private static double[] probabilities(double lambda, boolean[] eligible) {
        return probabilities(lambda, eligible, V, STAY);
    }

    /** The nested logit's closed form for utilities {@code v} and staying's {@code stay}. */
    private static double[] probabilities(double lambda, boolean[] eligible, double[] v, double stay) {
        double inclusive = 0;
        for (int j = 0; j < v.length; j++) {
            inclusive += eligible[j] ? Math.exp(v[j]) : 0;
        }
        double go = 1 / (1 + Math.exp(stay - lambda * Math.log(inclusive)));
        double[] p = new double[v.length + 1];
        for (int j = 0; j < v.length; j++) {
            p[j] = eligible[j] ? go * Math.exp(v[j]) / inclusive : 0;
        }
        p[v.length] = 1 - go;
        return p;
    }

    /** The share of each option among the draws whose best was removed, by the best option left. */
    private static double[] simulatedSecondChoice(double lambda, boolean[] removed) {
        return simulatedSecondChoice(lambda, removed, V, STAY);
    }

    private static double[] simulatedSecondChoice(double lambda, boolean[] removed, double[] v, double stay) {
        SplittableRandom random = new SplittableRandom(20261207);
        double[] counts = new double[v.length + 1];
        double[] u = new double[v.length + 1];
        int chosenRemoved = 0;
        for (int n = 0; n < DRAWS; n++) {
            double shared = lambda * Math.log(positiveStable(lambda, random));
            for (int j = 0; j < v.length; j++) {
                u[j] = lambda * v[j] + shared + lambda * gumbel(random);
            }
            u[v.length] = stay + gumbel(random);
            if (best(u, null) < v.length && removed[best(u, null)]) {
                chosenRemoved++;
                counts[best(u, removed)]++;
            }
        }
        for (int i = 0; i < counts.length; i++) {
            counts[i] /= chosenRemoved;
        }
        return counts;
    }

    private static int best(double[] u, boolean[] removed) {
        int best = -1;
        for (int i = 0; i < u.length; i++) {
            boolean out = removed != null && i < removed.length && removed[i];
            if (!out && (best < 0 || u[i] > u[best])) {
                best = i;
            }
        }
        return best;
    }

    private static double gumbel(SplittableRandom random) {
        return -Math.log(-Math.log(1 - random.nextDouble()));
    }

    /** Positive stable of index {@code a} in (0, 1], Laplace transform exp(-t^a) (Kanter, 1975). */
    private static double positiveStable(double a, SplittableRandom random) {
        if (a == 1) {
            return 1;
        }
        double u = Math.PI * (1 - random.nextDouble());
        double e = -Math.log(1 - random.nextDouble());
        return Math.sin(a * u) / Math.pow(Math.sin(u), 1 / a)
                * Math.pow(Math.sin((1 - a) * u) / e, (1 - a) / a);
    }
}
