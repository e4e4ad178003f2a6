package org.muhojir.core.outcome;

/**
 * The unit of one monthly value of a {@link Metric}: a machine form (snake case, for programs) and a human form
 * (as written in {@code summary.csv}), and how a report shows it (scaled, for example persons in thousands).
 */
public enum Unit {
    /** Persons, shown in thousands. */
    PERSONS("persons", "persons", "thousand persons", 1e-3),
    /** US dollars, shown in millions. */
    USD("usd", "USD", "USD million", 1e-6),
    /** Somoni, shown in millions. */
    TJS("tjs", "TJS", "TJS million", 1e-6),
    /** A share from 0 to 1, shown in per cent. */
    SHARE("share", "share (0 to 1)", "%", 100),
    /** An index from 0 to 1 (poverty gap, severity, Gini), shown times 100. */
    INDEX("index", "index (0 to 1)", "index x 100", 100),
    /** Somoni per US dollar. */
    TJS_PER_USD("tjs_per_usd", "TJS per USD", "TJS per USD", 1),
    /** Somoni per adult equivalent per month. */
    TJS_PER_ADULT_EQUIVALENT("tjs_per_adult_equivalent_per_month", "TJS per adult equivalent per month",
            "TJS per adult equivalent per month", 1),
    /** Units of a destination's currency (RUB for Russia, KZT for Kazakhstan, ...) per US dollar. */
    LOCAL_CURRENCY_PER_USD("local_currency_per_usd", "destination currency per USD",
            "destination currency per USD", 1),
    /** Somoni per unit of a destination's currency. */
    TJS_PER_LOCAL_CURRENCY("tjs_per_local_currency", "TJS per unit of destination currency",
            "TJS per unit of destination currency", 1);

    private final String machine;
    private final String human;
    private final String shown;
    private final double shownScale;

    Unit(String machine, String human, String shown, double shownScale) {
        this.machine = machine;
        this.human = human;
        this.shown = shown;
        this.shownScale = shownScale;
    }

    /** Snake-case identifier, for example {@code persons} or {@code tjs_per_usd}. */
    public String machine() {
        return machine;
    }

    /** Words for a reader, for example {@code share (0 to 1)}. */
    public String human() {
        return human;
    }

    /** The unit a report shows values in, for example {@code USD million} or {@code %}. */
    public String shown() {
        return shown;
    }

    /** Factor from this unit to {@link #shown()}, for example 1e-6 from USD to USD million. */
    public double shownScale() {
        return shownScale;
    }

    /** The unit a report shows a difference in: percentage points for shares, else {@link #shown()}. */
    public String shownDifference() {
        return this == SHARE ? "percentage points" : shown;
    }
}
