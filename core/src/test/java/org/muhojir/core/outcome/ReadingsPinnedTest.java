package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.muhojir.core.world.Destination;
import org.muhojir.core.world.LegalStatus;
import org.muhojir.core.world.Region;

/**
 * What the reports read from a month, pinned where a mutation audit (PIT, December 2026) found readings no test
 * could tell from wrong ones: every group's own poverty (not the nation's), each measure of poverty, the
 * international lines, quantiles, the central range of two values, weighted persons and merged sums. Every expected
 * value is worked out by hand from the inputs written here.
 */
class ReadingsPinnedTest {
    private static final double URBAN = Group.URBAN.ordinal();

    /**
     * A month whose poverty differs by group and measure: group g's fgt0 is 0.10 + g / 100, fgt1 0.20 + g / 100...,
     * counted on 1,000 + 10 g persons at home.
     */
    private static MonthlyOutcome month() {
        int d = Destination.COUNT;
        PovertyMeasures[] poverty = new PovertyMeasures[Group.COUNT];
        PovertyMeasures[] without = new PovertyMeasures[Group.COUNT];
        double[] consumption = new double[Group.COUNT];
        for (int g = 0; g < Group.COUNT; g++) {
            double k = g / 100.0;
            poverty[g] = new PovertyMeasures(0.10 + k, 0.20 + k, 0.30 + k, 0.40 + k, 0.50 + k, 1000 + 10 * g);
            without[g] = new PovertyMeasures(0.60 + k, 0.70 + k, 0.80 + k, 0.90 + k, 0.95 + k, 1000);
            consumption[g] = 800 + g;
        }
        double[] sent = new double[d];
        sent[Destination.RUSSIA.ordinal()] = 302;
        double[] fees = new double[d];
        fees[Destination.RUSSIA.ordinal()] = 2;
        double[] rates = new double[d];
        java.util.Arrays.fill(rates, 1);
        return new MonthlyOutcome(YearMonth.of(2025, 1), new double[d][LegalStatus.COUNT], new double[d], 0,
                new double[d], 0, new double[d], new double[d], new double[d], 0, sent, fees, 0, 0, 0, 0, 1000, 10,
                rates, 0.4, 0.3, consumption, poverty, without, new double[] {0.11, 0.22}, 0.38, 0.4);
    }

    @Test
    void aGroupHoldsItsOwnPersonsOnly() {
        assertTrue(Group.URBAN.contains(0, true));
        assertFalse(Group.URBAN.contains(0, false));
        assertTrue(Group.RURAL.contains(3, false));
        assertFalse(Group.RURAL.contains(3, true));
        assertTrue(Group.of(Region.KHATLON).contains(Region.KHATLON.ordinal(), true));
        assertFalse(Group.of(Region.KHATLON).contains(Region.SUGHD.ordinal(), true));
        assertTrue(Group.NATIONAL.contains(Region.GBAO.ordinal(), false));
    }

    @Test
    void everyPovertyMeasureIsReadForItsOwnGroup() {
        MonthlyOutcome m = month();
        assertEquals(0.10 + URBAN / 100, Metric.POVERTY_FGT0.value(m, "urban"), 1e-12);
        assertEquals(0.10, Metric.POVERTY_FGT0.value(m, "national"), 1e-12);
        assertEquals(0.20 + URBAN / 100, Metric.POVERTY_FGT1.value(m, "urban"), 1e-12);
        assertEquals(0.30 + URBAN / 100, Metric.POVERTY_FGT2.value(m, "urban"), 1e-12);
        assertEquals(0.40 + URBAN / 100, Metric.EXTREME_POVERTY_FGT0.value(m, "urban"), 1e-12);
        assertEquals(0.50 + URBAN / 100, Metric.POVERTY_FGT0_OLD_METHODOLOGY.value(m, "urban"), 1e-12);
        assertEquals(0.60 + URBAN / 100, Metric.POVERTY_FGT0_WITHOUT_REMITTANCES.value(m, "urban"), 1e-12);
        assertEquals(0.70 + URBAN / 100, Metric.POVERTY_FGT1_WITHOUT_REMITTANCES.value(m, "urban"), 1e-12);
        assertEquals(0.80 + URBAN / 100, Metric.POVERTY_FGT2_WITHOUT_REMITTANCES.value(m, "urban"), 1e-12);
        assertEquals(0.90 + URBAN / 100, Metric.EXTREME_POVERTY_FGT0_WITHOUT_REMITTANCES.value(m, "urban"), 1e-12);
        assertEquals(800 + URBAN, Metric.CONSUMPTION_TJS_PER_AE.value(m, "urban"), 1e-12);
        int sughd = Group.of(Region.SUGHD).ordinal();
        assertEquals(0.10 + sughd / 100.0, Metric.POVERTY_FGT0.value(m, "Sughd"), 1e-12);
    }

