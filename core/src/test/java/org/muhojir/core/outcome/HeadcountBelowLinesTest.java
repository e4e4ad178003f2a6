package org.muhojir.core.outcome;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Persons below each line, as shares of persons counted, merged across chunks. */
class HeadcountBelowLinesTest {
    @Test
    void countsPersonsStrictlyBelowEachLine() {
        HeadcountBelowLines a = new HeadcountBelowLines(2);
        a.setLines(100, 200);
        a.add(50, 3); // below both
        a.add(150, 5); // below the upper only
        a.add(200, 2); // on the upper line: not below
        HeadcountBelowLines b = new HeadcountBelowLines(2);
        b.setLines(100, 200);
        b.add(99.9, 10); // below both
        a.merge(b);
        // 20 persons: below 100 are 3 + 10, below 200 are 3 + 5 + 10
        assertArrayEquals(new double[] {13 / 20.0, 18 / 20.0}, a.shares(), 1e-12);
        a.clear();
        assertArrayEquals(new double[] {0, 0}, a.shares(), 0);
    }
}
