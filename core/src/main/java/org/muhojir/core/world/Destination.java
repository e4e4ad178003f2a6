package org.muhojir.core.world;

/**
 * The destinations a household member can choose. The ordinal is an array index; the order never changes.
 * Each destination has one currency, whose exchange rate to the US dollar the scenario gives month by month.
 */
public enum Destination {
    /** Russia, paid in roubles (RUB); Russian is the language of work. */
    RUSSIA("Russia", "RUB", true),
    /** Kazakhstan, paid in tenge (KZT); Russian is the language of work. */
    KAZAKHSTAN("Kazakhstan", "KZT", true),
    /** Turkey, paid in lira (TRY). */
    TURKEY("Turkey", "TRY", false),
    /** The UAE and Saudi Arabia together; wages are expressed in UAE dirham (pegged to the dollar). */
    GULF("Gulf", "AED", false),
    /** South Korea, paid in won (KRW). */
    SOUTH_KOREA("South Korea", "KRW", false),
    /** The United Kingdom, paid in pounds sterling (GBP). */
    UK("UK", "GBP", false),
    /** The United States, paid in US dollars (USD: 1 unit per US dollar). */
    USA("USA", "USD", false);

    /** Number of destinations, for sizing arrays. */
    public static final int COUNT = values().length;

    private final String label;
    private final String currency;
    private final boolean russianSpoken;

    Destination(String label, String currency, boolean russianSpoken) {
        this.label = label;
        this.currency = currency;
        this.russianSpoken = russianSpoken;
    }

    /** Whether Russian is the language of work there, so a migrant's Russian counts in choosing it. */
    public boolean russianSpoken() {
        return russianSpoken;
    }

    /** The name used in reports and scenario files (for example {@code "South Korea"}). */
    public String label() {
        return label;
    }

    /** ISO 4217 code of the currency wages and fees are paid in. */
    public String currency() {
        return currency;
    }

    /** The destinations paid in {@code currency} (an ISO 4217 code; none for the somoni, TJS). */
    public static java.util.List<Destination> payingIn(String currency) {
        return java.util.Arrays.stream(values()).filter(d -> d.currency.equals(currency)).toList();
    }

    /** Finds a destination by label or constant name, ignoring case, spaces and underscores; null if none. */
    public static Destination byName(String name) {
        String key = normalise(name);
        for (Destination d : values()) {
            if (normalise(d.label).equals(key) || normalise(d.name()).equals(key)) {
                return d;
            }
        }
        return null;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.replace("_", "").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
    }
}
