package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The streaming FGT sums agree with the exact {@link Poverty#fgt} and merge without loss. */
class PovertyAccumulatorTest {
    private static final double Z = 100;
    private static final double EXTREME_Z = 70;
    private static final double OLD_Z = 90;
    private static final double EPS = 1e-12;

    @Test
    void handExample() {
        // consumption 50 (3 persons), 80 (1), 100 (2), 150 (4); z = 100, extreme line 70, old line 90.
        PovertyAccumulator a = new PovertyAccumulator();
        a.add(50, 3, Z, EXTREME_Z, OLD_Z);
        a.add(80, 1, Z, EXTREME_Z, OLD_Z);
        a.add(100, 2, Z, EXTREME_Z, OLD_Z);
        a.add(150, 4, Z, EXTREME_Z, OLD_Z);
        PovertyMeasures m = a.measures();
        assertEquals(10, a.persons(), EPS);
        assertEquals(0.4, m.fgt0(), EPS); // (3 + 1) / 10
        assertEquals(0.17, m.fgt1(), EPS); // (3 * 0.5 + 0.2) / 10
        assertEquals(0.079, m.fgt2(), EPS); // (3 * 0.25 + 0.04) / 10
        assertEquals(0.3, m.extremeFgt0(), EPS); // only the 3 persons at 50 are below 70
        assertEquals(0.4, m.oldMethodologyFgt0(), EPS); // the 4 persons at 50 and 80 are below 90
        // mean consumption (150 + 80 + 200 + 600) / 10 = 103
        assertEquals(103, a.meanConsumption(), EPS);
    }

    @Test
    void agreesWithExactFgtOnRandomVectors() {
        for (long seed = 1; seed <= 5; seed++) {
            Sample s = Sample.random(seed, 2_000);
            PovertyAccumulator a = new PovertyAccumulator();
            s.addTo(a, 0, s.y.length);
            PovertyMeasures m = a.measures();
            assertEquals(Poverty.fgt(s.y, s.w, Z, 0), m.fgt0(), EPS, "seed " + seed);
            assertEquals(Poverty.fgt(s.y, s.w, Z, 1), m.fgt1(), EPS, "seed " + seed);
            assertEquals(Poverty.fgt(s.y, s.w, Z, 2), m.fgt2(), EPS, "seed " + seed);
            // the extreme line is below the national one, so "below both" is "below the extreme line"
            assertEquals(Poverty.fgt(s.y, s.w, EXTREME_Z, 0), m.extremeFgt0(), EPS, "seed " + seed);
            assertEquals(Poverty.fgt(s.y, s.w, OLD_Z, 0), m.oldMethodologyFgt0(), EPS, "seed " + seed);
            assertEquals(s.totalWeight(), a.persons(), 1e-9);
            assertEquals(s.weightedMean(), a.meanConsumption(), 1e-9);
        }
    }

    @Test
    void mergingTwoHalvesEqualsTheWhole() {
        Sample s = Sample.random(42, 1_001);
        int half = s.y.length / 2;
        PovertyAccumulator whole = new PovertyAccumulator();
        s.addTo(whole, 0, s.y.length);
        PovertyAccumulator first = new PovertyAccumulator();
        s.addTo(first, 0, half);
        PovertyAccumulator second = new PovertyAccumulator();
        s.addTo(second, half, s.y.length);
        first.merge(second);
        assertEquals(whole.persons(), first.persons(), 1e-9);
        assertEquals(whole.meanConsumption(), first.meanConsumption(), 1e-9);
        assertEquals(whole.measures().fgt0(), first.measures().fgt0(), EPS);
        assertEquals(whole.measures().fgt1(), first.measures().fgt1(), EPS);
        assertEquals(whole.measures().fgt2(), first.measures().fgt2(), EPS);
        assertEquals(whole.measures().extremeFgt0(), first.measures().extremeFgt0(), EPS);
    }

    @Test
    void emptyAndClearedGiveZeros() {
        PovertyAccumulator a = new PovertyAccumulator();
        assertEquals(new PovertyMeasures(0, 0, 0, 0, 0, 0), a.measures());
        assertEquals(0, a.meanConsumption());
        a.add(10, 2, Z, EXTREME_Z, OLD_Z);
        a.clear();
        assertEquals(0, a.persons());
        assertEquals(new PovertyMeasures(0, 0, 0, 0, 0, 0), a.measures());
    }

    /** Consumption around the line (lognormal, median 120) with integer person weights 1..8. */
    private record Sample(double[] y, double[] w) {
        static Sample random(long seed, int n) {
            SplittableRandom r = new SplittableRandom(seed);
            double[] y = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                y[i] = 120 * Math.exp(0.6 * gaussian(r));
                w[i] = 1 + r.nextInt(8);
            }
            return new Sample(y, w);
        }

        void addTo(PovertyAccumulator a, int from, int to) {
            for (int i = from; i < to; i++) {
                a.add(y[i], w[i], Z, EXTREME_Z, OLD_Z);
            }
        }

        double totalWeight() {
            double t = 0;
            for (double v : w) {
                t += v;
            }
            return t;
        }

        double weightedMean() {
            double s = 0;
            for (int i = 0; i < y.length; i++) {
                s += w[i] * y[i];
            }
            return s / totalWeight();
        }
    }

    static double gaussian(SplittableRandom r) {
        // Box-Muller; 1 - u keeps the logarithm finite
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
