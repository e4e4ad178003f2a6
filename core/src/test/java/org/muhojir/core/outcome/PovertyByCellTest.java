package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The flat, branch-free sums by cell agree with the exact FGT measures of each cell and merge without loss. */
class PovertyByCellTest {
    private static final double Z = 100;
    private static final double EXTREME_Z = 70;
    private static final double OLD_Z = 85;
    private static final int CELLS = 3;
    private static final int N = 3_000;

    @Test
    void eachCellAgreesWithTheExactMeasures() {
        SplittableRandom r = new SplittableRandom(11);
        double[][] y = new double[CELLS][N];
        double[][] w = new double[CELLS][N];
        PovertyByCell sums = emptySums();
        for (int i = 0; i < N; i++) {
            for (int c = 0; c < CELLS; c++) {
                // cells differ in level; a few households sit exactly on each line
                y[c][i] = i % 97 == 0 ? (i % 2 == 0 ? Z : EXTREME_Z) : i % 89 == 0 ? OLD_Z
                        : (80 + 30 * c) * Math.exp(0.6 * PovertyAccumulatorTest.gaussian(r));
                w[c][i] = 1 + r.nextInt(8);
                sums.add(c, y[c][i], (int) w[c][i]);
            }
        }
        for (int c = 0; c < CELLS; c++) {
            PovertyAccumulator cell = new PovertyAccumulator();
            sums.addTo(c, cell);
            PovertyMeasures m = cell.measures();
            assertEquals(Poverty.fgt(y[c], w[c], Z, 0), m.fgt0(), 1e-12, "fgt0, cell " + c);
            assertEquals(Poverty.fgt(y[c], w[c], Z, 1), m.fgt1(), 1e-12, "fgt1, cell " + c);
            assertEquals(Poverty.fgt(y[c], w[c], Z, 2), m.fgt2(), 1e-12, "fgt2, cell " + c);
            assertEquals(Poverty.fgt(y[c], w[c], EXTREME_Z, 0), m.extremeFgt0(), 1e-12, "extreme, cell " + c);
            assertEquals(Poverty.fgt(y[c], w[c], OLD_Z, 0), m.oldMethodologyFgt0(), 1e-12, "old line, cell " + c);
        }
    }

    @Test
    void addingToBothSumsInEachAsTwoAdds() {
        // [0]: with remittances, [1]: without; "together" takes addToBoth where the two consumptions are equal
        PovertyByCell[] together = {emptySums(), emptySums()};
        PovertyByCell[] apart = {emptySums(), emptySums()};
        SplittableRandom r = new SplittableRandom(13);
        for (int i = 0; i < N; i++) {
            double y = 110 * Math.exp(0.5 * PovertyAccumulatorTest.gaussian(r));
            int persons = 1 + r.nextInt(6);
            int cell = i % CELLS;
            // every third household received remittances: without them it consumes less, one add to each
            double without = i % 3 == 0 ? 0.6 * y : y;
            apart[0].add(cell, y, persons);
            apart[1].add(cell, without, persons);
            if (without == y) {
                together[0].addToBoth(together[1], cell, y, persons);
            } else {
                together[0].add(cell, y, persons);
                together[1].add(cell, without, persons);
            }
        }
        for (int c = 0; c < CELLS; c++) {
            assertSameSums(apart[0], together[0], c);
            assertSameSums(apart[1], together[1], c);
        }
    }

    /** The two sums of {@code cell} are bit for bit the same. */
    private static void assertSameSums(PovertyByCell expected, PovertyByCell actual, int cell) {
        PovertyAccumulator e = new PovertyAccumulator();
        PovertyAccumulator a = new PovertyAccumulator();
        expected.addTo(cell, e);
        actual.addTo(cell, a);
        assertEquals(e.persons(), a.persons(), 0.0, "persons, cell " + cell);
        assertEquals(e.meanConsumption(), a.meanConsumption(), 0.0, "consumption, cell " + cell);
        assertEquals(e.measures(), a.measures(), "measures, cell " + cell);
    }

    @Test
    void mergedChunksEqualTheWholeAndCellsAddUp() {
        SplittableRandom r = new SplittableRandom(12);
        PovertyByCell whole = emptySums();
        PovertyByCell first = emptySums();
        PovertyByCell second = emptySums();
        PovertyAccumulator reference = new PovertyAccumulator();
        for (int i = 0; i < N; i++) {
            int cell = r.nextInt(CELLS);
            double y = 120 * Math.exp(0.5 * PovertyAccumulatorTest.gaussian(r));
            int persons = 1 + r.nextInt(6);
            whole.add(cell, y, persons);
            (i < N / 3 ? first : second).add(cell, y, persons);
            reference.add(y, persons, Z, EXTREME_Z, OLD_Z);
        }
        first.merge(second);
        PovertyAccumulator merged = new PovertyAccumulator();
        PovertyAccumulator all = new PovertyAccumulator();
        for (int c = 0; c < CELLS; c++) {
            first.addTo(c, merged);
            whole.addTo(c, all);
        }
        assertEquals(reference.persons(), merged.persons(), 1e-9);
        assertEquals(reference.meanConsumption(), merged.meanConsumption(), 1e-9);
        assertEquals(reference.measures().fgt1(), merged.measures().fgt1(), 1e-12);
        assertEquals(all.measures().fgt2(), merged.measures().fgt2(), 1e-12);
        assertEquals(all.measures().extremeFgt0(), merged.measures().extremeFgt0(), 1e-12);
        assertEquals(reference.measures().oldMethodologyFgt0(), merged.measures().oldMethodologyFgt0(), 1e-12);
        whole.clear();
        PovertyAccumulator cleared = new PovertyAccumulator();
        whole.addTo(0, cleared);
        assertEquals(0, cleared.persons());
    }

    /** Sums of {@code CELLS} cells at the lines {@code Z} and {@code EXTREME_Z}, nothing added yet. */
    private static PovertyByCell emptySums() {
        return new PovertyByCell(CELLS, Z, EXTREME_Z, OLD_Z);
    }
}
