package org.muhojir.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The second choice of a candidate whose first choice is taken away (a refused visa, a failed test, no quota place)
 * is the option that would be best without it, given that it was best. Checked against a direct simulation of the
 * nested logit's random utilities: staying {@code a + e0}, destination j {@code lambda V_j + e_j}, with e0 standard
 * Gumbel and the e_j Gumbel with the nested logit's (logistic) dependence, simulated as {@code lambda (ln S - ln W_j)}
 * with S positive stable of index lambda (Kanter's formula) and W_j standard exponential (Stephenson, 2003,
 * Extremes 6, 49-59).
 */
class SecondChoiceTest {
    private static final double STAY = 1.0;
    private static final double[] V = {2.0, 0.5, 1.2, -0.3};
    private static final int DRAWS = 400_000;

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
        double inclusive = 0;
        for (int j = 0; j < V.length; j++) {
            inclusive += eligible[j] ? Math.exp(V[j]) : 0;
        }
        double go = 1 / (1 + Math.exp(STAY - lambda * Math.log(inclusive)));
        double[] p = new double[V.length + 1];
        for (int j = 0; j < V.length; j++) {
            p[j] = eligible[j] ? go * Math.exp(V[j]) / inclusive : 0;
        }
        p[V.length] = 1 - go;
        return p;
    }

    /** The share of each option among the draws whose best was removed, by the best option left. */
    private static double[] simulatedSecondChoice(double lambda, boolean[] removed) {
        SplittableRandom random = new SplittableRandom(20261207);
        double[] counts = new double[V.length + 1];
        double[] u = new double[V.length + 1];
        int chosenRemoved = 0;
        for (int n = 0; n < DRAWS; n++) {
            double shared = lambda * Math.log(positiveStable(lambda, random));
            for (int j = 0; j < V.length; j++) {
                u[j] = lambda * V[j] + shared + lambda * gumbel(random);
            }
            u[V.length] = STAY + gumbel(random);
            if (best(u, null) < V.length && removed[best(u, null)]) {
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
