package org.muhojir.core.policy;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.muhojir.core.scenario.Scenario;

/**
 * Lists which elements of two {@link Conditions} differ, as {@code field[i]} or {@code field[i][j]} (or
 * {@code field} for a scalar), by walking every public field: a new field is covered without changing the tests.
 */
final class ConditionsDiff {
    private ConditionsDiff() {
    }

    /** Conditions reset from {@code scenario} for its first month. */
    static Conditions reset(Scenario scenario) {
        Conditions c = new Conditions();
        org.muhojir.core.scenario.Timeline.reset(c, scenario, scenario.start());
        return c;
    }

    /** The elements that differ between {@code before} and {@code after}. */
    static Set<String> changed(Conditions before, Conditions after) {
        Set<String> out = new TreeSet<>();
        for (Field f : Conditions.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            try {
                compare(f.getName(), f.get(before), f.get(after), out);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        return out;
    }

    private static void compare(String name, Object a, Object b, Set<String> out) {
        if (a != null && a.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(a); i++) {
                compare(name + "[" + i + "]", Array.get(a, i), Array.get(b, i), out);
            }
        } else if (!Objects.equals(a, b)) {
            out.add(name);
        }
    }
}
