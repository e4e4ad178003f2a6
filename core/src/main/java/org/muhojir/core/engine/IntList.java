package org.muhojir.core.engine;

import java.io.Serializable;
import java.util.Arrays;

/** A growable list of ints without boxing. */
final class IntList implements Serializable {
    private static final long serialVersionUID = 1L;

    private int[] values = new int[16];
    private int size;

    void add(int v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = v;
    }

    int get(int i) {
        return values[i];
    }

    int size() {
        return size;
    }

    void clear() {
        size = 0;
    }
}
