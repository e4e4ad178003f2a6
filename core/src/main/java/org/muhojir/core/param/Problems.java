package org.muhojir.core.param;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found while validating a scenario or a shock, each with the path of the field it concerns,
 * so that all are reported at once.
 */
public final class Problems {
    private final List<Problem> found = new ArrayList<>();

    /** Records a problem at {@code path}. */
    public void add(FieldPath path, String message) {
        found.add(new Problem(path, message));
    }

    /** Records a problem. */
    public void add(Problem p) {
        found.add(p);
    }

    /** Requires a non-null value; returns whether it was there. */
    public boolean present(FieldPath path, Object value) {
        if (value == null) {
            add(path, "is required");
            return false;
        }
        return true;
    }

    /** Problems found so far, in the order found. */
    public List<Problem> list() {
        return List.copyOf(found);
    }

    /** Whether no problem was found. */
    public boolean isEmpty() {
        return found.isEmpty();
    }
}
