package org.muhojir.core.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The population must fit in memory at full scale: at most about 300 bytes a household (issue 2, item 3). */
class HouseholdsFootprintTest {

    @Test
    void declaredFootprintIsWithinBudget() {
        int bytes = Households.bytesPerHousehold();
        assertTrue(bytes <= 300, "bytes per household: " + bytes);
    }

    @Test
    void declaredFootprintMatchesTheArraysAllocated() {
        // Count the bytes of every array a population of n households actually holds, by reflection over the
        // instance, independently of the per-field rule bytesPerHousehold() uses.
        int n = 1_000;
        Households hh = new Households(n, 1.0);
        long total = 0;
        for (java.lang.reflect.Field f : Households.class.getFields()) {
            try {
                Object value = f.get(hh);
                if (value instanceof byte[] a) {
                    total += a.length;
                } else if (value instanceof short[] a) {
                    total += 2L * a.length;
                } else if (value instanceof float[] a) {
                    total += 4L * a.length;
                } else if (value instanceof int[] a) {
                    total += 4L * a.length;
                } else if (value instanceof double[] a) {
                    total += 8L * a.length;
                } else if (value instanceof long[] a) {
                    total += 8L * a.length;
                }
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertEquals(total, (long) Households.bytesPerHousehold() * n);
    }
}