    @Test
    void thePersonsAtHomeAndInPovertyAreEachGroupsOwn() {
        MonthlyOutcome m = month();
        assertEquals(1000 + 10 * URBAN, Metric.PERSONS_AT_HOME.value(m, "urban"), 1e-9);
        assertEquals((0.10 + URBAN / 100) * (1000 + 10 * URBAN), Metric.PERSONS_IN_POVERTY.value(m, "urban"), 1e-9);
        int sughd = Group.of(Region.SUGHD).ordinal();
        assertEquals(1000 + 10 * sughd, Metric.PERSONS_AT_HOME.value(m, "Sughd"), 1e-9);
        assertEquals((0.10 + sughd / 100.0) * (1000 + 10 * sughd), Metric.PERSONS_IN_POVERTY.value(m, "Sughd"), 1e-9);
        assertEquals(0.10 * 1000, Metric.PERSONS_IN_POVERTY.value(m, "national"), 1e-9);
    }

    @Test
    void theInternationalLinesAndTheShareOfGdpAreReadAsWritten() {
        MonthlyOutcome m = month();
        assertEquals(0.11, Metric.POVERTY_215_PPP2017.value(m), 0);
        assertEquals(0.22, Metric.POVERTY_365_PPP2017.value(m), 0);
        // (302 sent - 2 fees) / 1,000 of GDP
        assertEquals(0.3, m.remittancesShareOfGdp(), 1e-12);
    }

    @Test
    void quantilesAreType7OverTheFiniteValues() {
        // sorted 1, 2, 3, 4: the 0.25 quantile sits at position 0.25 x 3 = 0.75, between 1 and 2
        assertEquals(1.75, Quantiles.of(new double[] {4, 1, 3, 2}, 0.25), 1e-12);
        assertEquals(4, Quantiles.of(new double[] {4, 1, 3, 2}, 1), 0);
        assertEquals(1, Quantiles.of(new double[] {4, 1, 3, 2}, 0), 0);
        // NaN and infinity left out: the median of 1 and 3
        assertEquals(2, Quantiles.of(new double[] {Double.NaN, 1, Double.POSITIVE_INFINITY, 3}, 0.5), 1e-12);
        assertTrue(Double.isNaN(Quantiles.of(new double[0], 0.5)));
    }

    @Test
    void theCentralRangeOfTwoValuesIsTheirPercentilesNotAStudentInterval() {
        ConfidenceInterval c = ConfidenceInterval.centralRange(new double[] {1, 3});
        // type 7: 1 + 0.025 x (3 - 1) and 1 + 0.975 x (3 - 1)
        assertEquals(1.05, c.low(), 1e-12);
        assertEquals(2.95, c.high(), 1e-12);
        assertEquals(2, c.mean(), 1e-12);
    }

    @Test
    void weightedPersonsAndMergedSumsAreKept() {
        PovertyAccumulator a = new PovertyAccumulator();
        a.add(50, 2, 100, 60, 90); // two persons at 50 against lines 100, 60 and 90
        assertEquals(500, a.measures(250).persons(), 1e-9); // 2 sample persons x 250 each
        PovertyAccumulator b = new PovertyAccumulator();
        b.add(80, 1, 100, 60, 90);
        PovertyAccumulator c = new PovertyAccumulator();
        c.add(85, 1, 100, 60, 90);
        b.merge(c);
        PovertyMeasures merged = b.measures();
        assertEquals(1.0, merged.oldMethodologyFgt0(), 1e-12); // 80 and 85 are both below 90
        assertEquals(0.0, merged.extremeFgt0(), 1e-12); // neither is below 60
        assertEquals((0.2 + 0.15) / 2, merged.fgt1(), 1e-12); // gaps (100 - 80) / 100 and (100 - 85) / 100
    }

    @Test
    void clearedHeadcountsStartAgain() {
        HeadcountBelowLines h = new HeadcountBelowLines(1);
        h.setLines(2);
        h.add(1, 5);
        h.clear();
        h.add(3, 5);
        assertArrayEquals(new double[] {0.0}, h.shares(), 0);
    }
}
