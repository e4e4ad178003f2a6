package org.muhojir.core.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * Statistical and keying properties of the counter-based generator. Tolerances are about five standard errors of
 * the statistic for the sample size, so a sound generator fails with probability below one in a million; every
 * test is deterministic for its seed.
 */
class KeyedRandomTest {
    private static final int N = 100_000;
    private static final long SEED = 20230101L;
    private static final KeyedRandom RNG = new KeyedRandom(SEED, 0);

    @Test
    void sameKeySameDraw() {
        KeyedRandom again = new KeyedRandom(SEED, 0);
        for (int h = 0; h < 100; h++) {
            long s = RNG.stream(h, 7);
            assertEquals(s, again.stream(h, 7));
            assertTrue(KeyedRandom.uniform(s, Purpose.CHOICE) != KeyedRandom.uniform(s, Purpose.CONSIDER),
                    "two purposes of one stream draw apart");
        }
    }

    /**
     * The draws are SplitMix64's: its finaliser of the stream plus (purpose + 1) times the golden gamma, whose outputs
     * from a state of 0 are published (Steele, Lea and Flood 2014; the reference C code's first three from seed 0:
     * 0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F), and a uniform is its top 53 bits over 2^53.
     */
    @Test
    void theDrawsAreSplitMix64sKnownOutputs() {
        assertEquals(0xE220A8397B1DCDAFL, KeyedRandom.mix(0x9E3779B97F4A7C15L));
        assertEquals(0x6E789E6AA1B965F4L, KeyedRandom.mix(2 * 0x9E3779B97F4A7C15L));
        assertEquals(0x06C45D188009454FL, KeyedRandom.mix(3 * 0x9E3779B97F4A7C15L));
        assertEquals((0xE220A8397B1DCDAFL >>> 11) * 0x1.0p-53, KeyedRandom.uniform(0, 0));
        assertEquals((0x6E789E6AA1B965F4L >>> 11) * 0x1.0p-53, KeyedRandom.uniform(0, 1));
    }

    @Test
    void otherSeedOrReplicationGivesOtherDraws() {
        long s = RNG.stream(5, 3);
        assertNotEquals(s, new KeyedRandom(SEED + 1, 0).stream(5, 3));
        assertNotEquals(s, new KeyedRandom(SEED, 1).stream(5, 3));
    }

    /**
     * The population's draws are a stream of their own: no month's stream, warm-up months included, is the
     * population's, so a purpose number used both in building the population and in a month (the second tie's
     * {@code INIT_TIES + 37} is {@code VISA_AGAIN}) never gives the two the same draw.
     */
    @Test
    void thePopulationsDrawsAreIndependentOfEveryMonths() {
        for (int h = 0; h < 100; h++) {
            long population = RNG.populationStream(h);
            for (int month = -1_000; month <= 1_000; month++) {
                assertNotEquals(population, RNG.stream(h, month), "household " + h + ", month " + month);
            }
        }
        assertNotEquals(KeyedRandom.uniform(RNG.populationStream(5), Purpose.INIT_TIES + 37),
                KeyedRandom.uniform(RNG.stream(5, -1), Purpose.VISA_AGAIN));
    }

    @Test
    void uniformIsInUnitIntervalWithMeanHalfAndVarianceOneTwelfth() {
        double sum = 0;
        double sumSq = 0;
        double min = 1;
        double max = 0;
        int[] deciles = new int[10];
        for (int i = 0; i < N; i++) {
            double u = KeyedRandom.uniform(RNG.stream(i, 0), Purpose.CONSIDER);
            min = Math.min(min, u);
            max = Math.max(max, u);
            sum += u;
            sumSq += u * u;
            deciles[(int) (u * 10)]++;
        }
        assertTrue(min >= 0 && max < 1, "range [" + min + ", " + max + "]");
        double mean = sum / N;
        double variance = sumSq / N - mean * mean;
        // SE of the mean: sqrt(1/12 / 1e5) = 0.00091; 5 SE = 0.0046
        assertEquals(0.5, mean, 0.0046);
        // SE of the variance: sqrt((mu4 - sigma^4) / n) with mu4 = 1/80, sigma^4 = 1/144: sqrt(0.005556 / 1e5)
        // = 0.000236; 5 SE = 0.0012
        assertEquals(1.0 / 12, variance, 0.0012);
        // chi-square over ten equal bins, 9 degrees of freedom: the 0.1% critical value is 27.88
        double chi2 = 0;
        for (int c : deciles) {
            chi2 += Math.pow(c - N / 10.0, 2) / (N / 10.0);
        }
        assertTrue(chi2 < 27.88, "chi-square " + chi2);
    }

