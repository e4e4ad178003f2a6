package org.muhojir.scenarios.load;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** "Did you mean": the closest known name to a misspelt one, by Levenshtein distance. */
public final class Suggest {
    private Suggest() {
    }

    /**
     * Other names a user may write, lower case, and the names files use: of destinations ("united kingdom": "UK")
     * and of currencies ("somoni": "TJS").
     */
    private static final Map<String, String> OTHER_NAMES = otherNames();

    /**
     * The known name closest to {@code given}, or null when none is close: a known name another name stands for
     * ("United Kingdom" suggests "UK"), a name that differs only in case, or one within an edit distance of about a
     * third of its length (at least 2 edits), or else the only one that holds it as a whole word ("Korea" suggests
     * "South Korea").
     */
    public static String closest(String given, Collection<String> known) {
        String other = OTHER_NAMES.get(given.toLowerCase(Locale.ROOT));
        if (other != null && known.contains(other)) {
            return other;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = k.equalsIgnoreCase(given) ? 0
                    : distance(given.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, given.length() / 3);
        return bestDistance <= allowed ? best : containing(given, known);
    }

    /** The one known name that holds {@code given} as a whole word ("Korea" in "South Korea"), or null. */
    private static String containing(String given, Collection<String> known) {
        String word = "(^|.*[^a-z])" + java.util.regex.Pattern.quote(given.toLowerCase(Locale.ROOT)) + "($|[^a-z].*)";
        List<String> found = known.stream().filter(k -> k.toLowerCase(Locale.ROOT).matches(word)).toList();
        return given.isBlank() || found.size() != 1 ? null : found.get(0);
    }

    private static Map<String, String> otherNames() {
        Map<String, String> m = new java.util.HashMap<>(Map.of("united kingdom", "UK", "britain", "UK",
                "great britain", "UK", "england", "UK", "united states", "USA", "united states of america", "USA",
                "america", "USA", "us", "USA", "russian federation", "Russia", "türkiye", "Turkey"));
        m.putAll(org.muhojir.core.policy.Currencies.BY_NAME);
        return Map.copyOf(m);
    }

    /** The Levenshtein distance: insertions, deletions and substitutions needed to turn a into b. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    /** " Did you mean "x"?" or an empty string. */
    public static String didYouMean(String given, Collection<String> known) {
        String s = closest(given, known);
        return s == null ? "" : " Did you mean \"" + s + "\"?";
    }
}
