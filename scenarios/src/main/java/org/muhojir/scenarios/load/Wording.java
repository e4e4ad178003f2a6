package org.muhojir.scenarios.load;

import org.muhojir.scenarios.format.JsonShape;

/** What the format expects, in words, as messages and the reference print it. */
public final class Wording {
    private Wording() {
    }

    /** {@code shape}'s description ("a number", "an entry route: one of VISA_FREE, ..."), with "an" before a vowel. */
    public static String expected(JsonShape shape) {
        return articles(shape.expected());
    }

    /** {@code s} starting "an" rather than "a" before a vowel ("a entry route": "an entry route"). */
    static String articles(String s) {
        return s.replaceFirst("^([Aa]) (?=[aeioAEIO])", "$1n ");
    }
}
