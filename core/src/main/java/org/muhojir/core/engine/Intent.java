package org.muhojir.core.engine;

import org.muhojir.core.population.Households;
import org.muhojir.core.world.Destination;

/**
 * How a household's decision of the month is kept between the phases that make it, queue it and carry it out:
 * {@link Households#intent} holds the destination (or {@link Households#NONE}), {@link Households#intentFlags} these
 * bits about the candidate.
 */
final class Intent {
    /** The candidate is a woman. */
    static final byte FEMALE = 1;
    /** The candidate is a member under the household's ban (leaving lifts one banned member). */
    static final byte BANNED = 2;
    /** The candidate is on a second choice this month: its visa and entry test have draws of their own. */
    static final byte SECOND_CHOICE = 4;
    /**
     * Bits 3 to 5: a quota applicant's choice if no place is left (a destination, or {@link Destination#COUNT} to
     * stay home), made with the first choice, from the same view of the destinations.
     */
    private static final int IF_NO_PLACE_SHIFT = 3;
    private static final int IF_NO_PLACE_MASK = 7;

    private Intent() {
    }

    /** {@code flags} with the choice {@code d} to take if no quota place is left. */
    static byte withChoiceIfNoPlace(byte flags, int d) {
        return (byte) (flags | d << IF_NO_PLACE_SHIFT);
    }

    /** Whether the flags have {@code bit} set. */
    static boolean has(byte flags, byte bit) {
        return (flags & bit) != 0;
    }

    /**
     * Household {@code h}, a quota applicant without a place, takes its choice if no place is left (made on a first
     * choice: a candidate on a second choice never applies); it is now on a second choice.
     */
    static void takeChoiceIfNoPlace(Households hh, int h) {
        byte flags = hh.intentFlags[h];
        if (has(flags, SECOND_CHOICE)) {
            throw new IllegalStateException("household " + h + " is on a second choice and in a quota's queue: a "
                    + "second choice is made among destinations without a quota");
        }
        int d = (flags >> IF_NO_PLACE_SHIFT) & IF_NO_PLACE_MASK;
        hh.intent[h] = d < Destination.COUNT ? (byte) d : Households.NONE;
        hh.intentFlags[h] = (byte) (flags | SECOND_CHOICE);
    }
}
