package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The binned Gini agrees with the exact {@link Poverty#gini} within 0.001 (its documented accuracy) and does not
 * depend on merge order.
 */
class GiniHistogramTest {
    private static final int N = 20_000;
    private static final double ACCURACY = 0.001;
    /** Top of the binned range, 2^21 (about two million). */
    private static final double TOP = 0x1p21;

    @Test
    void lognormalIncomes() {
        // median 1,500 TJS, sigma 0.6: Gini about 2 Phi(0.6 / sqrt 2) - 1 = 0.33
        assertAgrees(1, r -> 1500 * Math.exp(0.6 * PovertyAccumulatorTest.gaussian(r)));
        // a much wider lognormal (sigma 1.5, Gini about 0.71) spanning many octaves
        assertAgrees(2, r -> 800 * Math.exp(1.5 * PovertyAccumulatorTest.gaussian(r)));
    }

    @Test
    void uniformIncomes() {
        // uniform on [100, 5000]: Gini = (b - a) / (3 (a + b)) = 4900 / 15300 = 0.320
        double g = assertAgrees(3, r -> 100 + 4900 * r.nextDouble());
        assertEquals(4900.0 / 15300, g, 0.01); // sampling error of the exact Gini on 20,000 draws is about 0.002
    }

    @Test
    void logUniformIncomesOverTheWholeRange() {
        // from 1 to 2^21: every bin is used
        assertAgrees(4, r -> Math.pow(2, 21 * r.nextDouble()));
    }

    @Test
    void twoPointIncomes() {
        // 90% at 200, 10% at 5000: mean 680; G = sum |y_i - y_j| / (2 mean) over pairs of shares
        // = 2 * 0.9 * 0.1 * 4800 / (2 * 680) = 864 / 1360 = 0.6353
        GiniHistogram h = new GiniHistogram();
        h.add(200f, 9);
        h.add(5000f, 1);
        assertEquals(864.0 / 1360, h.gini(), ACCURACY);
        assertEquals(Poverty.gini(new double[] {200, 5000}, new double[] {9, 1}), h.gini(), ACCURACY);
    }

    @Test
    void valuesOutsideTheRangeCountAtTheClamps() {
        // below 1 counts as 1 and above 2^21 as 2^21: {0.25, 4 million} is binned exactly like {1, 2^21}
        GiniHistogram outside = new GiniHistogram();
        outside.add(0.25f, 1);
        outside.add(0f, 1);
        outside.add(4e6f, 2);
        GiniHistogram clamped = new GiniHistogram();
        clamped.add(1f, 2);
        clamped.add((float) TOP * (1 - 1e-6f), 2);
        assertEquals(clamped.gini(), outside.gini(), 0.0);
        // two persons at 1 and two at 2^21: G = (b - a) / (2 (a + b)) = 0.5 - 1 / 2^21, about 0.5
        assertEquals(Poverty.gini(new double[] {1, TOP}, new double[] {2, 2}), outside.gini(), ACCURACY);
    }

    @Test
    void distributionWithZerosAndMillionairesAgreesWithItsClampedValues() {
        SplittableRandom r = new SplittableRandom(5);
        double[] y = new double[N];
        double[] clamped = new double[N];
        double[] w = new double[N];
        GiniHistogram h = new GiniHistogram();
        for (int i = 0; i < N; i++) {
            double u = r.nextDouble();
            // 2% with nothing, 0.5% above the top of the range, the rest lognormal
            y[i] = (float) (u < 0.02 ? 0 : u > 0.995 ? 5e6 : 1500 * Math.exp(0.8 * PovertyAccumulatorTest.gaussian(r)));
            clamped[i] = Math.max(1, Math.min(TOP, y[i]));
            w[i] = 1;
            h.add((float) y[i], 1);
        }
        assertEquals(Poverty.gini(clamped, w), h.gini(), ACCURACY);
    }

    @Test
    void mergeOrderDoesNotMatter() {
        SplittableRandom r = new SplittableRandom(6);
        GiniHistogram[] parts = {new GiniHistogram(), new GiniHistogram(), new GiniHistogram()};
        GiniHistogram whole = new GiniHistogram();
        for (int i = 0; i < N; i++) {
            float y = (float) (1500 * Math.exp(0.7 * PovertyAccumulatorTest.gaussian(r)));
            int persons = 1 + r.nextInt(9);
            parts[i % 3].add(y, persons);
            whole.add(y, persons);
        }
        double abc = merged(parts[0], parts[1], parts[2]).gini();
        double cba = merged(parts[2], parts[1], parts[0]).gini();
        GiniHistogram bc = merged(parts[1], parts[2]);
        double aThenBc = merged(parts[0], bc).gini();
        assertEquals(whole.gini(), abc, 0.0);
        assertEquals(abc, cba, 0.0);
        assertEquals(abc, aThenBc, 0.0);
    }

    @Test
    void addingToBothCountsInEachAsTwoAdds() {
        // two histograms that already differ (one holds a poor household the other lacks), then the same persons
        // added to both at once: each must end as if they had been added to it alone
        GiniHistogram with = new GiniHistogram();
        GiniHistogram without = new GiniHistogram();
        GiniHistogram withAlone = new GiniHistogram();
        GiniHistogram withoutAlone = new GiniHistogram();
        with.add(40f, 3);
        withAlone.add(40f, 3);
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < 1_000; i++) {
            float y = (float) (900 * Math.exp(0.8 * PovertyAccumulatorTest.gaussian(r)));
            int persons = 1 + r.nextInt(9);
            with.addToBoth(without, y, persons);
            withAlone.add(y, persons);
            withoutAlone.add(y, persons);
        }
        assertEquals(withAlone.gini(), with.gini(), 0.0);
        assertEquals(withoutAlone.gini(), without.gini(), 0.0);
        assertTrue(with.gini() > without.gini(), "the extra poor household widens inequality");
    }

    @Test
    void emptyEqualAndClearedHistograms() {
        GiniHistogram h = new GiniHistogram();
        assertEquals(0, h.gini());
        h.add(1234.5f, 50);
        h.add(1234.5f, 50);
        assertEquals(0, h.gini(), 1e-12); // everybody equal
        h.add(10f, 10);
        h.clear();
        assertEquals(0, h.gini());
    }

    /** Builds a sample with {@code draw}, checks the histogram against the exact Gini, and returns the latter. */
    private static double assertAgrees(long seed, ToDoubleFunction<SplittableRandom> draw) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] y = new double[N];
        double[] w = new double[N];
        GiniHistogram h = new GiniHistogram();
        for (int i = 0; i < N; i++) {
            float v = (float) draw.applyAsDouble(r);
            int persons = 1 + r.nextInt(9);
            y[i] = v;
            w[i] = persons;
            h.add(v, persons);
        }
        double exact = Poverty.gini(y, w);
        assertEquals(exact, h.gini(), ACCURACY, "seed " + seed);
        return exact;
    }

    private static GiniHistogram merged(GiniHistogram... hs) {
        GiniHistogram m = new GiniHistogram();
        for (GiniHistogram h : hs) {
            m.merge(h);
        }
        return m;
    }
}
