package org.muhojir.core.world;

/**
 * The legal status of a member abroad. A member at home has no status; a deported member is back home and
 * banned (the ban is held by the household, see the population arrays).
 */
public enum LegalStatus {
    /** Registered, with a valid patent, visa or permit; pays the monthly fee. */
    LEGAL,
    /** Without valid papers: earns less and is more exposed to raids. */
    IRREGULAR,
    /**
     * Held after a raid this month: earns and sends nothing. Either deported at once, or released the next month
     * without papers (as {@link #IRREGULAR}, whatever the status before the raid).
     */
    DETAINED,
    /** Holds the destination's citizenship: no raids, no fees, sends less home. */
    NATURALISED;

    /** Number of statuses, for sizing arrays. */
    public static final int COUNT = values().length;
}
