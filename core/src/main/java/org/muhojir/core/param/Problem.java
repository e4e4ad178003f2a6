package org.muhojir.core.param;

import java.io.Serializable;

/**
 * One thing wrong with a scenario or a shock.
 *
 * @param path    where: the field concerned
 * @param message what is wrong and what was found ("must be a share between 0 and 1, was 1.4")
 * @param hint    what to do about it, or empty
 * @param related another field the message names by its path (the shock this one overlaps), or null
 */
public record Problem(FieldPath path, String message, String hint, FieldPath related) implements Serializable {
    /** A null {@code hint} becomes empty. */
    public Problem {
        hint = hint == null ? "" : hint;
    }

    /** A problem without a hint or related field. */
    public Problem(FieldPath path, String message) {
        this(path, message, "", null);
    }

    /** The message and its hint, as one sentence: {@code must ...; expected ...}. */
    public String text() {
        return hint.isEmpty() ? message : message + "; " + hint;
    }

    /** {@code path: message; hint}. */
    @Override
    public String toString() {
        return path + ": " + text();
    }
}
