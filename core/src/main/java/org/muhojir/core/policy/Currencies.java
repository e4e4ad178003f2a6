package org.muhojir.core.policy;

import java.util.Arrays;
import java.util.List;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problems;
import org.muhojir.core.world.Destination;

/** The currencies shocks may name: each destination's, and the somoni. */
public final class Currencies {
    /** Currency codes a shock may name. */
    public static final List<String> KNOWN = known();

    private Currencies() {
    }

    /** Requires {@code currency}, if given, to be one of {@link #KNOWN} (its presence is checked by its field). */
    static void check(Problems p, FieldPath path, String currency) {
        if (currency != null && !KNOWN.contains(currency)) {
            p.add(path, "unknown currency '" + currency + "'; expected one of " + KNOWN);
        }
    }

    private static List<String> known() {
        String[] codes = Arrays.stream(Destination.values()).map(Destination::currency).distinct()
                .toArray(String[]::new);
        String[] all = Arrays.copyOf(codes, codes.length + 1);
        all[codes.length] = "TJS";
        return List.of(all);
    }
}