    @Test
    void neighbouringHouseholdsAreUncorrelated() {
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(i, 4), Purpose.CHOICE),
                i -> KeyedRandom.uniform(RNG.stream(i + 1, 4), Purpose.CHOICE));
    }

    @Test
    void neighbouringMonthsAreUncorrelated() {
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(17, i), Purpose.CHOICE),
                i -> KeyedRandom.uniform(RNG.stream(17, i + 1), Purpose.CHOICE));
        // and the same household index in two months (h, m) vs (h, m + 1) over many households
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(i, 0), Purpose.CHOICE),
                i -> KeyedRandom.uniform(RNG.stream(i, 1), Purpose.CHOICE));
    }

    @Test
    void neighbouringPurposesAreUncorrelated() {
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(i, 2), Purpose.CONSIDER),
                i -> KeyedRandom.uniform(RNG.stream(i, 2), Purpose.CONSIDER + 1));
        // a member's draws in successive slots
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(i, 2), Purpose.slot(0, Purpose.RAID)),
                i -> KeyedRandom.uniform(RNG.stream(i, 2), Purpose.slot(1, Purpose.RAID)));
    }

    @Test
    void replicationsAndSeedsAreUncorrelated() {
        KeyedRandom second = new KeyedRandom(SEED, 1);
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(i, 0), Purpose.CHOICE),
                i -> KeyedRandom.uniform(second.stream(i, 0), Purpose.CHOICE));
        KeyedRandom nextSeed = new KeyedRandom(SEED + 1, 0);
        assertUncorrelated(i -> KeyedRandom.uniform(RNG.stream(i, 0), Purpose.CHOICE),
                i -> KeyedRandom.uniform(nextSeed.stream(i, 0), Purpose.CHOICE));
    }

    @Test
    void gaussianHasMeanZeroAndVarianceOne() {
        double sum = 0;
        double sumSq = 0;
        int within196 = 0;
        for (int i = 0; i < N; i++) {
            double z = KeyedRandom.gaussian(RNG.stream(i, 0), Purpose.INIT_EARNINGS);
            sum += z;
            sumSq += z * z;
            if (Math.abs(z) < 1.96) {
                within196++;
            }
        }
        double mean = sum / N;
        double variance = sumSq / N - mean * mean;
        // SE of the mean 1 / sqrt(1e5) = 0.0032, 5 SE = 0.016
        assertEquals(0, mean, 0.016);
        // SE of the variance sqrt(2 / 1e5) = 0.0045, 5 SE = 0.022
        assertEquals(1, variance, 0.022);
        // 95% of a standard normal lies within 1.96; SE sqrt(0.95 * 0.05 / 1e5) = 0.00069, 5 SE = 0.0035
        assertEquals(0.95, within196 / (double) N, 0.0035);
    }

    /** Pearson's r of two sequences over N draws; SE about 1 / sqrt(N) = 0.0032, so 5 SE = 0.016. */
    private static void assertUncorrelated(IntToDoubleFunction x, IntToDoubleFunction y) {
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int i = 0; i < N; i++) {
            double a = x.applyAsDouble(i);
            double b = y.applyAsDouble(i);
            sx += a;
            sy += b;
            sxx += a * a;
            syy += b * b;
            sxy += a * b;
        }
        double cov = sxy / N - sx / N * sy / N;
        double r = cov / Math.sqrt((sxx / N - sx * sx / N / N) * (syy / N - sy * sy / N / N));
        assertTrue(Math.abs(r) < 0.016, "correlation " + r);
    }
}
