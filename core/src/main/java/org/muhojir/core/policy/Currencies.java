package org.muhojir.core.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.muhojir.core.param.FieldPath;
import org.muhojir.core.param.Problems;
import org.muhojir.core.world.Destination;

/**
 * The currencies shocks may name: each destination's but the US dollar, and the somoni. Every rate is units of a
 * currency per US dollar, so the dollar cannot move against itself: a shock on it would only mislabel the USA's
 * earnings (2 dollars per dollar) and is refused.
 */
public final class Currencies {
    /** The currency every rate is stated against. */
    static final String DOLLAR = "USD";
    /** Why a shock may not name the US dollar. */
    public static final String DOLLAR_REFUSED = "the US dollar cannot be shocked: every rate is units of a currency "
            + "per US dollar; to make the dollar dearer or cheaper, shock the somoni (TJS) and the other currencies "
            + "the other way";
    /** Currency codes a shock may name. */
    public static final List<String> KNOWN = known();
    /** Codes by the currencies' names in English, lower case, as a user may write them ("somoni" for TJS). */
    public static final Map<String, String> BY_NAME = Map.of("somoni", "TJS", "rouble", "RUB", "ruble", "RUB",
            "tenge", "KZT", "lira", "TRY", "dirham", "AED", "won", "KRW", "pound", "GBP", "sterling", "GBP");

    private Currencies() {
    }

    /** Requires {@code currency}, if given, to be one of {@link #KNOWN} (its presence is checked by its field). */
    static void check(Problems p, FieldPath path, String currency) {
        if (DOLLAR.equals(currency)) {
            p.add(path, DOLLAR_REFUSED);
        } else if (currency != null && !KNOWN.contains(currency)) {
            String code = BY_NAME.get(currency.toLowerCase(Locale.ROOT));
            p.add(path, "unknown currency '" + currency + "'; expected one of " + KNOWN
                    + (code == null ? "" : ". Did you mean \"" + code + "\"?"));
        }
    }

    private static List<String> known() {
        String[] codes = Arrays.stream(Destination.values()).map(Destination::currency).distinct()
                .filter(c -> !c.equals(DOLLAR)).toArray(String[]::new);
        String[] all = Arrays.copyOf(codes, codes.length + 1);
        all[codes.length] = "TJS";
        return List.of(all);
    }
}
