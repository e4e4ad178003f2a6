package org.muhojir.core.policy;

import java.util.ArrayList;
import java.util.List;
import org.muhojir.core.param.FieldInfo;

/**
 * The neutral values of a shock's numbers: those declared by {@link org.muhojir.core.param.Param#whenOmitted()},
 * which a file may leave out because they change nothing (a factor of 1, an added hazard of 0).
 */
final class NeutralValues {
    private NeutralValues() {
    }

    /**
     * The names of the numbers of {@code shock} if every one of them has a neutral value and is at it (the shock then
     * changes nothing); else an empty list. A shock with a number that has no neutral value always does something.
     */
    static List<String> neutralFields(Record shock) {
        List<String> names = new ArrayList<>();
        for (FieldInfo f : FieldInfo.of(shock.getClass().asSubclass(Record.class))) {
            if (f.type() != double.class && f.type() != int.class) {
                continue;
            }
            double neutral = f.param().whenOmitted();
            if (Double.isNaN(neutral) || ((Number) f.value(shock)).doubleValue() != neutral) {
                return List.of();
            }
            names.add(f.name());
        }
        return names;
    }
}
